/**
 * Output changes only on purpose: every case of the recorded corpus (README examples, every command
 * line of the tests, each golden case through calc --json/--explain in both languages, 3,000 batch
 * lines, compare and curve) prints exactly the recorded bytes and exit code. After a change of
 * output made on purpose, `npm run corpus` records it again and the commit says why.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCase } from "./corpus/runner.js";
import { builtRun } from "./helpers.js";

const read = (name: string) =>
  readFileSync(new URL(`./corpus/${name}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
const cases = read("cases.jsonl");
const recorded = read("outputs.jsonl");
const run = builtRun();

describe("the recorded output corpus", () => {
  it("has one recording per case", () => {
    expect(recorded.map((r) => r.name)).toEqual(cases.map((c) => c.name));
  });
  cases.forEach((c, i) => {
    it(`${i + 1}. ${String(c.name)}`, async () => {
      const got = await runCase(run, c);
      const want = recorded[i] ?? {};
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.status).toBe(want.status);
    });
  });
});
