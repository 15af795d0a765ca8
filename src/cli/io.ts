/** Reading the visits of `--input <file|->`: a JSON array or JSON Lines. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { VisitInput } from "../calculate.js";
import { YibaoError } from "../errors.js";

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
};

/** One visit in an input file; unknown fields are refused so that a typo never goes unnoticed. */
export const visitInputSchema = z.strictObject(visitFields);

export type VisitLine = z.infer<typeof visitInputSchema>;

export function readText(file: string, stdin: () => string): string {
  if (file === "-") return stdin();
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** The first problem of an input object, as the field it concerns and what is wrong with it. */
export function fieldProblem(error: z.ZodError, data: unknown): { field: string; problem: "unknown" | "missing" | "type"; detail: string } {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return { field: issue.keys.join(", "), problem: "unknown", detail: issue.message };
  const field = issue?.path.map(String).join(".") ?? "";
  const top = issue?.path[0];
  const present = data !== null && typeof data === "object" && top !== undefined && Object.hasOwn(data, top);
  return { field, problem: present ? "type" : "missing", detail: issue?.message ?? "" };
}

/** Checks one parsed item; problems name the field and what was wrong with it. */
export function toVisitInput(data: unknown, where: { file: string; item: number }): VisitInput {
  const parsed = visitInputSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new YibaoError("INPUT_VALUE", { ...where, ...fieldProblem(parsed.error, data) });
}

/** Parses a JSON array, or JSON Lines with blank lines skipped. */
export function parseVisits(text: string, file: string): VisitInput[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw new YibaoError("INPUT_PARSE", { file, line: 1, detail: (error as Error).message });
    }
    if (!Array.isArray(data)) throw new YibaoError("INPUT_PARSE", { file, line: 1, detail: "expected an array" });
    return data.map((item, i) => toVisitInput(item, { file, item: i + 1 }));
  }
  const visits: VisitInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new YibaoError("INPUT_PARSE", { file, line: i + 1, detail: (error as Error).message });
    }
    visits.push(toVisitInput(data, { file, item: visits.length + 1 }));
  });
  return visits;
}
