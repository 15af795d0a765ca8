/**
 * The JSON contract holds: every recorded `calc --json` result and batch output line of the output
 * corpus matches the output schema `yibao schema output` prints, and the schemas print as JSON Schema.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { batchOutputSchema, calcOutputSchema } from "../src/cli/contract.js";
import { yibao } from "./helpers.js";

const read = (name: string) =>
  readFileSync(new URL(`./corpus/${name}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
const cases = read("cases.jsonl");
const outputs = read("outputs.jsonl");
const recorded = cases.map((c, i) => ({ args: c.args as string[], out: outputs[i] as { status: number; stdout: string } }));

describe("the output contract", () => {
  const calcJson = recorded.filter((r) => r.args[0] === "calc" && r.args.includes("--json") && r.out.status === 0);
  // JSON Lines only: a batch that writes CSV or an .xlsx to standard output is a spreadsheet, not lines.
  const sheetOut = (args: readonly string[]) => args.some((a, i) => (a === "--to" && args[i + 1] !== "jsonl") || /^--to=(?!jsonl)/.test(a));
  const batch = recorded.filter((r) => r.args[0] === "batch" && r.out.stdout !== "" && !sheetOut(r.args));

  it("is met by every calc --json result in the corpus", () => {
    expect(calcJson.length).toBeGreaterThan(50);
    for (const r of calcJson) {
      const parsed = calcOutputSchema.safeParse(JSON.parse(r.out.stdout));
      expect(parsed.success ? "ok" : `${r.args.join(" ")}: ${JSON.stringify(parsed.error.issues[0])}`).toBe("ok");
    }
  });

  it("is met by every batch line in the corpus, settled or not", () => {
    let lines = 0;
    for (const r of batch) {
      for (const line of r.out.stdout.trim().split("\n")) {
        lines++;
        const parsed = batchOutputSchema.safeParse(JSON.parse(line));
        expect(parsed.success ? "ok" : `${line.slice(0, 80)}: ${JSON.stringify(parsed.error.issues[0])}`).toBe("ok");
      }
    }
    expect(lines).toBeGreaterThan(3000);
  });
});

describe("yibao schema", () => {
  it("prints the input contract: a visit and a batch line, as JSON Schema", () => {
    const run = yibao(["schema", "input"]);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(Object.keys(schema.$defs)).toEqual(["visit", "batchLine"]);
    expect(schema.$defs.visit.required).toEqual(["date", "level", "amount"]);
    expect(schema.$defs.batchLine.required).toEqual(expect.arrayContaining(["city", "type", "date", "level", "amount"]));
    expect(schema.$defs.visit.additionalProperties).toBe(false);
  });

  it("prints the output contract: the calc --json result and a batch line", () => {
    const schema = JSON.parse(yibao(["schema", "output"]).stdout);
    expect(Object.keys(schema.$defs)).toEqual(["calc", "batchLine"]);
    expect(Object.keys(schema.$defs.calc.properties.visits.items.properties)).toEqual(expect.arrayContaining(["fundPaid", "selfPaid", "uncovered", "settlement"]));
  });

  it("refuses anything else with the choices, exit 2", () => {
    const run = yibao(["schema", "results"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("input, output");
  });
});
