/**
 * Settles one general outpatient visit (普通门诊统筹) under a compiled policy version by running the
 * steps of its plan in order (coverage → facility → excluded → paid-first → deductible → ratio →
 * cap → self-paid → settlement, those a city has), each a module of `steps/`. A refusal at coverage
 * ends the amounts: the visit is not covered and only its settlement mode is decided. `settleVisit`
 * records why, as facts; `settleFacts` gives the numbers with the reasons in a compact log;
 * `settleAmounts` runs the same steps recording nothing, for the numbers alone.
 */
import * as f from "./facts.js";
import { type Fen, ZERO, subFen } from "./money.js";
import { cap, capLeft, capOf, capRemaining } from "./steps/cap.js";
import { coverage } from "./steps/coverage.js";
import { deductible } from "./steps/deductible.js";
import { excluded } from "./steps/excluded.js";
import { paidFirst } from "./steps/paid-first.js";
import { facility } from "./steps/facility.js";
import { ratio, ratioOf } from "./steps/ratio.js";
import { selfPaid } from "./steps/self-paid.js";
import { settlement } from "./steps/settlement.js";
import { ReasonLog } from "./reasons.js";
import { type Work, startWork } from "./steps/work.js";
import type { Level, PlannedStep, Rules, Settlement, Status, Step, Visit, VisitAmounts, VisitResult, YearState, YearTally } from "./types.js";

export { capRemaining };

/** No level has met any deductible yet. Read-only by its type (not frozen: read by level on every visit, a frozen object is slower to read). */
const NONE: Readonly<Record<number, Fen>> = {};

export function emptyYear(year: number, used?: { deductibleMet?: Fen; fundUsed?: Fen; level?: Level; accountCurrent?: Fen | null }): YearState {
  const met = used?.deductibleMet ?? ZERO;
  return {
    year,
    deductibleMet: met,
    deductibleMetByLevel: used?.level === undefined ? NONE : { [used.level]: met },
    fundUsed: used?.fundUsed ?? ZERO,
    period: "",
    periodMet: ZERO,
    periodMetByLevel: NONE,
    eligibleSpent: ZERO,
    secondTierUsed: ZERO,
    accountCurrent: used?.accountCurrent ?? null,
  };
}

/** The year of a date "YYYY-MM-DD", read from its digits. */
export function yearOf(date: string): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

/** The accumulators to use for a visit: the same year's, or fresh ones on 1 January. */
export function stateForVisit(state: YearState | undefined, date: string): YearState {
  const year = yearOf(date);
  return state !== undefined && state.year === year ? state : emptyYear(year);
}

/** The tally to settle a visit on `date` against with `settleAmounts`: `tally` itself in the same year, a fresh one on 1 January. */
export function tallyFor(tally: YearTally | undefined, date: string): YearTally {
  const year = yearOf(date);
  return tally !== undefined && tally.year === year ? tally : emptyYear(year);
}

const NO_STEPS: readonly Step[] = [];

function run(w: Work, step: PlannedStep): void {
  switch (step.step) {
    case "coverage":
      return coverage(w, step);
    case "facility":
      return facility(w, step);
    case "excluded":
      return excluded(w);
    case "paid-first":
      return paidFirst(w, step);
    case "deductible":
      return deductible(w, step);
    case "ratio":
      return ratio(w, step);
    case "cap":
      return cap(w, step);
    case "self-paid":
      return selfPaid(w);
    case "settlement":
      return settlement(w, step);
  }
}

/**
 * Runs the plan's steps in order: the one settlement that `settleVisit`, `settleFacts` and
 * `settleAmounts` read their results from. Reasons go to `reasons` (null: none); on a refusal the
 * log holds the refusals only.
 */
function settle(rules: Rules, status: Status, visit: Visit, state: YearState, reasons: ReasonLog | null, steps: boolean): Work {
  const w = startWork(visit, status, state, reasons, steps);
  // A city that has these rules always shows them, 0 on a visit that does not use them.
  if (rules.classB !== null) w.classBFirst = ZERO;
  if (rules.accountFirst !== null) w.accountFirst = ZERO;
  for (const step of rules.plan) {
    if (w.refused !== null && step.step !== "settlement") continue;
    run(w, step);
  }
  if (w.refused !== null) {
    // Not covered: the whole amount is self-paid; what is in the catalogues stays apart from what is not.
    w.excluded = visit.excluded;
    w.uncovered = subFen(visit.amount, visit.excluded);
    w.selfPaid = visit.amount;
    if (reasons !== null && w.refusals !== null) reasons.copy(w.refusals);
  }
  return w;
}

/** What is left of the year's cap after the visit: of the cap the cap step read, or the table's for a visit not covered. */
const capAfter = (rules: Rules, w: Work, after: YearState): Fen | null => capLeft(w.cap === undefined ? capOf(rules.cap, w) : w.cap, after);

