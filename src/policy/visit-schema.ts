/**
 * The shape of one visit as people and scripts write it (`calc --input`, `batch`), checked where it
 * enters. Only type imports of this module reach the start-up path of a one-off command.
 */
import { z } from "zod";
import type { FieldProblem } from "../shared/errors.js";

const money = z.union([z.string(), z.number()]);

/** The fields of one visit, shared by `calc --input` and `batch`. */
export const visitFields = {
  id: z.optional(z.union([z.string(), z.number()])),
  date: z.string(),
  level: z.union([z.string(), z.number()]),
  amount: money,
  excluded: z.optional(money),
  facility: z.optional(z.string()),
  designated: z.optional(z.boolean()),
  emergency: z.optional(z.boolean()),
  prescription: z.optional(z.boolean()),
  place: z.optional(z.string()),
  filed: z.optional(z.boolean()),
  directSettlement: z.optional(z.boolean()),
  treatmentCity: z.optional(z.string()),
  age: z.optional(z.union([z.string(), z.number()])),
  birthDate: z.optional(z.string()),
  conditions: z.optional(z.array(z.string())),
  classB: z.optional(money),
  accountCurrent: z.optional(money),
  account: z.optional(money),
  familyBalance: z.optional(money),
  familyRelation: z.optional(z.string()),
  familyCity: z.optional(z.string()),
  familyLimit: z.optional(money),
  familyWalletOpen: z.optional(z.boolean()),
};

/** One visit in an input file; unknown fields are refused so that a typo never goes unnoticed. */
export const visitInputSchema = z.strictObject(visitFields);

/** One visit as given on the command line or in an input file, before it is checked against a policy. */
export type VisitInput = z.infer<typeof visitInputSchema>;

export type { FieldProblem };

/** The kind of a JSON value: null, array, or its typeof. */
const kindOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** One value of each kind of JSON value, to ask a field's schema which kinds it takes. */
const SAMPLES: readonly unknown[] = ["2025-03-01", 1, true, {}, [], null];

/** The fields an object schema takes, read from the schema itself. */
function fieldList(schema: z.ZodObject): string {
  const names = Object.entries(schema.shape);
  const required = names.filter(([, s]) => !s.safeParse(undefined).success).map(([n]) => n);
  const optional = names.filter(([, s]) => s.safeParse(undefined).success).map(([n]) => n);
  return `${required.join(", ")}; optional ${optional.join(", ")}`;
}

/** The first problem of an input object, as the field it concerns and what is wrong with it. */
export function fieldProblem(schema: z.ZodObject, error: z.ZodError, data: unknown): FieldProblem {
  const fields = fieldList(schema);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { field: "", problem: "not-object", detail: kindOf(data), fields };
  }
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return { field: issue.keys.join(", "), problem: "unknown", detail: issue.message, fields };
  const field = issue?.path.map(String).join(".") ?? "";
  const top = issue?.path[0];
  const present = data !== null && typeof data === "object" && top !== undefined && Object.hasOwn(data, top);
  if (!present || top === undefined) return { field, problem: "missing", detail: "", fields };
  const value: unknown = (data as Record<PropertyKey, unknown>)[top];
  const expected = SAMPLES.filter((s) => schema.shape[String(top)]?.safeParse(s).success === true).map(kindOf);
  return { field, problem: "type", detail: kindOf(value), expected, fields };
}

