/**
 * The same bill, or the same year of visits, settled in several cities by `calculate`, for each
 * level and status unless fixed, ranked by what the person pays.
 */
import { type Calculation, type VisitInput, calculate } from "./calculate.js";
import { type Fen, ZERO, minFen, subFen } from "../core/money.js";
import type { Status } from "../core/types.js";
import { YibaoError, arg } from "../shared/errors.js";
import { parseDate, parseMoney, parseStatus } from "../policy/inputs.js";
import { type Registry, findCity } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import { type Skipped, nothingComputed, skippedFor, unusable } from "./usable.js";

export type { Skipped };

export interface CompareRequest {
  /** Cities by any name; all loaded cities with complete parameters on the date when empty. */
  readonly cities: readonly string[];
  /** One status, or both when absent. */
  readonly type?: string | undefined;
  /** One bill: its amount, the part outside the catalogues, its level (all three when absent). */
  readonly bill?: { readonly amount: string; readonly excluded?: string | undefined; readonly level?: string | undefined; readonly date: string };
  /** Or a year of one person's visits. */
  readonly visits?: readonly VisitInput[];
  readonly file?: string | undefined;
  /** The person's age or birth date, for cities that set values by age. */
  readonly person?: { readonly age?: string | undefined; readonly birthDate?: string | undefined };
}

export interface CompareRow {
  readonly policy: Policy;
  readonly status: Status;
  /** The level of the bill, 1–3, with the city's name for it; null for a year of visits. */
  readonly level: {
    /** The city's level (the place of its category, from 1). */
    readonly level: number;
    /** Which of the levels asked for (一级, 二级, 三级, or the one given) the row answers: rows are ranked within it. */
    readonly asked: number;
    readonly label: { readonly zh: string; readonly en: string };
    /** Set when reading the plain level as this city's name for it is an interpretation (Shanxi fee classes). */
    readonly interpretation?: string;
  } | null;
  readonly amount: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  /** What the person pays above the cheapest city for the same level and status. */
  readonly differenceToBest: Fen;
  readonly policyVersion: string;
}


export interface Comparison {
  readonly date: string | null;
  /** The bill as parsed, or null for a year of visits. */
  readonly bill: { readonly amount: Fen; readonly excluded: Fen; readonly level: string | null } | null;
  /** The statuses settled: one when `type` was given, both otherwise. */
  readonly statuses: readonly Status[];
  /** The cities considered (compared or skipped), by id, named or by default. */
  readonly cities: readonly string[];
  readonly rows: readonly CompareRow[];
  readonly skipped: readonly Skipped[];
}

const STATUSES: readonly Status[] = ["in-service", "retired"];


/** A failure in one city, named, so that a person knows which city did not take the input. */
function inCityError(policy: Policy, error: unknown): unknown {
  return error instanceof YibaoError ? new YibaoError("IN_CITY", { city: policy.name.zh, cityId: policy.id, cause: error }) : error;
}

/**
 * Adds a reason for skipping a city unless it is said already: a city without the common grades
 * lacks them all, for both statuses, and a city that needs an age needs it at every level.
 */
function skipOnce(skipped: Skipped[], why: Skipped): void {
  const said = skipped.some((k) => k.policy === why.policy && k.reason === why.reason && (why.reason === "level" || why.reason === "age" || (k.level === why.level && k.status === why.status)));
  if (!said) skipped.push(why);
}

/** The levels a bill is compared at when none is given: the common grades every city is asked in. */
const LEVELS_ASKED = ["1", "2", "3"] as const;

