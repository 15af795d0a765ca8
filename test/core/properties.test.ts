/** The settlement invariants, for random visits and years under every complete policy and every example policy. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Fen } from "../../src/core/money.js";
import { applyRatioHalfUp } from "../../src/core/money.js";
import type { Facility, Level, Place, Rules, Status, Visit, VisitResult } from "../../src/core/types.js";
import { Ledger, dateOfDay, dayOf } from "../../src/core/ledger.js";
import { settleVisit } from "../../src/core/settle.js";
import { settleInOrder } from "./sequence.js";
import { capOf } from "../../src/core/steps/cap.js";
import { MissingValue, type Table, cellOf, isGap, lookup, usesAge } from "../../src/core/table.js";
import { categoriesOf, coversCell } from "../../src/policy/categories.js";
import { loadRegistry } from "../../src/policy/load.js";
import { compileRules } from "../../src/policy/registry.js";

const registry = loadRegistry();
// Complete versions only: a version that lists parts as missing (no designation or pharmacy rule, …)
// stops a visit that needs them, which the example policies' invariants below check.
const rulesByCity = registry.policies.flatMap((p) =>
  p.versions.filter((v) => v.outpatient !== undefined && v.missing.length === 0).map((v) => ({ city: p.id, rules: compileRules(p, v) })),
);

/** A level from 1 to 4; each city reads it within its own categories (`within`). */
const level = fc.constantFrom<Level>(1, 2, 3, 4);
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

/** A visit at a level the city has: a city with fewer categories than the level takes its highest. */
function within(rules: Rules, v: Visit): Visit {
  return { ...v, level: Math.min(v.level, rules.levels) };
}

function settle(rules: Rules, s: Status, visits: Visit[]) {
  return settleInOrder(rules, s, visits.map((v) => within(rules, v)));
}

