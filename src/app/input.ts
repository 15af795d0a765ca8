/**
 * The input boundary for a person's visits as text (`calc --input`, `compare --input`): a JSON array
 * or JSON Lines, each item checked against the visit schema once, here.
 */
import { type VisitInput, fieldProblem, visitInputSchema } from "../policy/visit-schema.js";
import { YibaoError } from "../shared/errors.js";

export type { VisitInput };

/** Checks one parsed item; problems name the field and what was wrong with it. */
export function toVisitInput(data: unknown, where: { file: string; item: number }): VisitInput {
  const parsed = visitInputSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new YibaoError("INPUT_VALUE", { ...where, ...fieldProblem(visitInputSchema, parsed.error, data) });
}

/** Parses a JSON array, or JSON Lines with blank lines skipped. */
export function parseVisits(raw: string, file: string): VisitInput[] {
  const text = raw.replace(/^\uFEFF/, "");
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

export { visitInputSchema } from "../policy/visit-schema.js";
export { batchLineSchema } from "./batch.js";