export function compare(registry: Registry, r: CompareRequest): Comparison {
  const statuses = r.type === undefined ? STATUSES : [parseStatus(r.type)];
  // The bill itself is checked once, before any city: a bad amount is not one city's problem.
  const bill =
    r.bill === undefined
      ? null
      : {
          amount: parseMoney(r.bill.amount, arg("amount")),
          excluded: r.bill.excluded === undefined ? ZERO : parseMoney(r.bill.excluded, arg("excluded")),
          level: r.bill.level ?? null,
        };
  if (bill !== null && bill.excluded > bill.amount) throw new YibaoError("EXCLUDED_OVER_AMOUNT", { excluded: String(r.bill?.excluded), amount: String(r.bill?.amount) });
  const dates = r.bill !== undefined ? [parseDate(r.bill.date)] : (r.visits ?? []).map((v) => v.date);
  if (dates.length === 0) throw new YibaoError("INPUT_EMPTY", { file: r.file ?? "" });
  const explicit = r.cities.length > 0;
  const candidates = explicit ? [...new Map(r.cities.map((c) => findCity(registry, c)).map((p) => [p.id, p])).values()] : registry.policies;
  const skipped: Skipped[] = [];
  const usable = candidates.filter((policy) => {
    const why = dates.map((d) => unusable(policy, d)).find((s) => s !== null) ?? null;
    if (why !== null) skipped.push(why);
    return why === null;
  });
  if (usable.length === 0) throw nothingComputed("compare", r.bill?.date ?? null, skipped);
  const settled: Omit<CompareRow, "differenceToBest">[] = [];
  const row = (policy: Policy, status: Status, calc: Calculation, level: CompareRow["level"]) =>
    settled.push({
      policy,
      status,
      level,
      amount: calc.totals.amount,
      fundPaid: calc.totals.fundPaid,
      selfPaid: calc.totals.selfPaid,
      policyVersion: calc.visits[calc.visits.length - 1]?.version.id ?? "",
    });
  const person = {
    ...(r.person?.age === undefined ? {} : { age: r.person.age }),
    ...(r.person?.birthDate === undefined ? {} : { birthDate: r.person.birthDate }),
  };
  for (const policy of usable) {
    for (const status of statuses) {
      if (r.bill !== undefined) {
        const bill = r.bill;
        LEVELS_ASKED.forEach((level, asked) => {
          if (bill.level !== undefined && asked > 0) return;
          const typed = bill.level ?? level;
          let calc: Calculation;
          try {
            calc = calculate(registry, { city: policy.id, type: status, visits: [{ date: bill.date, level: typed, amount: bill.amount, excluded: bill.excluded, ...person }] });
          } catch (error) {
            const why = skippedFor(policy, bill.date, error, { level: typed, status });
            if (why === null) throw inCityError(policy, error);
            skipOnce(skipped, why);
            return;
          }
          const v = calc.visits[0];
          const interpretation = v?.level.cite?.interpretation;
          row(policy, status, calc, v === undefined ? null : { level: v.result.visit.level, asked, label: v.level.label, ...(interpretation === undefined ? {} : { interpretation }) });
        });
      } else {
        const visits = r.visits ?? [];
        try {
          row(policy, status, calculate(registry, { city: policy.id, type: status, visits, file: r.file }), null);
        } catch (error) {
          // A city whose sources leave out a value these visits need, or that needs an age not given, is skipped with the reason.
          const why = skippedFor(policy, visits[0]?.date ?? "", error, { status });
          if (why === null) throw inCityError(policy, error);
          skipOnce(skipped, why);
        }
      }
    }
  }
  const group = (x: { status: Status; level: CompareRow["level"] }) => `${x.level?.asked ?? 0}/${x.status}`;
  const best = new Map<string, Fen>();
  for (const s of settled) {
    const seen = best.get(group(s));
    best.set(group(s), seen === undefined ? s.selfPaid : minFen(seen, s.selfPaid));
  }
  const rows = settled
    .map((s): CompareRow => ({ ...s, differenceToBest: subFen(s.selfPaid, best.get(group(s)) ?? s.selfPaid) }))
    .sort(
      (a, b) =>
        (a.level?.asked ?? 0) - (b.level?.asked ?? 0) ||
        STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
        a.selfPaid - b.selfPaid ||
        a.policy.id.localeCompare(b.policy.id),
    );
  return { date: r.bill?.date ?? null, bill, statuses, cities: candidates.map((p) => p.id), rows, skipped };
}
