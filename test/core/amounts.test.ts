/**
 * The numbers alone (`settleAmounts`, a tally of the year kept in place) are the numbers of the full
 * settlement (`settleVisit`, a new year state after each visit), visit after visit: for random
 * sequences of visits under every shipped policy version and every example policy, the same amounts,
 * the same accumulators after each visit carried to the next, the same gaps, and a gap leaves the
 * tally as it was. The sequences cross deductibles, caps, bands, second tiers and the turn of the year.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Fen } from "../../src/core/money.js";
import { ReasonLog } from "../../src/core/reasons.js";
import { emptyYear, settleAmounts, settleFacts, settleVisit, stateForVisit, tallyFor } from "../../src/core/settle.js";
import { MissingValue } from "../../src/core/table.js";
import type { Facility, Place, Rules, Status, Visit, VisitAmounts, VisitResult, YearState, YearTally } from "../../src/core/types.js";
import { loadRegistry } from "../../src/policy/load.js";
import { absentParts, compileRules } from "../../src/policy/registry.js";
import type { Registry } from "../../src/policy/registry.js";
import * as library from "../../src/index.js";

const EXAMPLE_DIR = fileURLToPath(new URL("../../examples/policies/", import.meta.url));
const shipped = loadRegistry();
const examples = loadRegistry(readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith(".json")).map((f) => join(EXAMPLE_DIR, f)));

interface Version {
  readonly name: string;
  readonly rules: Rules;
  readonly conditions: readonly string[];
}

/** Every version that has its deductible, ratios and cap (the others stop every visit alike). */
function versionsOf(registry: Registry, keep: (id: string) => boolean): Version[] {
  return registry.policies
    .filter((p) => keep(p.id))
    .flatMap((p) =>
      p.versions
        .filter((v) => v.outpatient !== undefined && absentParts(v).length === 0)
        .map((v) => ({ name: `${p.id} ${v.id}`, rules: compileRules(p, v), conditions: (v.outpatient?.conditions ?? []).map((c) => c.id) })),
    );
}

const versions = [...versionsOf(shipped, () => true), ...versionsOf(examples, (id) => id.startsWith("example-"))];

const day = fc.record({ y: fc.integer({ min: 2025, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const visitOf = (v: Version) =>
  fc
    .record({
      date: day.map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      level: fc.integer({ min: 1, max: v.rules.levels }),
      facility: fc.oneof({ weight: 8, arbitrary: fc.constant<Facility>("hospital") }, { weight: 2, arbitrary: fc.constantFrom<Facility>("pharmacy", "specialty") }),
      // Small bills that stay under a deductible, and large ones that run into caps and bands.
      amount: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 3_000_000 })),
      excludedShare: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }),
      classBShare: fc.integer({ min: 0, max: 100 }),
      designated: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      emergency: fc.boolean(),
      prescription: fc.boolean(),
      place: fc.oneof({ weight: 8, arbitrary: fc.constant<Place>("local") }, { weight: 2, arbitrary: fc.constantFrom<Place>("resident-elsewhere", "temporary-elsewhere") }),
      filed: fc.boolean(),
      directSettlement: fc.constantFrom(true, false, null),
      age: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 1, arbitrary: fc.constant(null) }),
      conditions: fc.subarray([...v.conditions]),
      /** The current-year account's balance stated with the visit, as `accountCurrent` in a batch line. */
      accountCurrent: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000 }) }),
    })
    .map(({ excludedShare, classBShare, accountCurrent, ...v }) => {
      const excluded = Math.floor((v.amount * excludedShare) / 100);
      const visit: Visit = { ...v, amount: v.amount as Fen, excluded: excluded as Fen, classB: Math.floor(((v.amount - excluded) * classBShare) / 100) as Fen };
      return { visit, accountCurrent: accountCurrent as Fen | null };
    });

/** What the person had used of the first year before the first visit, sometimes. */
const opening = fc.option(fc.record({ deductibleMet: fc.integer({ min: 0, max: 300_000 }), fundUsed: fc.integer({ min: 0, max: 1_000_000 }), accountCurrent: fc.option(fc.integer({ min: 0, max: 300_000 })) }));

const byName = new Map(versions.map((v) => [v.name, v]));
/** A version by its name (a counterexample names it), a person, a first year's opening, visits in date order. */
const sequence = fc.constantFrom(...byName.keys()).chain((name) =>
  fc.record({
    name: fc.constant(name),
    status: fc.constantFrom<Status>("in-service", "retired"),
    steps: fc.boolean(),
    opening,
    visits: fc.array(visitOf(byName.get(name) as Version), { minLength: 1, maxLength: 40 }).map((list) => [...list].sort((a, b) => (a.visit.date < b.visit.date ? -1 : a.visit.date > b.visit.date ? 1 : 0))),
  }),
);

/** The numbers of a full result, as `settleAmounts` gives them. */
function numbersOf(r: VisitResult): VisitAmounts {
  return {
    appliedLevel: r.appliedLevel,
    covered: r.covered,
    excluded: r.excluded,
    uncovered: r.uncovered,
    inPolicy: r.inPolicy,
    classBFirst: r.classBFirst,
    accountFirst: r.accountFirst,
    deductible: r.deductible,
    eligible: r.eligible,
    ratio: r.ratio === null ? null : r.ratio.bp,
    fundBeforeCap: r.fundBeforeCap,
    fundPaid: r.fundPaid,
    selfPaid: r.selfPaid,
    copay: r.copay,
    overCap: r.overCap,
    capRemaining: r.capRemaining,
    settlement: r.settlement,
  };
}

