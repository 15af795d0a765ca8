/**
 * The entry point's slice of the catalogue: `catalogue(lang).help.program`, reachable without loading
 * the rest (reasons, steps, labels, the commands' help). Every run starts with it, so it stays small.
 */
import type { Lang } from "../lang.js";
import { program as en } from "./en/program.js";
import type { ProgramHelp } from "./help.js";
import { program as zh } from "./zh/program.js";

export type { CommandName, ProgramHelp } from "./help.js";

const PROGRAM: Readonly<Record<Lang, ProgramHelp>> = { zh, en };

/** The same object as `catalogue(lang).help.program`. */
export function programHelp(lang: Lang): ProgramHelp {
  return PROGRAM[lang];
}
