/** The settlement invariants, for random visits and years under every complete policy. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Fen } from "../../src/core/money.js";
import { applyRatioHalfUp } from "../../src/core/money.js";
import type { Facility, Level, Place, Rules, Status, Visit } from "../../src/core/types.js";
import { settleInOrder } from "./sequence.js";
import { capOf } from "../../src/core/steps/cap.js";
import { cellOf } from "../../src/core/table.js";
import { loadRegistry } from "../../src/policy/load.js";
import { compileRules } from "../../src/policy/registry.js";

const registry = loadRegistry();
const rulesByCity = registry.policies.flatMap((p) =>
  p.versions.filter((v) => v.outpatient !== undefined).map((v) => ({ city: p.id, rules: compileRules(p, v) })),
);

const level = fc.constantFrom<Level>(1, 2, 3);
const status = fc.constantFrom<Status>("in-service", "retired");
const facility = fc.constantFrom<Facility>("hospital", "pharmacy", "specialty");
const date = fc.record({ y: fc.integer({ min: 2025, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const visit = fc
  .record({
    date,
    level,
    facility,
    amount: fc.integer({ min: 0, max: 2_000_000 }),
    excludedShare: fc.integer({ min: 0, max: 100 }),
    designated: fc.boolean(),
    emergency: fc.boolean(),
    prescription: fc.boolean(),
    place: fc.constantFrom<Place>("local", "resident-elsewhere", "temporary-elsewhere"),
    filed: fc.boolean(),
    directSettlement: fc.constantFrom(true, false, null),
  })
  .map((v): Visit => ({ ...v, excluded: Math.floor((v.amount * v.excludedShare) / 100), age: null, conditions: [], classB: 0 as Fen }));
const city = fc.constantFrom(...rulesByCity);

function settle(rules: Rules, s: Status, visits: Visit[]) {
  return settleInOrder(rules, s, visits);
}

describe("settlement invariants", () => {
  it("fund + self = total, and self splits exactly into excluded + uncovered + deductible + co-pay + over the cap", () => {
    fc.assert(
      fc.property(city, status, fc.array(visit, { minLength: 1, maxLength: 30 }), ({ rules }, s, visits) => {
        for (const r of settle(rules, s, visits).results) {
          expect(r.fundPaid + r.selfPaid).toBe(r.visit.amount);
          expect(r.excluded + r.uncovered + r.deductible + r.copay + r.overCap).toBe(r.selfPaid);
          expect(r.fundPaid).toBeGreaterThanOrEqual(0);
          for (const part of [r.excluded, r.deductible, r.copay, r.overCap]) expect(part).toBeGreaterThanOrEqual(0);
          if (r.ratio !== null) expect(r.fundPaid).toBeLessThanOrEqual(applyRatioHalfUp(r.eligible, r.ratio.bp));
          for (const fen of [r.fundPaid, r.selfPaid, r.copay, r.overCap]) expect(Number.isSafeInteger(fen)).toBe(true);
          // What is paid at the counter, less what is reimbursed later, is what the person pays.
          const { atCounter, reimbursedLater } = r.settlement;
          if (atCounter !== null && reimbursedLater !== null) expect(atCounter - reimbursedLater).toBe(r.selfPaid);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a year's fund never exceeds the cap, and the deductible never exceeds the highest threshold when shared", () => {
    fc.assert(
      fc.property(city, status, fc.array(visit, { minLength: 1, maxLength: 40 }), ({ rules }, s, visits) => {
        const { years } = settle(rules, s, visits);
        for (const y of years) {
          const cap = capOf(rules.cap, { level: 1, status: s, age: null });
          if (cap !== null) expect(y.fundPaid).toBeLessThanOrEqual(cap);
          if (rules.deductible.period === "year" && rules.deductible.accumulator === "shared") {
            const thresholds = [1, 2, 3].map((level) => cellOf(rules.deductible.amount, { level, status: s, age: null }, "deductible").value);
            expect(y.deductibleMet).toBeLessThanOrEqual(Math.max(...thresholds));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the fund's payment never falls when the amount of a visit rises", () => {
    fc.assert(
      fc.property(city, status, visit, fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), ({ rules }, s, v, extra, used) => {
        const opening = { fundUsed: used as Fen };
        const base = settleInOrder(rules, s, [v], opening).results[0];
        const more = settleInOrder(rules, s, [{ ...v, amount: v.amount + extra }], opening).results[0];
        expect(more?.fundPaid).toBeGreaterThanOrEqual(base?.fundPaid ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it("splitting the same visits by year gives the same result as settling them together", () => {
    fc.assert(
      fc.property(city, status, fc.array(visit, { minLength: 1, maxLength: 20 }), ({ rules }, s, visits) => {
        const together = settle(rules, s, visits).results;
        for (const year of [2025, 2026]) {
          const alone = settle(rules, s, visits.filter((v) => v.date.startsWith(String(year)))).results;
          const same = together.filter((r) => r.visit.date.startsWith(String(year)));
          expect(alone.map((r) => r.fundPaid)).toEqual(same.map((r) => r.fundPaid));
        }
      }),
      { numRuns: 200 },
    );
  });
});
