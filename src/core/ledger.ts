/**
 * A person's ledger (个人台账): the year's accumulators (deductible met, what counts against the cap),
 * the balances of their own account and of a relative's shared account, and the running totals. One
 * ledger per person is all the state yibao keeps between visits, in `calc --input`, `batch`,
 * `compare --input` and `curve` alike. Its fields are plain numbers updated in place, so a batch of a
 * hundred thousand people keeps a hundred thousand small objects and no trail of old ones.
 *
 * The year's accumulators start afresh on 1 January (限额在当年使用,不能结转下一年度); balances and
 * totals carry across years.
 */
import { type Fen, ZERO, addFen, maxFen, minFen } from "./money.js";
import { emptyYear, yearOf } from "./settle.js";
import { capOf, capRemaining } from "./steps/cap.js";
import { type Coordinates, isGap, lookup } from "./table.js";
import type { Level, Rules, Status, VisitResult, YearState } from "./types.js";

/** What a person paid and the fund paid, over all visits so far. */
export interface Totals {
  readonly amount: Fen;
  /** Paid first by the current-year account, where the city has that rule. */
  readonly accountCurrentPaid: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly accountPaid: Fen;
  readonly familyPaid: Fen;
  readonly cashPaid: Fen;
}

/** One calendar year of a person, as it stood at its last visit. */
export interface YearSummary {
  readonly year: number;
  readonly deductibleMet: Fen;
  readonly fundUsed: Fen;
  /** null: the city sets no cap. */
  readonly cap: Fen | null;
  readonly capRemaining: Fen | null;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly amount: Fen;
}

/** Who paid the self-paid part of one visit, and the balances after it. */
export interface PaidParts {
  readonly accountCurrentPaid?: Fen;
  readonly accountPaid: Fen;
  readonly familyPaid: Fen;
  readonly cashPaid: Fen;
  readonly after: { readonly account: Fen | null; readonly family: { readonly balance: Fen; readonly limitLeft: Fen | null } | null };
}

/** What the person had already used in the year of their first visit (`--deductible-met`, `--fund-used`). */
export interface Opening {
  readonly deductibleMet?: Fen;
  readonly fundUsed?: Fen;
  /** The current-year account's balance before the first visit (`--account-current`). */
  readonly accountCurrent?: Fen;
}

/**
 * The most the opening values can be under the rules of the first visit: the year's cap (null when
 * there is none); and the deductible a year can hold (the highest level's when the levels share one
 * accumulator, the first visit's level's when each has its own, the yearly ceiling where there is
 * one). `null`: nothing already met carries into a visit (per visit, per day or per month, with no
 * yearly ceiling).
 */
export function openingLimits(rules: Rules, at: Coordinates): { readonly fundUsed: Fen | null; readonly deductibleMet: Fen | null } {
  const d = rules.deductible;
  const threshold = (level: Level): Fen => {
    const cell = lookup(d.amount, { ...at, level });
    return isGap(cell) ? ZERO : cell.value;
  };
  let deductibleMet: Fen | null;
  if (d.period !== "year") deductibleMet = d.yearlyCeiling;
  else if (d.accumulator === "per-level") deductibleMet = d.yearlyCeiling === null ? threshold(at.level) : maxFen(threshold(at.level), d.yearlyCeiling);
  else {
    let most = ZERO;
    for (let level = 1; level <= rules.levels; level++) most = maxFen(most, threshold(level));
    deductibleMet = most;
  }
  if (deductibleMet !== null && d.yearlyCeiling !== null && d.period === "year" && d.accumulator === "per-level") deductibleMet = minFen(deductibleMet, d.yearlyCeiling);
  return { fundUsed: capOf(rules.cap, at), deductibleMet };
}

/** Copies a year's accumulators into another object, field by field (Object.assign is several times slower). */
function copyYear(to: { -readonly [K in keyof YearState]: YearState[K] }, from: YearState): void {
  to.year = from.year;
  to.deductibleMet = from.deductibleMet;
  to.deductibleMetByLevel = from.deductibleMetByLevel;
  to.fundUsed = from.fundUsed;
  to.period = from.period;
  to.periodMet = from.periodMet;
  to.periodMetByLevel = from.periodMetByLevel;
  to.eligibleSpent = from.eligibleSpent;
  to.secondTierUsed = from.secondTierUsed;
  to.accountCurrent = from.accountCurrent;
}

/** A date "YYYY-MM-DD" as the number yyyymmdd, read from its digits: later dates are larger. */
export function dayOf(date: string): number {
  let day = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) day = day * 10 + (date.charCodeAt(i) - 48);
  return day;
}

/** The number yyyymmdd as the date "YYYY-MM-DD". */
export function dateOfDay(day: number): string {
  const text = String(day).padStart(8, "0");
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
}

