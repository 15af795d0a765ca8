/** The schema's other choices, which no shipped city uses yet, settle as the rules describe. */
import { describe, expect, it } from "vitest";
import type { Rules, Visit } from "../../src/core/types.js";
import { settleInOrder } from "./sequence.js";
import { testRules as rules, testVisit } from "./rules.js";

const visit = (date: string, level: number, yuan: number, over: Partial<Visit> = {}) => testVisit(date, level, yuan, over);

function settle(r: Rules, visits: Visit[]) {
  return settleInOrder(r, "in-service", visits).results;
}

describe("per-visit deductibles with a yearly ceiling (年度累计达到 X 元后不再设起付)", () => {
  it("stop once 250 has been paid in the year: 100, 100, then 50, then none", () => {
    const r = rules({ deductible: { yearlyCeiling: 25000 } });
    const out = settle(r, [visit("2025-01-01", 1, 300), visit("2025-02-01", 1, 300), visit("2025-03-01", 1, 300), visit("2025-04-01", 1, 300)]);
    expect(out.map((v) => v.deductible)).toEqual([10000, 10000, 5000, 0]);
    expect(out.map((v) => v.fundPaid)).toEqual([10000, 10000, 12500, 15000]);
  });
});

describe("yearly deductibles with one accumulator per level", () => {
  it("each level fills its own: 100 at level 1, then the full 200 at level 2", () => {
    const r = rules({ deductible: { period: "year", accumulator: "per-level" } });
    const out = settle(r, [visit("2025-01-01", 1, 150), visit("2025-02-01", 2, 250), visit("2025-03-01", 1, 50)]);
    expect(out.map((v) => v.deductible)).toEqual([10000, 20000, 0]);
    expect(out.map((v) => v.fundPaid)).toEqual([2500, 2500, 2500]);
  });
});

describe("a cap on eligible spending rather than on the fund's payment", () => {
  it("pays the ratio only on the eligible spending left under the cap: 1000 cap, 1200 eligible → 500", () => {
    const r = rules({ cap: { basis: "eligible" } });
    const [out] = settle(r, [visit("2025-01-01", 1, 1300)]);
    expect(out).toMatchObject({ deductible: 10000, eligible: 120000, fundPaid: 50000, copay: 50000, overCap: 20000, selfPaid: 80000 });
    expect(out?.after.fundUsed).toBe(100000);
  });
});
