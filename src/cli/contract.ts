/**
 * The JSON contract for scripts, as zod schemas: what a visit and a batch line may say (the same
 * schemas the input is checked with), and what `calc --json` and a batch result line say. `yibao
 * schema input|output` prints them as JSON Schema; the tests check real output against them, so the
 * contract and the renderers cannot drift apart.
 */
import { z } from "zod";
import { batchLineSchema, visitInputSchema } from "../app/input.js";

const yuan = z.string().regex(/^-?\d+\.\d\d$/).describe("Money in yuan as a string with exactly two decimals, e.g. \"1200.00\".");
const yuanOrNull = yuan.nullable();
const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

const source = z
  .strictObject({
    document: z.string().optional(),
    grade: z
      .enum(["official", "official-reprint", "explainer"])
      .optional()
      .describe("How far to trust the document: official text, a reprint citing it, or a third party's explanation."),
    quote: z.string().optional(),
    interpretation: z.string().optional().describe("The id of the reading the value rests on, e.g. I2."),
    interpretationNote: z.string().optional(),
    policyFile: z.string().optional().describe("The user's policy file the source comes from."),
  })
  .describe("Where a rule comes from: the document and the phrase quoted from it.");

const reason = z.strictObject({ code, message: z.string(), source: source.optional() }).describe("A rule applied, in words, with its source.");

const step = z
  .strictObject({ code, rule: z.string(), formula: z.string(), result: yuan, source: source.optional() })
  .describe("One step of the arithmetic (--explain).");

const settlement = z.strictObject({
  mode: z.enum(["local", "direct", "by-hand", "no-route", "if-open", "unstated", "none"]),
  description: z.string(),
  atCounter: yuanOrNull.describe("Paid at the facility on the day; null when it depends on what is not known."),
  reimbursedLater: yuanOrNull.describe("Claimed back home later; null when not known or not promised."),
  actions: z.array(z.strictObject({ code, message: z.string() })),
});

/** The fields of one settled visit, in `calc --json` (`visits[]`) and in a batch result line. */
const visitFields = {
  date: z.string(),
  level: z.number().int().positive().describe("The facility's category in the city's order, from 1 (一级及以下 for most cities)."),
  levelName: z.string(),
  appliedLevel: z.number().int().positive(),
  facility: z.enum(["hospital", "pharmacy", "specialty"]),
  designated: z.boolean(),
  emergency: z.boolean(),
  place: z.enum(["local", "resident-elsewhere", "temporary-elsewhere"]),
  filed: z.boolean(),
  directSettlement: z.boolean().nullable(),
  treatmentCity: z.strictObject({ code: z.string(), name: z.string(), province: z.string() }).nullable(),
  policyVersion: z.string(),
  amount: yuan,
  excluded: yuan.describe("Outside the catalogues (目录外), self-paid."),
  uncovered: yuan.describe("In the catalogues but not covered by the fund; 0.00 for a covered visit."),
  inPolicy: yuan,
  classBFirst: yuan.optional().describe("乙类先行自付: the share of the class-B part paid first; only where the city has that rule"),
  accountCurrentPaid: yuan.optional().describe("Paid first by the current-year account; only where the city has that rule"),
  deductible: yuan,
  eligible: yuan,
  ratio: z.string().nullable().describe("The fund ratio applied, e.g. \"0.55\"; null when not covered."),
  fundPaid: yuan,
  selfPaid: yuan,
  copay: yuan,
  overCap: yuan,
  covered: z.boolean(),
  capRemaining: yuan.nullable().describe("null when the city sets no annual cap"),
  accountPaid: yuan,
  familyPaid: yuan,
  cashPaid: yuan,
  accountLeft: yuanOrNull,
  familyBalanceLeft: yuanOrNull,
  familyLimitLeft: yuanOrNull,
  settlement,
  reasons: z.array(reason),
  steps: z.array(step).optional().describe("With --explain."),
};

const year = z.strictObject({
  year: z.number().int(),
  deductibleMet: yuan,
  fundUsed: yuan,
  cap: yuan.nullable().describe("null when the city sets no annual cap"),
  capRemaining: yuan.nullable().describe("null when the city sets no annual cap"),
  amount: yuan,
  fundPaid: yuan,
  selfPaid: yuan,
});