export class Ledger {
  /** The year's accumulators as the last visit left them; undefined before the first visit. */
  private state: YearState | undefined;
  /** The accumulators a ledger that keeps no years holds, updated in place. */
  private kept: { -readonly [K in keyof YearState]: YearState[K] } | undefined;
  private yearAmount: Fen = ZERO;
  private yearFundPaid: Fen = ZERO;
  private yearSelfPaid: Fen = ZERO;
  /** The rules and the person of the year's last visit, for the year's cap. */
  private yearRules: Rules | undefined;
  private yearAt: Coordinates = { level: 1, status: "in-service", age: null };
  private opening: Opening | undefined;
  /**
   * The day of the last visit recorded, as the number yyyymmdd (`dayOf`): a number, where the date's
   * text would keep each line's string alive in every person's ledger until their next visit.
   */
  lastDay: number | undefined;
  /** Own personal account balance; null until one is given. */
  account: Fen | null = null;
  /** A relative's shared balance and the limit left for this person; null until a binding is given. */
  family: { balance: Fen; limitLeft: Fen | null } | null = null;
  /** Running totals over all visits; kept with the years only (a batch keeps its own, for everyone). */
  private readonly sums: { -readonly [K in keyof Totals]: Fen } | undefined;
  /** Closed years, kept only when asked for (one person's calculation); a batch keeps none. */
  private readonly closed: YearSummary[] | undefined;

  constructor(options: { readonly opening?: Opening; readonly keepYears?: boolean } = {}) {
    this.opening = options.opening;
    this.closed = options.keepYears === true ? [] : undefined;
    this.sums = options.keepYears === true ? { amount: ZERO, fundPaid: ZERO, selfPaid: ZERO, accountCurrentPaid: ZERO, accountPaid: ZERO, familyPaid: ZERO, cashPaid: ZERO } : undefined;
  }

  /** Running totals over all visits (a ledger that keeps only the current year, in a batch, keeps none: zero). */
  get totals(): Totals {
    return this.sums === undefined ? { amount: ZERO, fundPaid: ZERO, selfPaid: ZERO, accountCurrentPaid: ZERO, accountPaid: ZERO, familyPaid: ZERO, cashPaid: ZERO } : { ...this.sums };
  }

  /**
   * The accumulators a visit on `date` at `level` settles against: this year's, or fresh ones on
   * 1 January. The opening values go to the year of the first visit (and, for per-level deductibles,
   * to the level of that visit). Nothing changes until the visit is recorded.
   */
  yearState(date: string, level: Level): YearState {
    const year = yearOf(date);
    if (this.state !== undefined && this.state.year === year) return this.state;
    const opening = this.opening;
    return emptyYear(year, {
      deductibleMet: opening?.deductibleMet ?? ZERO,
      fundUsed: opening?.fundUsed ?? ZERO,
      accountCurrent: opening?.accountCurrent ?? null,
      ...(opening?.deductibleMet === undefined ? {} : { level }),
    });
  }

  /** Books a settled visit and who paid for it. */
  record(rules: Rules, status: Status, result: VisitResult, paid: PaidParts): void {
    const after = result.after;
    if (this.state?.year !== after.year) this.startYear();
    if (this.closed !== undefined) this.state = after;
    else {
      // A ledger that keeps no years (a batch: each result is written before the person's next
      // visit) copies the year's accumulators into one object of its own, so that a visit's result
      // dies young instead of living on, among a hundred thousand people's, until their next visit.
      if (this.kept === undefined || this.kept === after) this.kept = { ...after };
      else copyYear(this.kept, after);
      this.state = this.kept;
    }
    this.yearAmount = addFen(this.yearAmount, result.visit.amount);
    this.yearFundPaid = addFen(this.yearFundPaid, result.fundPaid);
    this.yearSelfPaid = addFen(this.yearSelfPaid, result.selfPaid);
    this.yearRules = rules;
    if (this.closed === undefined) {
      const at = this.yearAt as { level: Level; status: Status; age: number | null };
      at.level = result.appliedLevel;
      at.status = status;
      at.age = result.visit.age;
    } else this.yearAt = { level: result.appliedLevel, status, age: result.visit.age };
    this.lastDay = dayOf(result.visit.date);
    const s = this.sums;
    if (s !== undefined) {
      s.amount = addFen(s.amount, result.visit.amount);
      s.fundPaid = addFen(s.fundPaid, result.fundPaid);
      s.selfPaid = addFen(s.selfPaid, result.selfPaid);
      s.accountCurrentPaid = addFen(s.accountCurrentPaid, paid.accountCurrentPaid ?? ZERO);
      s.accountPaid = addFen(s.accountPaid, paid.accountPaid);
      s.familyPaid = addFen(s.familyPaid, paid.familyPaid);
      s.cashPaid = addFen(s.cashPaid, paid.cashPaid);
    }
    this.account = paid.after.account;
    if (paid.after.family !== null) this.family = { balance: paid.after.family.balance, limitLeft: paid.after.family.limitLeft };
  }

  /** Every year with a visit, the current one included (only when the ledger keeps years). */
  years(): readonly YearSummary[] {
    const current = this.summary();
    return [...(this.closed ?? []), ...(current === undefined ? [] : [current])];
  }

  private summary(): YearSummary | undefined {
    const state = this.state;
    if (state === undefined || this.yearRules === undefined) return undefined;
    return {
      year: state.year,
      deductibleMet: state.deductibleMet,
      fundUsed: state.fundUsed,
      cap: capOf(this.yearRules.cap, this.yearAt),
      capRemaining: capRemaining(this.yearRules.cap, this.yearAt, state),
      fundPaid: this.yearFundPaid,
      selfPaid: this.yearSelfPaid,
      amount: this.yearAmount,
    };
  }

  private startYear(): void {
    if (this.closed !== undefined) {
      const done = this.summary();
      if (done !== undefined) this.closed.push(done);
    }
    // The opening values belong to the first year only; the visit's own result carries them.
    this.opening = undefined;
    this.yearAmount = ZERO;
    this.yearFundPaid = ZERO;
    this.yearSelfPaid = ZERO;
  }
}
