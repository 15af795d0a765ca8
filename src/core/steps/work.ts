/**
 * The working record of one visit as it passes through the steps of a settlement: what each step
 * has computed so far, and the facts (reasons and explain steps) recorded on the way. Each step
 * module reads what earlier steps set and writes its own part; nothing else is shared.
 */
import { type BasisPoints, type Fen, ZERO } from "../money.js";
import type { Level, RatioCell, Reason, Rules, Settlement, Status, Step, Visit, YearState } from "../types.js";

/** A part of the eligible spending paid at one ratio (a visit crossing a band has several). */
export interface Segment {
  readonly eligible: Fen;
  readonly bp: BasisPoints;
  readonly cell: RatioCell;
  readonly band: Rules["ratio"]["bands"][number] | null;
  readonly fund: Fen;
}

export interface Work {
  readonly visit: Visit;
  readonly status: Status;
  /** The year's accumulators before the visit. */
  readonly before: YearState;
  /** Refusals: when a step adds one, the visit is not covered and the amounts steps do not run. */
  readonly refusals: Reason[];
  readonly reasons: Reason[];
  /** The arithmetic, step by step; null when the caller does not ask for it (a batch): then no step is even built. */
  readonly steps: Step[] | null;
  /** Whether the emergency exception for non-designated facilities holds for this visit. */
  emergencyException: boolean;
  /** The level whose deductible and ratio apply. */
  level: Level;
  excluded: Fen;
  /** In the catalogues, but the fund does not cover the visit. */
  uncovered: Fen;
  inPolicy: Fen;
  /** What is left of the in-policy amount for the deductible and the fund, after what is paid first. */
  poolable: Fen;
  classBFirst: Fen | null;
  accountFirst: Fen | null;
  deductible: Fen;
  eligible: Fen;
  ratio: { readonly value: string; readonly bp: BasisPoints } | null;
  /** The eligible spending in parts, each at its ratio (one part unless a band is crossed). */
  segments: readonly Segment[];
  fundBeforeCap: Fen;
  fundPaid: Fen;
  copay: Fen;
  overCap: Fen;
  selfPaid: Fen;
  /** The year's accumulators after the visit, as the steps set them (`settleVisit` puts them together). */
  deductibleMetAfter: Fen;
  deductibleMetByLevelAfter: YearState["deductibleMetByLevel"];
  fundUsedAfter: Fen;
  periodAfter: string;
  periodMetAfter: Fen;
  periodMetByLevelAfter: YearState["periodMetByLevel"];
  eligibleSpentAfter: Fen;
  secondTierUsedAfter: Fen;
  accountCurrentAfter: Fen | null;
  settlement: Settlement | null;
}

export function startWork(visit: Visit, status: Status, before: YearState, recordSteps = true): Work {
  return {
    visit,
    status,
    before,
    refusals: [],
    reasons: [],
    steps: recordSteps ? [] : null,
    emergencyException: false,
    level: visit.level,
    excluded: ZERO,
    uncovered: ZERO,
    inPolicy: ZERO,
    poolable: ZERO,
    classBFirst: null,
    accountFirst: null,
    deductible: ZERO,
    eligible: ZERO,
    ratio: null,
    segments: [],
    fundBeforeCap: ZERO,
    fundPaid: ZERO,
    copay: ZERO,
    overCap: ZERO,
    selfPaid: visit.amount,
    deductibleMetAfter: before.deductibleMet,
    deductibleMetByLevelAfter: before.deductibleMetByLevel,
    fundUsedAfter: before.fundUsed,
    periodAfter: before.period,
    periodMetAfter: before.periodMet,
    periodMetByLevelAfter: before.periodMetByLevel,
    eligibleSpentAfter: before.eligibleSpent,
    secondTierUsedAfter: before.secondTierUsed,
    accountCurrentAfter: before.accountCurrent,
    settlement: null,
  };
}
