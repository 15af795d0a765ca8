/** What the person pays before the deductible: 乙类先行自付 and the current-year account first, by hand. */
import { describe, expect, it } from "vitest";
import { emptyYear, settleVisit } from "../../src/core/settle.js";
import type { Fen } from "../../src/core/money.js";
import type { Rules, Visit, YearState } from "../../src/core/types.js";
import { amount, cite, testRules, testVisit } from "./rules.js";

/** 300 yearly deductible, 80% everywhere, cap 1000 on the fund's payments. */
const base = (over: Partial<Pick<Rules, "classB" | "accountFirst">>) =>
  testRules({
    deductible: { period: "year", accumulator: "shared", amount: amount(30000) },
    ratio: { table: { by: "value", cell: { value: "0.80", bp: 8000, share: "fund", cite } }, bands: [], conditions: [] },
    ...over,
  });
const CLASS_B = { share: { bp: 1000, value: "0.10", cite } };
const settle = (r: Rules, v: Visit, state: YearState = emptyYear(2025)) => settleVisit(r, "in-service", v, state);

describe("乙类先行自付: a share of the class-B part is paid before the deductible", () => {
  it("2000 with 555.55 class-B at 10%: 55.56 first (55.555 half-up), 300 deductible, 1644.44 × 80% = 1315.55, capped at 1000", () => {
    const r = settle(base({ classB: CLASS_B }), testVisit("2025-03-01", 2, 2000, { classB: 55555 as Fen }));
    expect(r).toMatchObject({ classBFirst: 5556, deductible: 30000, eligible: 164444, fundBeforeCap: 131555, fundPaid: 100000, copay: 32889, overCap: 31555, selfPaid: 100000 });
    expect(r.excluded + r.uncovered + (r.classBFirst ?? 0) + r.deductible + r.copay + r.overCap).toBe(r.selfPaid);
    expect(r.reasons.list().map((x) => x.code)).toContain("CLASS_B_FIRST");
  });

  it("a city with the rule shows 0 for a visit with no class-B part; a city without it shows nothing", () => {
    expect(settle(base({ classB: CLASS_B }), testVisit("2025-03-01", 2, 500)).classBFirst).toBe(0);
    expect(settle(base({}), testVisit("2025-03-01", 2, 500, { classB: 10000 as Fen })).classBFirst).toBeNull();
  });
});

describe("the current-year account pays the in-policy cost first", () => {
  const rules = base({ accountFirst: cite });
  it("a 200 balance pays 200 of 1000 first; the deductible 300 and 80% of 500 follow: fund 400", () => {
    const r = settle(rules, testVisit("2025-03-01", 2, 1000), { ...emptyYear(2025), accountCurrent: 20000 as Fen });
    expect(r).toMatchObject({ accountFirst: 20000, deductible: 30000, eligible: 50000, fundPaid: 40000, selfPaid: 60000 });
    expect(r.after.accountCurrent).toBe(0);
  });

  it("a balance larger than the cost pays all of it: nothing reaches the deductible, and the rest of the balance carries to the next visit", () => {
    const first = settle(rules, testVisit("2025-03-01", 2, 150), { ...emptyYear(2025), accountCurrent: 50000 as Fen });
    expect(first).toMatchObject({ accountFirst: 15000, deductible: 0, fundPaid: 0, selfPaid: 15000 });
    expect(first.after.accountCurrent).toBe(35000);
    const second = settle(rules, testVisit("2025-04-01", 2, 1000), first.after);
    expect(second).toMatchObject({ accountFirst: 35000, deductible: 30000, eligible: 35000, fundPaid: 28000 });
  });

  it("no balance given: nothing is paid first, and the visit says the balance is missing", () => {
    const r = settle(rules, testVisit("2025-03-01", 2, 1000));
    expect(r).toMatchObject({ accountFirst: 0, deductible: 30000, fundPaid: 56000 });
    expect(r.reasons.list().map((x) => x.code)).toContain("ACCOUNT_CURRENT_NOT_GIVEN");
  });

  it("both rules: the class-B share first, then the account on what is left", () => {
    const r = settle(base({ classB: CLASS_B, accountFirst: cite }), testVisit("2025-03-01", 2, 1000, { classB: 50000 as Fen }), {
      ...emptyYear(2025),
      accountCurrent: 10000 as Fen,
    });
    // 1000: 50 class-B first; the account pays 100 of the 950 left; 300 deductible; 550 × 80% = 440.
    expect(r).toMatchObject({ classBFirst: 5000, accountFirst: 10000, deductible: 30000, eligible: 55000, fundPaid: 44000, selfPaid: 56000 });
  });
});
