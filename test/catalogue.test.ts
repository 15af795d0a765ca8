/** One catalogue per language: both say everything, in the same shape, and nothing is left empty. */
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/cli/i18n/index.js";
import { programHelp } from "../src/cli/i18n/program.js";
import { ERROR_CODES } from "../src/shared/errors.js";

/** Every path of an object tree with the kind of its leaf: "string", "function", or a length for an array. */
function shape(value: unknown, path = ""): Record<string, string> {
  if (typeof value === "function") return { [path]: "function" };
  if (typeof value === "string") return { [path]: "string" };
  if (Array.isArray(value)) return Object.assign({ [path]: `array` }, ...value.map((v, i) => shape(v, `${path}[${i}]`)));
  if (value !== null && typeof value === "object") {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => shape(v, path === "" ? k : `${path}.${k}`)));
  }
  return { [path]: typeof value };
}

/** Every string leaf of an object tree. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the catalogues", () => {
  const zh = catalogue("zh");
  const en = catalogue("en");

  it("have the same entries, of the same kinds, in Chinese and English", () => {
    expect(shape(en)).toEqual(shape(zh));
  });

  it("word every error code, with a message for each", () => {
    for (const lang of [zh, en]) expect(Object.keys(lang.errors.byCode).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("give every reason and every step of the settlement in both languages", () => {
    expect(Object.keys(en.reasons).sort()).toEqual(Object.keys(zh.reasons).sort());
    expect(Object.keys(zh.steps).sort()).toEqual([
      "ACCOUNT_FIRST",
      "BY_ACCOUNT",
      "BY_FAMILY",
      "CAP",
      "CLASS_B_FIRST",
      "DEDUCTIBLE",
      "ELIGIBLE",
      "FUND",
      "IN_CASH",
      "IN_POLICY",
      "NOT_COVERED",
      "SECOND_TIER",
      "SELF_PAID",
    ]);
    expect(Object.keys(en.steps).sort()).toEqual(Object.keys(zh.steps).sort());
  });

  it("leave no text empty, and keep Chinese text in the Chinese catalogue", () => {
    for (const text of [...strings(zh), ...strings(en)]) expect(text.trim()).not.toBe("");
    // The names of closed sets are the words a person reads: Chinese in zh, never the English code.
    for (const name of strings(zh.names)) expect(name).toMatch(/[\u4e00-\u9fff、]/);
  });

  it("start-up help is the catalogue's own help, not a second copy of the words", () => {
    for (const lang of ["zh", "en"] as const) expect(programHelp(lang)).toBe(catalogue(lang).help.program);
  });
});
