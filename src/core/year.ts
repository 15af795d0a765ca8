/**
 * Settles a person's visits in date order, carrying the year's accumulators from visit to visit and
 * starting afresh on 1 January (限额在当年使用,不能结转下一年度).
 */
import type { Fen } from "./money.js";
import { capRemaining, emptyYear, settleVisit, stateForVisit, yearOf } from "./settle.js";
import type { Rules, Status, Visit, VisitResult, YearState } from "./types.js";

export interface SequencedVisit {
  readonly visit: Visit;
  /** The rules of the policy version in force on the visit's date. */
  readonly rules: Rules;
  /** Position in the caller's input, kept so results can be matched back. */
  readonly index: number;
}

export interface YearSummary {
  readonly year: number;
  readonly deductibleMet: Fen;
  readonly fundUsed: Fen;
  readonly cap: Fen;
  readonly capRemaining: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly amount: Fen;
}

export interface SequenceResult {
  readonly results: readonly (VisitResult & { readonly index: number })[];
  readonly years: readonly YearSummary[];
}

/** Stable sort by date: visits on the same day keep their input order. */
export function inDateOrder<T extends { readonly visit: Visit; readonly index: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.visit.date < b.visit.date ? -1 : a.visit.date > b.visit.date ? 1 : a.index - b.index));
}

/**
 * @param opening what the person had already used in the year of the first visit
 *   (`--deductible-met`, `--fund-used`); later years start from nothing.
 */
export function settleSequence(
  items: readonly SequencedVisit[],
  status: Status,
  opening?: { readonly deductibleMet?: Fen; readonly fundUsed?: Fen },
): SequenceResult {
  const ordered = inDateOrder(items);
  const first = ordered[0];
  const results: (VisitResult & { index: number })[] = [];
  const years: YearSummary[] = [];
  let state: YearState | undefined =
    first === undefined ? undefined : emptyYear(yearOf(first.visit.date), { ...opening, level: first.visit.level });
  let current: { year: number; fundPaid: Fen; selfPaid: Fen; amount: Fen; rules: Rules } | undefined;

  const close = () => {
    if (current === undefined || state === undefined) return;
    years.push({
      year: current.year,
      deductibleMet: state.deductibleMet,
      fundUsed: state.fundUsed,
      cap: current.rules.cap.byStatus[status].value,
      capRemaining: capRemaining(current.rules, status, state),
      fundPaid: current.fundPaid,
      selfPaid: current.selfPaid,
      amount: current.amount,
    });
  };

  for (const item of ordered) {
    const year = yearOf(item.visit.date);
    if (current !== undefined && current.year !== year) {
      close();
      current = undefined;
    }
    const before = stateForVisit(state, item.visit.date);
    const result = settleVisit(item.rules, status, item.visit, before);
    state = result.after;
    current ??= { year, fundPaid: 0, selfPaid: 0, amount: 0, rules: item.rules };
    current.fundPaid += result.fundPaid;
    current.selfPaid += result.selfPaid;
    current.amount += item.visit.amount;
    current.rules = item.rules;
    results.push({ ...result, index: item.index });
  }
  close();
  return { results, years };
}
