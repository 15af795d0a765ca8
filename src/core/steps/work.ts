/**
 * The working record of one visit as it passes through the steps of a settlement: what each step
 * has computed so far, and the facts (reasons and explain steps) recorded on the way. Each step
 * module reads what earlier steps set and writes its own part; nothing else is shared.
 */
import { type BasisPoints, type Fen, ZERO } from "../money.js";
import { ReasonLog } from "../reasons.js";
import type { Citation, Coordinates, Level, RatioCell, ReasonCode, ReasonValues, Rules, Settlement, Status, Step, Visit, YearState } from "../types.js";

/** A part of the eligible spending paid at one ratio (a visit crossing a band has several). */
export interface Segment {
  readonly eligible: Fen;
  readonly bp: BasisPoints;
  readonly cell: RatioCell;
  readonly band: Rules["ratio"]["bands"][number] | null;
  readonly fund: Fen;
}

/**
 * The working record is also the coordinates its tables are read at (`cellOf(table, w, …)`): the
 * level that applies (after the facility step), the status, and the visit's age.
 */
export interface Work extends Coordinates {
  readonly visit: Visit;
  readonly status: Status;
  readonly age: number | null;
  /** The year's accumulators before the visit. */
  readonly before: YearState;
  /**
   * Why the visit is not covered: the code of the first refusal, null while it is. Once a step
   * refuses the visit the amounts steps do not run. The refusals themselves, with their values, are
   * logged in `refusals` when the caller wants reasons (see `refuse`; null until the first).
   */
  refused: ReasonCode | null;
  refusals: ReasonLog | null;
  /** Why the visit settled as it did; null when the caller wants the amounts only: then no reason is even recorded. */
  readonly reasons: ReasonLog | null;
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
  /** The eligible spending in parts, each at its ratio (one part unless a band is crossed); the first gives the visit's ratio. */
  segments: readonly Segment[];
  fundBeforeCap: Fen;
  fundPaid: Fen;
  copay: Fen;
  overCap: Fen;
  selfPaid: Fen;
  /** The year's accumulators after the visit, as the steps set them (put together only once they are done). */
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
  /** The year's cap as the cap step read it (null: the city sets none); undefined when the step did not run. */
  cap: Fen | null | undefined;
}

/** No part yet (read-only by its type; not frozen, so that it reads like any list of parts). */
const NO_SEGMENTS: readonly Segment[] = [];

/** A step refuses the visit: the first refusal decides its code; each is logged when the caller wants reasons. */
export function refuse<C extends ReasonCode>(w: Work, code: C, cite: Citation | undefined, ...values: ReasonValues<C>): void {
  w.refused ??= code;
  if (w.reasons !== null) (w.refusals ??= new ReasonLog()).add(code, cite, ...values);
}

/**
 * The working record of a visit about to be settled against the year's accumulators `before`. Besides
 * the amounts it records the reasons into `reasons`, a log of the caller's, cleared first (null: no
 * reasons), and the arithmetic step by step when `steps` is true.
 */
export function startWork(visit: Visit, status: Status, before: YearState, reasons: ReasonLog | null, steps: boolean): Work {
  reasons?.clear();
  return {
    visit,
    status,
    age: visit.age,
    before,
    refused: null,
    refusals: null,
    reasons,
    steps: steps ? [] : null,
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
    segments: NO_SEGMENTS,
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
    cap: undefined,
  };
}
