/** Reading the text of `--input <file|->`: a file, or standard input for `-`. */
import { readFileSync } from "node:fs";
import { YibaoError } from "../shared/errors.js";

export function readText(file: string, stdin: () => string): string {
  if (file === "-") return stdin();
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