describe("settlement invariants", () => {
  it("fund + self = total, and self splits exactly into excluded + uncovered + deductible + co-pay + over the cap", () => {
    fc.assert(
      fc.property(city, status, fc.array(visit, { minLength: 1, maxLength: 30 }), ({ rules }, s, visits) => {
        for (const r of settle(rules, s, visits).results) {
          expect(r.fundPaid + r.selfPaid).toBe(r.visit.amount);
          expect(r.excluded + r.uncovered + (r.classBFirst ?? 0) + (r.accountFirst ?? 0) + r.deductible + r.copay + r.overCap).toBe(r.selfPaid);
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

  it("a year's fund never exceeds the cap (plus the second tier's, where there is one), and the deductible never exceeds the highest threshold when shared", () => {
    fc.assert(
      fc.property(city, status, fc.array(visit, { minLength: 1, maxLength: 40 }), ({ rules }, s, visits) => {
        const { years } = settle(rules, s, visits);
        for (const y of years) {
          const cap = capOf(rules.cap, { level: 1, status: s, age: null });
          const second = rules.cap.secondTier === null ? undefined : lookup(rules.cap.secondTier.amount, { level: 1, status: s, age: null });
          const secondCap = second === undefined || isGap(second) ? 0 : second.value;
          if (cap !== null) expect(y.fundPaid).toBeLessThanOrEqual(cap + secondCap);
          if (rules.deductible.period === "year" && rules.deductible.accumulator === "shared") {
            const thresholds = Array.from({ length: rules.levels }, (_, i) => i + 1).map((level) => cellOf(rules.deductible.amount, { level, status: s, age: null }, "deductible").value);
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
        const base = settleInOrder(rules, s, [within(rules, v)], opening).results[0];
        const more = settleInOrder(rules, s, [within(rules, { ...v, amount: v.amount + extra })], opening).results[0];
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

// The example policies users copy (examples/policies/): every shape of the policy language, with
// tables by category, status and age, conditions, bands, caps of every kind and cells left missing.

const EXAMPLE_DIR = fileURLToPath(new URL("../../examples/policies/", import.meta.url));
const exampleRegistry = loadRegistry(readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith(".json")).map((f) => join(EXAMPLE_DIR, f)));
const exampleRules = exampleRegistry.policies
  .filter((p) => p.id.startsWith("example-"))
  .flatMap((p) =>
    p.versions
      .filter((v) => v.outpatient !== undefined)
      .map((version) => ({ city: p.id, version, rules: compileRules(p, version), conditions: (version.outpatient?.conditions ?? []).map((c) => c.id) })),
  );
type ExampleRules = (typeof exampleRules)[number];

/** The tables of a part of the rules, to ask whether any of them depends on age. */
function tablesFor(rules: Rules, field: string): Table<unknown>[] {
  const r = rules.ratio;
  const c = rules.cap;
  switch (field) {
    case "deductible":
      return [rules.deductible.amount];
    case "ratios":
      return [r.table, ...r.bands.map((b) => b.table), ...r.conditions.flatMap((k) => (k.table === null ? [] : [k.table]))];
    case "cap":
      return [...(c.amount === null ? [] : [c.amount]), ...(c.secondTier === null ? [] : [c.secondTier.ratio, c.secondTier.amount])];
    default:
      return [];
  }
}

/** A gap is allowed only where the version lists the cell as missing, or a table by age was given no age. */
function expectListedGap(example: ExampleRules, error: MissingValue) {
  if (error.gap === "age") {
    expect(error.at.age).toBeNull();
    expect(tablesFor(example.rules, error.field).some(usesAge), `${example.city}: ${error.field} asked for an age`).toBe(true);
    return;
  }
  const category = categoriesOf(example.version).find((c) => c.rank === error.at.level);
  expect(category, `${example.city}: level ${error.at.level}`).toBeDefined();
  const listed = example.version.missing.some((m) => coversCell(m, error.field, category?.id ?? "", error.at.status));
  expect(listed, `${example.city}: ${error.field} for ${category?.id}, ${error.at.status} is not listed as missing`).toBe(true);
}

/** A person's visits settled in date order against one ledger; a visit that meets a gap is checked, left out and not booked. */
function settleExample(example: ExampleRules, s: Status, visits: readonly Visit[], opening?: { fundUsed?: Fen; deductibleMet?: Fen; accountCurrent?: Fen }) {
  const ledger = new Ledger({ keepYears: true, ...(opening === undefined ? {} : { opening }) });
  const ordered = visits.map((visit, index) => ({ visit, index })).sort((a, b) => (a.visit.date < b.visit.date ? -1 : a.visit.date > b.visit.date ? 1 : a.index - b.index));
  const results: { result: VisitResult; input: number }[] = [];
  const gaps: number[] = [];
  for (const { visit, index } of ordered) {
    let result: VisitResult;
    try {
      result = settleVisit(example.rules, s, visit, ledger.yearState(visit.date, visit.level));
    } catch (error) {
      if (!(error instanceof MissingValue)) throw error;
      expectListedGap(example, error);
      gaps.push(index);
      continue;
    }
    ledger.record(example.rules, s, result, { accountPaid: 0 as Fen, familyPaid: 0 as Fen, cashPaid: result.selfPaid, after: { account: null, family: null } });
    results.push({ result, input: index });
  }
  return { results, gaps };
}

const example = fc.constantFrom(...exampleRules);
/** Visits for one example version: levels within its categories, an age (sometimes none), conditions it names. */
const exampleVisit = (e: ExampleRules) =>
  fc
    .record({
      date,
      level: fc.integer({ min: 1, max: e.rules.levels }),
      facility: fc.oneof({ weight: 9, arbitrary: fc.constant<Facility>("hospital") }, { weight: 1, arbitrary: fc.constantFrom<Facility>("pharmacy", "specialty") }),
      amount: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 20_000 })),
      excludedShare: fc.integer({ min: 0, max: 100 }),
      // Mostly visits the examples cover (they give no rules for pharmacies or visits elsewhere).
      designated: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      emergency: fc.boolean(),
      prescription: fc.boolean(),
      place: fc.oneof({ weight: 9, arbitrary: fc.constant<Place>("local") }, { weight: 1, arbitrary: fc.constantFrom<Place>("resident-elsewhere", "temporary-elsewhere") }),
      filed: fc.boolean(),
      directSettlement: fc.constantFrom(true, false, null),
      age: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 2, arbitrary: fc.constantFrom(69, 70) }, { weight: 1, arbitrary: fc.constant(null) }),
      conditions: fc.subarray(e.conditions),
      classBShare: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ excludedShare, classBShare, ...v }): Visit => {
      const excluded = Math.floor((v.amount * excludedShare) / 100);
      return { ...v, amount: v.amount as Fen, excluded: excluded as Fen, classB: Math.floor(((v.amount - excluded) * classBShare) / 100) as Fen };
    });
const exampleYear = example.chain((e) => fc.tuple(fc.constant(e), status, fc.array(exampleVisit(e), { minLength: 1, maxLength: 30 })));
/** A year with a current-year account balance to begin with, for the cities that pay from it first. */
const accountCurrent = fc.integer({ min: 0, max: 500_000 }).map((n) => n as Fen);

describe("settlement invariants under every example policy", () => {
  it("covers every example file, versions and all", () => {
    expect(new Set(exampleRules.map((e) => e.city)).size).toBeGreaterThanOrEqual(13);
  });

  it("fund + self = total; self = excluded + uncovered + paid first + deductible + co-pay + over the cap; no part below zero; gaps only where listed", () => {
    fc.assert(
      fc.property(exampleYear, accountCurrent, ([e, s, visits], balance) => {
        let spent = 0;
        for (const { result: r } of settleExample(e, s, visits, { accountCurrent: balance }).results) {
          // The current-year account never pays more than it held in its year.
          if (Number(r.visit.date.slice(0, 4)) === Number([...visits].sort((a, b) => (a.date < b.date ? -1 : 1))[0]?.date.slice(0, 4))) spent += r.accountFirst ?? 0;
          expect(spent).toBeLessThanOrEqual(balance);
          expect(r.fundPaid + r.selfPaid).toBe(r.visit.amount);
          expect(r.excluded + r.uncovered + (r.classBFirst ?? 0) + (r.accountFirst ?? 0) + r.deductible + r.copay + r.overCap).toBe(r.selfPaid);
          for (const part of [r.fundPaid, r.selfPaid, r.excluded, r.uncovered, r.deductible, r.eligible, r.copay, r.overCap]) expect(part).toBeGreaterThanOrEqual(0);
          for (const fen of [r.fundPaid, r.selfPaid, r.copay, r.overCap]) expect(Number.isSafeInteger(fen)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a year's fund payments never exceed the cap plus the second tier's cap, where there is a cap", () => {
    fc.assert(
      fc.property(exampleYear, ([e, s, visits]) => {
        const cap = e.rules.cap;
        if (cap.amount === null) return;
        const byYear = new Map<number, { fund: number; cap: number; second: number }>();
        for (const { result: r } of settleExample(e, s, visits).results) {
          const at = { level: r.appliedLevel, status: s, age: r.visit.age };
          const year = Number(r.visit.date.slice(0, 4));
          const y = byYear.get(year) ?? { fund: 0, cap: 0, second: 0 };
          const first = lookup(cap.amount, at);
          const second = cap.secondTier === null ? undefined : lookup(cap.secondTier.amount, at);
          y.fund += r.fundPaid;
          // A table by age may give a later visit of the same year a higher cap: the highest bounds the year.
          if (r.covered && !isGap(first)) y.cap = Math.max(y.cap, first.value);
          if (r.covered && second !== undefined && !isGap(second)) y.second = Math.max(y.second, second.value);
          byYear.set(year, y);
        }
        for (const [year, y] of byYear) expect(y.fund, `${e.city} ${year}`).toBeLessThanOrEqual(y.cap + y.second);
      }),
      { numRuns: 400 },
    );
  });

  it("the fund's payment never falls when the amount of a visit rises (same person, same history)", () => {
    const withLast = example.chain((e) =>
      fc.tuple(fc.constant(e), status, fc.array(exampleVisit(e), { maxLength: 12 }), exampleVisit(e), fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 })),
    );
    fc.assert(
      fc.property(withLast, ([e, s, history, last, extra, used]) => {
        // The visit comes after its history, on the last day of the year of its own date.
        const v = { ...last, date: `${last.date.slice(0, 4)}-12-31` };
        const opening = { fundUsed: used as Fen };
        const fundOf = (visit: Visit) => {
          const { results, gaps } = settleExample(e, s, [...history, visit], opening);
          return gaps.includes(history.length) ? undefined : results.find((r) => r.input === history.length)?.result.fundPaid;
        };
        const base = fundOf(v);
        const more = fundOf({ ...v, amount: (v.amount + extra) as Fen });
        if (base === undefined || more === undefined) return;
        expect(more).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a ledger's last day", () => {
  it("is the date as the number yyyymmdd, in the order of the dates, and gives the date back", () => {
    const date = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    expect(dayOf("2025-03-01")).toBe(20250301);
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(dateOfDay(dayOf(a))).toBe(a);
        expect(Math.sign(dayOf(a) - dayOf(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
