/** The catalogue's start-up slice is the catalogue's own help, not a second copy of the words. */
import { expect, it } from "vitest";
import { catalogue } from "../src/cli/i18n/index.js";
import { programHelp } from "../src/cli/i18n/program.js";

it("programHelp(lang) is catalogue(lang).help.program", () => {
  for (const lang of ["zh", "en"] as const) expect(programHelp(lang)).toBe(catalogue(lang).help.program);
});