/** The year's accumulators after the visit: as the steps left them, or as they were for a visit not covered. */
function yearAfter(w: Work): YearState {
  if (w.refused !== null) return w.before;
  return {
    year: w.before.year,
    deductibleMet: w.deductibleMetAfter,
    deductibleMetByLevel: w.deductibleMetByLevelAfter,
    fundUsed: w.fundUsedAfter,
    period: w.periodAfter,
    periodMet: w.periodMetAfter,
    periodMetByLevel: w.periodMetByLevelAfter,
    eligibleSpent: w.eligibleSpentAfter,
    secondTierUsed: w.secondTierUsedAfter,
    accountCurrent: w.accountCurrentAfter,
  };
}

/** Adds a covered visit to a tally, in place: the accumulators as the steps left them. */
function book(w: Work, tally: YearTally): void {
  tally.deductibleMet = w.deductibleMetAfter;
  tally.deductibleMetByLevel = w.deductibleMetByLevelAfter;
  tally.fundUsed = w.fundUsedAfter;
  tally.period = w.periodAfter;
  tally.periodMet = w.periodMetAfter;
  tally.periodMetByLevel = w.periodMetByLevelAfter;
  tally.eligibleSpent = w.eligibleSpentAfter;
  tally.secondTierUsed = w.secondTierUsedAfter;
  tally.accountCurrent = w.accountCurrentAfter;
}

const settlementOf = (w: Work): Settlement => w.settlement ?? { mode: "local", atCounter: w.selfPaid, reimbursedLater: ZERO, actions: [] };

/**
 * Settles one visit. `state` must be the accumulators of the visit's calendar year
 * (see `stateForVisit`); the result carries the accumulators after the visit, and the facts that
 * say why: its reasons and, unless `steps` is false, its arithmetic step by step.
 */
export function settleVisit(rules: Rules, status: Status, visit: Visit, state: YearState, options: { readonly steps?: boolean } = {}): VisitResult {
  const reasons = new ReasonLog();
  const w = settle(rules, status, visit, state, reasons, options.steps !== false);
  const after = yearAfter(w);
  const refused = w.refused !== null;
  const firstCite = refused ? reasons.cite(0) : undefined;
  return {
    visit,
    appliedLevel: w.level,
    covered: !refused,
    excluded: w.excluded,
    uncovered: w.uncovered,
    inPolicy: w.inPolicy,
    classBFirst: w.classBFirst,
    accountFirst: w.accountFirst,
    deductible: w.deductible,
    eligible: w.eligible,
    ratio: ratioOf(w.segments),
    fundBeforeCap: w.fundBeforeCap,
    fundPaid: w.fundPaid,
    selfPaid: w.selfPaid,
    copay: w.copay,
    overCap: w.overCap,
    reasons,
    steps:
      w.steps === null
        ? NO_STEPS
        : refused
          ? [{ code: "NOT_COVERED", values: { amount: f.fen(visit.amount) }, result: visit.amount, ...(firstCite === undefined ? {} : { cite: firstCite }) }]
          : w.steps,
    after,
    capRemaining: capAfter(rules, w, after),
    settlement: settlementOf(w),
  };
}

/**
 * Settles one visit for a caller that wants only the numbers: the same steps as `settleVisit` give
 * the same amounts, but none of them records a reason or a step, and nothing is put into words.
 * `tally` is the person's year (see `tallyFor`): a covered visit is added to it in place, so that a
 * run of many people's visits leaves no trail of year states behind; a visit not covered, or one
 * that stops at a value the policy does not give (MissingValue), leaves it as it was.
 */
export function settleAmounts(rules: Rules, status: Status, visit: Visit, tally: YearTally): VisitAmounts {
  return amountsOf(rules, settle(rules, status, visit, tally, null, false), tally);
}

/**
 * Settles one visit for a caller that wants the numbers and why, as compact typed facts: the amounts
 * of `settleAmounts` (the year tallied in place the same way), and the visit's reasons recorded in
 * `log`, which is cleared first and may be reused from one visit to the next (a visit that stops
 * leaves it empty): the reasons `settleVisit` gives. `code`, `cite` and `value` read them without
 * making objects.
 */
export function settleFacts(rules: Rules, status: Status, visit: Visit, tally: YearTally, log: ReasonLog): VisitAmounts {
  try {
    return amountsOf(rules, settle(rules, status, visit, tally, log, false), tally);
  } catch (error) {
    // A visit that stops at a value the policy does not give (MissingValue) leaves no reason behind.
    log.clear();
    throw error;
  }
}

/** The amounts of a settled visit; a covered visit is added to `tally` first. */
function amountsOf(rules: Rules, w: Work, tally: YearTally): VisitAmounts {
  const covered = w.refused === null;
  if (covered) book(w, tally);
  return {
    appliedLevel: w.level,
    covered,
    excluded: w.excluded,
    uncovered: w.uncovered,
    inPolicy: w.inPolicy,
    classBFirst: w.classBFirst,
    accountFirst: w.accountFirst,
    deductible: w.deductible,
    eligible: w.eligible,
    ratio: w.segments[0]?.bp ?? null,
    fundBeforeCap: w.fundBeforeCap,
    fundPaid: w.fundPaid,
    selfPaid: w.selfPaid,
    copay: w.copay,
    overCap: w.overCap,
    capRemaining: capAfter(rules, w, tally),
    settlement: settlementOf(w),
  };
}