/** `yibao calc --json`. */
export const calcOutputSchema = z
  .strictObject({
    city: z.string(),
    cityName: z.string(),
    province: z.string(),
    type: z.enum(["in-service", "retired"]),
    policyVersion: z.string(),
    policySource: z.strictObject({ document: z.string(), grade: z.enum(["official", "official-reprint", "explainer"]).optional(), quote: z.string(), effectiveFrom: z.string().optional().describe("absent when no source gives the version's start") }).optional(),
    visits: z.array(z.strictObject({ index: z.number().int().positive(), ...visitFields })),
    year: year.optional(),
    years: z.array(year),
    totals: z.strictObject({ amount: yuan, fundPaid: yuan, selfPaid: yuan, accountCurrentPaid: yuan.optional(), accountPaid: yuan, familyPaid: yuan, cashPaid: yuan }),
    balances: z.strictObject({ account: yuanOrNull, familyBalance: yuanOrNull, familyLimit: yuanOrNull }),
    warnings: z.array(z.strictObject({ code, message: z.string() })),
  })
  .describe("The result of yibao calc --json: one person's visits settled in date order.");

/** A typed value of a reason in a default batch line: money and ratios as strings, a level, a code, a flag, a name. */
const factValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

const compactReason = z
  .strictObject({
    code,
    values: z.record(z.string(), factValue).describe("The reason's typed values: money in yuan and ratios as decimal strings, levels as numbers, codes as strings."),
    cite: z
      .string()
      .regex(/^[a-z][a-z0-9-]*@.+:[^:]*$/)
      .optional()
      .describe("The policy value the reason rests on, as city@version:field (yibao policy show looks it up)."),
  })
  .describe("A rule applied, as its code, its values and a reference to the policy value it cites.");

const { levelName: _levelName, settlement: _settlement, reasons: _reasons, steps: _steps, ...numbers } = visitFields;

/** The fields of a settled visit in a default batch line: the numbers, without words. */
const compactVisitFields = {
  ...numbers,
  settlement: z.strictObject({
    mode: settlement.shape.mode,
    atCounter: settlement.shape.atCounter,
    reimbursedLater: settlement.shape.reimbursedLater,
    actions: z.array(code),
  }),
  reasons: z.array(compactReason),
};

const echo = {
  line: z.number().int().positive().describe("The input line, 1-based."),
  id: z.union([z.string(), z.number()]).optional(),
  person: z.union([z.string(), z.number()]).optional(),
};

/** One line of `yibao batch` output: a settled visit, or an error record. */
export const batchOutputSchema = z
  .union([
    z.strictObject({ ...echo, city: z.string(), type: z.enum(["in-service", "retired"]), ...compactVisitFields }).describe("A settled visit (the default, --reasons codes)."),
    z.strictObject({ ...echo, city: z.string(), type: z.enum(["in-service", "retired"]), ...visitFields }).describe("A settled visit with the words and quotes (--reasons full)."),
    z
      .strictObject({ ...echo, error: z.strictObject({ code, message: z.string(), hint: z.string().optional() }) })
      .describe("A line that could not be settled."),
  ])
  .describe("One line of yibao batch output, for each input line but a blank one.");

/** The contracts `yibao schema` prints. */
export const CONTRACTS = {
  input: {
    title: "yibao input",
    description: "What yibao reads: a visit (calc --input, compare --input; a JSON array of them or JSON Lines), and a batch line (a visit with its person, city and status).",
    defs: { visit: visitInputSchema, batchLine: batchLineSchema },
  },
  output: {
    title: "yibao output",
    description: "What yibao writes for scripts: the result of calc --json, and each line of batch output.",
    defs: { calc: calcOutputSchema, batchLine: batchOutputSchema },
  },
} as const;

export type ContractName = keyof typeof CONTRACTS;

/** A contract as one JSON Schema document: its parts under `$defs`, any of them valid at the top. */
export function contractJsonSchema(name: ContractName): Record<string, unknown> {
  const contract = CONTRACTS[name];
  const io = name === "input" ? "input" : "output";
  const defs = Object.fromEntries(
    Object.entries(contract.defs).map(([key, schema]) => {
      const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
      return [key, json];
    }),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: contract.title,
    description: contract.description,
    anyOf: Object.keys(defs).map((key) => ({ $ref: `#/$defs/${key}` })),
    $defs: defs,
  };
}
