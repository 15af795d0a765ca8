/** The reason log: reasons recorded compactly, read in place or as objects, the log reused from visit to visit. */
import { describe, expect, it } from "vitest";
import type { Fen } from "../../src/core/money.js";
import { REASON_VALUES, ReasonLog } from "../../src/core/reasons.js";
import { emptyYear, settleFacts } from "../../src/core/settle.js";
import type { YearTally } from "../../src/core/types.js";
import { amount, cite, testRules, testVisit } from "./rules.js";

describe("the reasons' table", () => {
  it("gives every code at most five values, each named once", () => {
    for (const [code, spec] of Object.entries(REASON_VALUES)) {
      expect(spec.length, code).toBeLessThanOrEqual(5);
      expect(new Set(spec.map(([name]) => name)).size, code).toBe(spec.length);
    }
  });
});

describe("a reason log", () => {
  it("reads a reason in place, typed, and as an object with its values by name in the table's order", () => {
    const log = new ReasonLog();
    log.add("DEDUCTIBLE_PART", cite, 50000 as Fen, 20000 as Fen, 2, "year");
    log.add("EXCLUDED_PART", undefined, 1234 as Fen);
    expect(log.length).toBe(2);
    expect(log.code(0)).toBe("DEDUCTIBLE_PART");
    expect(log.cite(0)).toBe(cite);
    expect(log.value(0, 0)).toEqual({ t: "fen", v: 50000 });
    expect(log.value(0, 2)).toEqual({ t: "level", v: 2 });
    expect(log.value(0, 3)).toEqual({ t: "code", v: "year" });
    expect(() => log.value(1, 1)).toThrow(/EXCLUDED_PART has no value 1/);
    const [deductible, excluded] = log.list();
    expect(Object.keys(deductible?.params ?? {})).toEqual(["threshold", "part", "level", "period"]);
    expect(deductible).toEqual({
      code: "DEDUCTIBLE_PART",
      params: { threshold: { t: "fen", v: 50000 }, part: { t: "fen", v: 20000 }, level: { t: "level", v: 2 }, period: { t: "code", v: "year" } },
      cite,
    });
    // A reason that cites nothing has no citation at all, not an undefined one.
    expect(excluded).toStrictEqual({ code: "EXCLUDED_PART", params: { excluded: { t: "fen", v: 1234 } } });
  });

  it("reused from one visit to the next, holds only the last visit's reasons", () => {
    const rules = testRules({ deductible: { period: "year", accumulator: "shared", amount: amount(30000) } });
    const log = new ReasonLog();
    const year: YearTally = { ...emptyYear(2025) };
    settleFacts(rules, "in-service", testVisit("2025-03-01", 1, 1000, { excluded: 10000 as Fen }), year, log);
    expect(log.list().map((r) => r.code)).toEqual(["EXCLUDED_PART", "DEDUCTIBLE_PART", "RATIO_APPLIED"]);
    settleFacts(rules, "in-service", testVisit("2025-03-02", 1, 100), year, log);
    expect(log.list().map((r) => r.code)).toEqual(["DEDUCTIBLE_ALREADY_MET", "RATIO_APPLIED"]);
    expect(log.list()[0]?.params).toEqual({ threshold: { t: "fen", v: 30000 }, level: { t: "level", v: 1 }, period: { t: "code", v: "year" } });
    expect(year.deductibleMet).toBe(30000);
  });

  it("a copy holds the same reasons, and clearing one leaves the other", () => {
    const log = new ReasonLog();
    log.add("PLACE_RULES_MISSING", undefined, "temporary-elsewhere");
    log.add("CAP_EXHAUSTED", cite, 300000 as Fen, false);
    const copy = new ReasonLog();
    copy.add("CAP_NONE", cite);
    copy.add("CAP_NONE", cite);
    copy.add("CAP_NONE", cite);
    copy.copy(log);
    expect(copy.list()).toEqual(log.list());
    log.clear();
    expect(log.length).toBe(0);
    expect(copy.list().map((r) => r.code)).toEqual(["PLACE_RULES_MISSING", "CAP_EXHAUSTED"]);
  });
});
