/**
 * How the fund's payment grows with a year's outpatient spending, for a city, status and level.
 * Every point is settled by `calculate`, the same computation as `calc`: a year's spending S is a
 * year of visits on one date (one visit of S, or visits of a given size), and the marks (where the
 * deductible is met, where the cap is reached) are found exactly, to the fen, by bisection.
 */
import { type Fen, ZERO, addFen, fen, sumFen, formatYuan, maxFen, minFen, subFen } from "../core/money.js";
import { type Calculation, calculate } from "./calculate.js";
import type { Status } from "../core/types.js";
import { YibaoError, arg } from "../shared/errors.js";
import { type ResolvedLevel, parseDate, parseMoney, parseStatus } from "../policy/inputs.js";
import { type Registry, findCity } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import { type Skipped, nothingComputed, skippedFor, unusable } from "./usable.js";

export interface CurveRequest {
  readonly cities: readonly string[];
  readonly type: string;
  readonly level: string;
  readonly date: string;
  /** Upper bound of spending, in yuan; default the latest cap point plus half of it. */
  readonly to?: string | undefined;
  /** Distance between points, in yuan; default about 60 points up to the bound. */
  readonly step?: string | undefined;
  /** The year's spending as visits of this size (the last one the remainder); default one visit. */
  readonly visitSize?: string | undefined;
  /** The person's age or birth date, for cities that set values by age. */
  readonly person?: { readonly age?: string | undefined; readonly birthDate?: string | undefined };
}

export interface CurvePoint {
  readonly spending: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
}

export interface CityCurve {
  readonly policy: Policy;
  readonly status: Status;
  readonly level: ResolvedLevel;
  /** null: the city sets no cap. */
  readonly cap: Fen | null;
  /** The spending at which the deductible is met (the fund pays on every fen above it); null if never. */
  readonly deductibleAt: Fen | null;
  /** The least spending at which the fund has paid the whole cap; null if not within the search. */
  readonly capAt: Fen | null;
  /** The spending up to which the marks were searched: a null mark is not reached below it. */
  readonly searchedTo: Fen;
  readonly points: readonly CurvePoint[];
}

export interface Curve {
  readonly date: string;
  readonly to: Fen;
  readonly step: Fen;
  readonly visitSize: Fen | null;
  readonly cities: readonly CityCurve[];
  /** The cities named that cannot settle on the date (no version in force, parameters not published). */
  readonly skipped: readonly Skipped[];
}

/** Points drawn when no step is given. */
export const DEFAULT_POINTS = 60;
/** Spending searched for the cap point: up to 10 million yuan, and at most this many visits. */
const SEARCH_LIMIT = fen(1_000_000_000);
const MAX_VISITS = 5_000;
/**
 * Visits settled for one city's points, counted as if every point were the last (an upper bound):
 * the default bound and step stay below it (about 64 points of at most 7,500 visits), so that only
 * a very fine `--step` with small visits, which would run for minutes, is refused.
 */
export const MAX_WORK = 1_000_000;
/** The spending searched for a city with no cap: 10,000 yuan. */
const NO_CAP_SPAN = fen(1_000_000);

/** A year of spending as visits: one of S, or visits of `size` with the remainder last. */
function visitsOf(spending: Fen, size: Fen | null, date: string, level: string, person: { readonly age?: string; readonly birthDate?: string }) {
  const amounts: Fen[] = [];
  if (size === null || spending <= size) amounts.push(spending);
  else {
    for (let left = spending; left > 0; left = subFen(left, size)) amounts.push(minFen(size, left));
  }
  return amounts.map((amount) => ({ date, level, amount: formatYuan(amount), ...person }));
}

/** The least fen in [lo, hi] where `test` holds, for a test that never turns false again; null if none. */
function firstWhere(lo: Fen, hi: Fen, test: (s: Fen) => boolean): Fen | null {
  if (!test(hi)) return null;
  while (lo < hi) {
    const mid = fen(Math.floor((lo + hi) / 2));
    if (test(mid)) hi = mid;
    else lo = fen(mid + 1);
  }
  return lo;
}

