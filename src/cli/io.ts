/** Reading the visits of `--input <file|->`: a JSON array or JSON Lines. */
import { readFileSync } from "node:fs";
import { YibaoError } from "../shared/errors.js";
import { type VisitInput, fieldProblem, visitInputSchema } from "../policy/visit-schema.js";

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
