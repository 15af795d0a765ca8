/**
 * What a one-off command loads before it does anything: the bundle's static import graph. The schema,
 * table and colour libraries and the policy data must stay out of it, or start-up slows for everyone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const dir = join(ROOT, "dist", "bin");

function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dir, file), "utf8");
  for (const m of text.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)) staticGraph(m[1] ?? "", seen);
  return seen;
}

it("the entry's static imports exclude the schema, table, colour and spreadsheet libraries and the policy data", () => {
  const files = [...staticGraph("yibao.js")];
  const code = files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
  expect(files.length).toBeGreaterThan(1);
  const loads = (marker: string) => code.includes(marker);
  expect(loads("ZodError"), "the schema library").toBe(false);
  expect(loads("colSpan"), "the table library").toBe(false);
  expect(loads("supportsColor"), "the colour library").toBe(false);
  expect(loads("POLICIES=JSON.parse("), "the shipped policy data").toBe(false);
  expect(loads("CSV_QUOTE_NOT_CLOSED"), "the CSV parser").toBe(false);
  expect(loads("record_delimiter"), "the CSV writer").toBe(false);
  expect(loads("read-excel-file") || loads("write-excel-file"), "the .xlsx libraries").toBe(false);
  expect(loads("safer-buffer"), "the GBK encoder").toBe(false);
});

it("the entry defines no command's options: each command's module loads only when it runs", () => {
  const code = [...staticGraph("yibao.js")].map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
  for (const option of ["--family-relation", "--visit-size", "--treatment-city", "--member-scheme", "--cities"]) {
    expect(code.includes(option), option).toBe(false);
  }
});
