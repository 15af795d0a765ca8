/** `yibao batch`: every line answered, in order, bad lines reported and the stream going on. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/app/calculate.js";
import { BatchSession } from "../src/app/batch.js";
import { batchLine } from "../src/cli/render/batch.js";
import { calculationJson } from "../src/cli/render/json.js";
import { loadRegistry } from "../src/policy/load.js";
import { yibao } from "./helpers.js";

const registry = loadRegistry();
const good = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, person: "p1", city: "鞍山", type: "退休", level: 2, amount: "1200", date: "2025-03-01", ...extra });

describe("batch on the real binary", () => {
  const input = [
    good("a"),
    "",
    "{not json",
    JSON.stringify({ id: "b", city: "anshan", type: "retired", level: 9, amount: "1", date: "2025-03-02" }),
    JSON.stringify({ id: "c", city: "锦州", type: "retired", level: 2, amount: "1", date: "2025-03-02" }),
    JSON.stringify({ id: "d", city: "tongliao", type: "retired", level: 2, amount: "1", date: "2025-03-02" }),
    JSON.stringify({ id: "e", city: "anshan", type: "retired", level: 2, date: "2025-03-02" }),
    good("f", { date: "2025-04-01" }),
    "   ",
    good("g", { date: "2025-03-15" }),
    JSON.stringify({ id: "h", city: "lvliang", type: "在职", level: "二类", amount: "200", date: "2025-05-01" }),
  ].join("\n");

  it("keeps every good line's result, reports each bad one, in input order, and exits 5", () => {
    const run = yibao(["batch"], { input });
    expect(run.status).toBe(5);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(out.map((o) => o.id ?? null)).toEqual(["a", null, "b", "c", "d", "e", "f", "g", "h"]);
    expect(out.map((o) => o.error?.code ?? "ok")).toEqual([
      "ok", "INPUT_PARSE", "INVALID_VALUE", "UNKNOWN_CITY", "POLICY_INCOMPLETE", "INPUT_VALUE", "ok", "OUT_OF_ORDER", "ok",
    ]);
    expect(out[0]).toMatchObject({ person: "p1", fundPaid: "420.00", selfPaid: "780.00", deductible: "500.00", copay: "280.00", overCap: "0.00", excluded: "0.00", covered: true });
    // Line 8 is the same person later in the year: the deductible is already met.
    expect(out[6]).toMatchObject({ id: "f", deductible: "0.00", fundPaid: "720.00" });
    expect(out[8]).toMatchObject({ id: "h", city: "lvliang", deductible: "50.00", fundPaid: "82.50" });
    expect(out[4].error.message).toContain("缺少起付标准");
    expect(out[5].error.message).toContain('缺少字段 "amount"');
  });

  it("ends with a one-line summary on stderr and no progress line when stderr is not a terminal", () => {
    const run = yibao(["batch", "--lang", "en"], { input });
    expect(run.stderr).toBe(
      "batch: 11 lines, 3 settled, 6 errors, 2 blank; total 2600.00, fund paid 1222.50, self paid 1377.50 yuan (own account 0.00, family 0.00, cash 1377.50).\n",
    );
  });

  it("reads a file given as an argument (with a byte-order mark and CRLF lines) and exits 0 when every line settles", () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-batch-"));
    const file = join(dir, "in.jsonl");
    writeFileSync(file, `\uFEFF${good("a")}\r\n${good("b", { person: "p2" })}\r\n`);
    const run = yibao(["batch", file]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l).fundPaid)).toEqual(["420.00", "420.00"]);
  });

  it("a missing file is exit code 3 before any output", () => {
    const run = yibao(["batch", "/nonexistent/visits.jsonl"]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("ENOENT");
  });

  it("a visit without a person stands alone", () => {
    const line = JSON.stringify({ city: "anshan", type: "retired", level: 2, amount: "1200", date: "2025-03-01" });
    const out = yibao(["batch"], { input: `${line}\n${line}\n` }).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.deductible)).toEqual(["500.00", "500.00"]);
  });
});

describe("batch: visits elsewhere", () => {
  it("takes place, treatmentCity, filed and directSettlement per line, shares a person's cap with local lines, and answers a contradiction with an error record", () => {
    const line = (id: string, extra: Record<string, unknown>) =>
      JSON.stringify({ id, person: "w", city: "吕梁", type: "退休", date: "2025-02-01", level: "一类", amount: "3680", ...extra });
    const input = [
      line("home", {}),
      line("beijing", { date: "2025-05-01", level: "二类", amount: "250", place: "异地长期居住", treatmentCity: "北京" }),
      line("trip", { date: "2025-05-02", level: "二类", amount: "250", place: "临时外出" }),
      line("unclear", { date: "2025-05-03", level: "二类", amount: "250", treatmentCity: "太原" }),
      line("filed-at-home", { date: "2025-05-04", level: "二类", amount: "250", filed: true }),
    ].join("\n");
    const run = yibao(["batch"], { input });
    expect(run.status).toBe(5);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["home", "beijing", "trip", "unclear", "filed-at-home"]);
    expect(out.map((o) => o.error?.code ?? o.settlement.mode)).toEqual(["local", "direct", "none", "PLACE_UNCLEAR", "CONFLICTING_OPTIONS"]);
    expect(out[1]).toMatchObject({ place: "resident-elsewhere", treatmentCity: { code: "110000" }, fundPaid: "20.00", overCap: "100.00" });
    expect(out[2]).toMatchObject({ covered: false, fundPaid: "0.00" });
    expect(out[3].error.hint).toContain(`"place": "临时外出"`);
  });
});

describe("batch agrees with calc --input for the same person", () => {
  const visit = fc.record({
    date: fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    level: fc.constantFrom(1, 2, 3, "一级", "二级"),
    amount: fc.integer({ min: 0, max: 500_000 }).map((fen) => (fen / 100).toFixed(2)),
    facility: fc.constantFrom("hospital", "pharmacy", "specialty"),
    designated: fc.boolean(),
  });

  it("for random years of visits in each city and status", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("anshan", "lvliang", "songyuan"),
        fc.constantFrom("in-service", "retired"),
        fc.array(visit, { minLength: 1, maxLength: 25 }),
        (city, type, raw) => {
          const visits = [...raw].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const viaCalc = calculationJson(calculate(registry, { city, type, visits, file: "x" }), "en").visits;
          const session = new BatchSession(registry, "x");
          const viaBatch = visits.map((v) => {
            const outcome = session.settleLine(JSON.stringify({ ...v, city, type, person: "p" }));
            return outcome === undefined ? {} : JSON.parse(batchLine(outcome, "en"));
          });
          const keys = ["fundPaid", "selfPaid", "deductible", "copay", "overCap", "excluded", "uncovered", "covered", "capRemaining"] as const;
          const pick = (o: Record<string, unknown>) => keys.map((k) => o[k]);
          expect(viaBatch.map(pick)).toEqual(viaCalc.map((v) => pick(v as unknown as Record<string, unknown>)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
