/**
 * The input boundary for a person's visits as text (`calc --input`, `compare --input`): a JSON array
 * or JSON Lines, each item checked against the visit schema once, here.
 */
import { type VisitInput, fieldProblem, visitInputSchema } from "../policy/visit-schema.js";
import { YibaoError } from "../shared/errors.js";
import { jsonError } from "../shared/json-syntax.js";

export type { VisitInput };

/** Checks one parsed item; problems name the field and what was wrong with it. */
export function toVisitInput(data: unknown, where: { file: string; item: number }): VisitInput {
  const parsed = visitInputSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new YibaoError("INPUT_VALUE", { ...where, ...fieldProblem(visitInputSchema, parsed.error, data) });
}

/** Largest input of a person's visits (`calc --input`, `compare --input`), in bytes; larger inputs go to `yibao batch`. */
export const MAX_INPUT_BYTES = 1_000_000;

/** Most visits of one person in one input; more go to `yibao batch`. */
export const MAX_INPUT_VISITS = 10_000;

/**
 * Parses a JSON array, or JSON Lines with blank lines skipped. A byte-order mark is skipped at the
 * start and refused anywhere else (two files joined); at most MAX_INPUT_VISITS visits.
 */
export function parseVisits(raw: string, file: string): VisitInput[] {
  const text = raw.replace(/^\uFEFF/, "");
  const tooMany = () => new YibaoError("INPUT_TOO_LARGE", { file, limit: MAX_INPUT_VISITS, unit: "visits" });
  if (text.trimStart().startsWith("[")) {
    let data: unknown[];
    try {
      data = JSON.parse(text) as unknown[];
    } catch {
      throw jsonError(text, { file, firstLine: 1 });
    }
    if (data.length > MAX_INPUT_VISITS) throw tooMany();
    return data.map((item, i) => toVisitInput(item, { file, item: i + 1 }));
  }
  const lines = text.split("\n");
  if (lines.filter((line) => line.trim() !== "").length > MAX_INPUT_VISITS) throw tooMany();
  const visits: VisitInput[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    if (line.charCodeAt(0) === 0xfeff) throw new YibaoError("INPUT_ENCODING", { file, line: i + 1, problem: "bom" });
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw jsonError(line, { file, firstLine: i + 1 });
    }
    visits.push(toVisitInput(data, { file, item: visits.length + 1 }));
  });
  return visits;
}

export { visitInputSchema } from "../policy/visit-schema.js";
export { batchLineSchema } from "./batch.js";
