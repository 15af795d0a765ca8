/** The README shows real output: every `$ yibao …` example block is what the command prints today. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```text\n\$ yibao ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ args: m[1] ?? "", output: m[2] ?? "" }));

describe("README examples", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });
  for (const example of examples) {
    it(`yibao ${example.args}`, () => {
      const run = yibao(example.args.split(" "));
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(example.output);
    });
  }
});