function cityCurve(registry: Registry, policy: Policy, r: CurveRequest, size: Fen | null) {
  const person = {
    ...(r.person?.age === undefined ? {} : { age: r.person.age }),
    ...(r.person?.birthDate === undefined ? {} : { birthDate: r.person.birthDate }),
  };
  const settle = (spending: Fen): Calculation =>
    calculate(registry, { city: policy.id, type: r.type, visits: visitsOf(spending, size, r.date, r.level, person) });
  const first = settle(ZERO);
  // null: the city sets no cap; the curve then runs over a fixed span.
  const cap = first.years[0]?.cap ?? null;
  const eligible = (c: Calculation) => sumFen(c.visits.map((v) => v.result.eligible));
  // The cap point: double the bound until the fund reaches the cap, then bisect.
  const limit = size === null ? SEARCH_LIMIT : minFen(SEARCH_LIMIT, fen(size * MAX_VISITS));
  let hi = minFen(cap === null ? NO_CAP_SPAN : fen(100_000), limit);
  while (cap !== null && hi < limit && settle(hi).totals.fundPaid < cap) hi = minFen(fen(hi * 2), limit);
  const capAt = cap === null ? null : firstWhere(ZERO, hi, (s) => settle(s).totals.fundPaid >= cap);
  const met = firstWhere(ZERO, hi, (s) => eligible(settle(s)) > 0);
  return { first, cap, capAt, deductibleAt: met === null ? null : fen(met - 1), searchedTo: hi, settle };
}

export function curve(registry: Registry, r: CurveRequest): Curve {
  if (r.cities.length === 0) throw new YibaoError("MISSING_OPTION", { fields: ["city"] });
  parseStatus(r.type);
  const date = parseDate(r.date);
  const size = r.visitSize === undefined ? null : parseMoney(r.visitSize, arg("visitSize"));
  if (size === 0) throw new YibaoError("INVALID_VALUE", { field: arg("visitSize"), value: String(r.visitSize), kind: "positive", accepted: [] });
  const policies = [...new Map(r.cities.map((name) => findCity(registry, name)).map((p) => [p.id, p])).values()];
  const skipped: Skipped[] = [];
  const usable = policies.filter((policy) => {
    const why = unusable(policy, date);
    if (why !== null) skipped.push(why);
    return why === null;
  });
  if (usable.length === 0) throw nothingComputed("curve", date, skipped);
  const found = usable.flatMap((policy) => {
    try {
      return [{ policy, ...cityCurve(registry, policy, { ...r, date }, size) }];
    } catch (error) {
      const why = skippedFor(policy, date, error, { level: r.level, status: parseStatus(r.type) });
      if (why === null) throw error;
      skipped.push(why);
      return [];
    }
  });
  if (found.length === 0) throw nothingComputed("curve", date, skipped);
  // A city whose cap is not reached (visits too small to pass a per-visit deductible) is drawn over all the spending searched.
  let latest = ZERO;
  for (const f of found) latest = maxFen(latest, f.capAt ?? f.searchedTo);
  const to = r.to === undefined ? fen(Math.max(100, Math.ceil((latest * 3) / 2 / 100) * 100)) : parseMoney(r.to, arg("to"));
  if (to === 0) throw new YibaoError("INVALID_VALUE", { field: arg("to"), value: String(r.to), kind: "positive", accepted: [] });
  const step = r.step === undefined ? fen(Math.max(100, Math.round(to / DEFAULT_POINTS / 100) * 100)) : parseMoney(r.step, arg("step"));
  if (step === 0) throw new YibaoError("INVALID_VALUE", { field: arg("step"), value: String(r.step), kind: "positive", accepted: [] });
  const work = (Math.ceil(to / step) + 3) * (size === null ? 1 : Math.max(1, Math.ceil(to / size)));
  if (work > MAX_WORK) throw new YibaoError("INVALID_VALUE", { field: arg("step"), value: r.step ?? formatYuan(step), kind: "too-fine", visits: work, limit: MAX_WORK, accepted: [] });
  const cities = found.map((f): CityCurve => {
    const at = new Set<Fen>([to]);
    for (let s = ZERO; s < to; s = addFen(s, step)) at.add(s);
    for (const mark of [f.deductibleAt, f.capAt]) if (mark !== null && mark <= to) at.add(mark);
    const points = [...at]
      .sort((a, b) => a - b)
      .map((spending) => {
        const c = f.settle(spending);
        return { spending, fundPaid: c.totals.fundPaid, selfPaid: c.totals.selfPaid };
      });
    const level = f.first.visits[0]?.level;
    if (level === undefined) throw new Error("a curve settles at least one visit");
    return { policy: f.policy, status: f.first.status, level, cap: f.cap, deductibleAt: f.deductibleAt, capAt: f.capAt, searchedTo: f.searchedTo, points };
  });
  return { date, to, step, visitSize: size, cities, skipped };
}
