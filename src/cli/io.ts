/** Reading the visits of `--input <file|->`: a JSON array or JSON Lines. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { VisitInput } from "../calculate.js";
import { YibaoError } from "../errors.js";

const money = z.union([z.string(), z.number()]);

/** One visit in an input file; unknown fields are refused so that a typo never goes unnoticed. */
export const visitInputSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    date: z.string(),
    level: z.union([z.string(), z.number()]),
    amount: money,
    excluded: money.optional(),
    facility: z.string().optional(),
    designated: z.boolean().optional(),
    emergency: z.boolean().optional(),
    prescription: z.boolean().optional(),
  })
  .strict();

export type VisitLine = z.infer<typeof visitInputSchema>;

export function readText(file: string, stdin: () => string): string {
  if (file === "-") return stdin();
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** Checks one parsed item; problems name the field and what was wrong with it. */
export function toVisitInput(data: unknown, where: { file: string; item: number }): VisitInput {
  const parsed = visitInputSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  const problem =
    issue?.code === "unrecognized_keys" ? "unknown" : issue?.code === "invalid_type" && issue.input === undefined ? "missing" : "type";
  const keys = issue?.code === "unrecognized_keys" ? issue.keys : [];
  throw new YibaoError("INPUT_VALUE", { ...where, field: field || keys.join(", "), problem, detail: issue?.message ?? "" });
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