/** A settlement, or the gap it stopped at. */
function attempt<T>(settle: () => T): { readonly value: T } | { readonly gap: MissingValue } {
  try {
    return { value: settle() };
  } catch (error) {
    if (error instanceof MissingValue) return { gap: error };
    throw error;
  }
}

describe("the numbers alone", () => {
  it("cover every shipped version with its amounts and every example policy", () => {
    expect(versions.filter((v) => v.name.startsWith("example-")).length).toBeGreaterThanOrEqual(16);
    expect(versions.length - versions.filter((v) => v.name.startsWith("example-")).length).toBeGreaterThanOrEqual(18);
  });

  it("are the library's", () => {
    expect(library.settleAmounts).toBe(settleAmounts);
    expect(library.settleFacts).toBe(settleFacts);
    expect(library.ReasonLog).toBe(ReasonLog);
    expect(library.tallyFor).toBe(tallyFor);
  });

  it("are the full settlement's numbers, visit after visit, each path carrying its own year; with facts, its reasons too", () => {
    /** What the random sequences reached, so that a generator that stops reaching a case fails. */
    const seen = new Set<string>();
    /** One log for every visit of every run, as a caller that reuses it would. */
    const log = new ReasonLog();
    fc.assert(
      fc.property(sequence, ({ name, status, steps, opening: used, visits }) => {
        const rules = (byName.get(name) as Version).rules;
        const first = visits[0]?.visit;
        const start =
          used === null || first === undefined
            ? undefined
            : emptyYear(Number(first.date.slice(0, 4)), { deductibleMet: used.deductibleMet as Fen, fundUsed: used.fundUsed as Fen, level: first.level, accountCurrent: used.accountCurrent as Fen | null });
        let full: YearState | undefined = start;
        let tally: YearTally | undefined = start === undefined ? undefined : { ...start };
        let factsTally: YearTally | undefined = start === undefined ? undefined : { ...start };
        for (const { visit, accountCurrent } of visits) {
          const before = stateForVisit(full, visit.date);
          if (full !== undefined && before !== full) seen.add("a new year");
          const a = attempt(() => settleVisit(rules, status, visit, accountCurrent === null ? before : { ...before, accountCurrent }, { steps }));
          // A balance stated with a visit replaces the one carried, as `accountCurrent` does in a batch line.
          const year = tallyFor(tally, visit.date);
          const kept = { ...year };
          if (accountCurrent !== null) year.accountCurrent = accountCurrent;
          const b = attempt(() => settleAmounts(rules, status, visit, year));
          const factsYear = tallyFor(factsTally, visit.date);
          if (accountCurrent !== null) factsYear.accountCurrent = accountCurrent;
          const c = attempt(() => settleFacts(rules, status, visit, factsYear, log));
          if ("gap" in a) {
            seen.add("a value not given");
            expect("gap" in b ? { field: b.gap.field, gap: b.gap.gap, at: b.gap.at } : b.value, `${name} ${visit.date}`).toEqual({ field: a.gap.field, gap: a.gap.gap, at: a.gap.at });
            // Nothing of a visit that stops is booked.
            expect({ ...year, accountCurrent: kept.accountCurrent }).toEqual(kept);
            year.accountCurrent = kept.accountCurrent;
            tally = year;
            expect("gap" in c && c.gap.field).toBe(a.gap.field);
            expect(log.length, "a visit that stops leaves no reason behind").toBe(0);
            factsYear.accountCurrent = kept.accountCurrent;
            factsTally = factsYear;
            continue;
          }
          if ("gap" in b) throw new Error(`${name} ${visit.date}: the numbers alone stopped at ${b.gap.message}, the full settlement did not`);
          const r = a.value;
          expect(b.value, `${name} ${visit.date}`).toEqual(numbersOf(r));
          expect({ ...year }, `${name} ${visit.date}: the year after`).toEqual(r.after);
          expect(b.value).not.toHaveProperty("reasons");
          if ("gap" in c) throw new Error(`${name} ${visit.date}: the numbers with facts stopped at ${c.gap.message}, the full settlement did not`);
          expect(c.value, `${name} ${visit.date}: the numbers with facts`).toEqual(b.value);
          expect(log.list(), `${name} ${visit.date}: the reasons in the log`).toEqual(r.reasons.list());
          expect({ ...factsYear }).toEqual({ ...year });
          const codes = new Set(r.reasons.list().map((reason) => reason.code));
          if (!r.covered) seen.add("not covered");
          if (r.deductible > 0 && r.eligible > 0) seen.add("a deductible crossed");
          if (codes.has("DEDUCTIBLE_ALREADY_MET")) seen.add("a deductible already met");
          if (r.overCap > 0) seen.add("over the cap");
          if (codes.has("CAP_EXHAUSTED")) seen.add("a cap used up");
          if (codes.has("RATIO_PART")) seen.add("a band crossed");
          if (codes.has("SECOND_TIER_PAID")) seen.add("a second tier");
          if ((r.classBFirst ?? 0) > 0 || (r.accountFirst ?? 0) > 0) seen.add("paid first");
          if (r.settlement.mode !== "local") seen.add("elsewhere");
          full = r.after;
          tally = year;
          factsTally = factsYear;
        }
      }),
      { numRuns: 600 },
    );
    expect([...seen].sort()).toEqual(
      [
        "a band crossed",
        "a cap used up",
        "a deductible already met",
        "a deductible crossed",
        "a new year",
        "a second tier",
        "a value not given",
        "elsewhere",
        "not covered",
        "over the cap",
        "paid first",
      ].sort(),
    );
  });
});
