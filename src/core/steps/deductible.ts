/**
 * The deductible (起付标准): per visit, per day, per month or per calendar year; for the last three
 * one accumulator shared by the levels (topped up at a higher level, 累计补差) or one per level; and
 * for any of them, optionally, the most paid in a year. What is left of the in-policy amount is eligible.
 */
import * as f from "../facts.js";
import { type Fen, ZERO, addFen, maxFen, minFen, subFen } from "../money.js";
import { cellOf } from "../table.js";
import type { DeductiblePeriod, PlannedStepOf, YearState } from "../types.js";
import type { Work } from "./work.js";

/** The period a visit on `date` falls in: its day, its month, or "" (per visit, or the year itself). */
export function periodKey(period: DeductiblePeriod, date: string): string {
  return period === "day" ? date : period === "month" ? date.slice(0, 7) : "";
}

const at = (byLevel: Readonly<Record<number, Fen>>, level: number): Fen => byLevel[level] ?? ZERO;

/** What was met already in the visit's period, for the level's accumulator. */
function metBefore(d: PlannedStepOf<"deductible">["rule"], state: YearState, level: number, key: string): Fen | null {
  switch (d.period) {
    case "visit":
      return null;
    case "year":
      return d.accumulator === "shared" ? state.deductibleMet : at(state.deductibleMetByLevel, level);
    default:
      if (state.period !== key) return ZERO;
      return d.accumulator === "shared" ? state.periodMet : at(state.periodMetByLevel, level);
  }
}

export function deductible(w: Work, { rule: d }: PlannedStepOf<"deductible">): void {
  // What the deductible and the fund work on: the in-policy amount less anything paid first.
  const { poolable: inPolicy, level, before: state } = w;
  const cell = cellOf(d.amount, w, "deductible");
  const threshold = cell.value;
  const key = periodKey(d.period, w.visit.date);
  const met = metBefore(d, state, level, key);
  let room = met === null ? threshold : maxFen(ZERO, subFen(threshold, met));
  const ceiling = d.yearlyCeiling;
  if (ceiling !== null) room = minFen(room, maxFen(ZERO, subFen(ceiling, state.deductibleMet)));
  const part = minFen(inPolicy, room);
  const cite = cell.cite;
  // Why, for people: looked into only when the caller wants reasons.
  const reasons = w.reasons;
  if (reasons !== null && inPolicy > 0) {
    if (threshold === 0) {
      reasons.add("DEDUCTIBLE_NONE", cite, level);
    } else if (room === 0) {
      const byCeiling = ceiling !== null && state.deductibleMet >= ceiling && (met === null || met < threshold);
      reasons.add("DEDUCTIBLE_ALREADY_MET", byCeiling && d.ceilingCite !== null ? d.ceilingCite : cite, byCeiling ? ceiling : threshold, level, byCeiling ? "ceiling" : d.period);
    } else if (met !== null && d.accumulator === "shared" && met > 0) {
      reasons.add("DEDUCTIBLE_TOPPED_UP", cite, threshold, met, part, level, d.period);
    } else {
      reasons.add("DEDUCTIBLE_PART", cite, threshold, part, level, d.period);
    }
    if (d.period !== "visit") {
      // Readings the sources do not state outright are shown wherever they change the result.
      if (d.periodCite.interpretation !== undefined) reasons.add("DEDUCTIBLE_PERIOD_READING", d.periodCite);
      if (d.accumulatorCite.interpretation !== undefined) reasons.add("DEDUCTIBLE_SHARED_READING", d.accumulatorCite, d.accumulator);
    }
  }
  w.steps?.push({
    code: "DEDUCTIBLE",
    values:
      met === null
        ? ceiling === null
          ? { inPolicy: f.fen(inPolicy), threshold: f.fen(threshold), period: f.code(d.period) }
          : { inPolicy: f.fen(inPolicy), threshold: f.fen(minFen(threshold, ceiling)), met: f.fen(state.deductibleMet), ceiling: f.fen(ceiling), perVisit: f.fen(threshold), period: f.code(d.period) }
        : ceiling === null
          ? { inPolicy: f.fen(inPolicy), threshold: f.fen(threshold), met: f.fen(met), period: f.code(d.period) }
          : { inPolicy: f.fen(inPolicy), threshold: f.fen(threshold), met: f.fen(met), ceiling: f.fen(ceiling), yearMet: f.fen(state.deductibleMet), period: f.code(d.period) },
    result: part,
    cite,
  });
  w.deductible = part;
  w.eligible = subFen(inPolicy, part);
  w.steps?.push({ code: "ELIGIBLE", values: { inPolicy: f.fen(inPolicy), deductible: f.fen(part) }, result: w.eligible });
  w.deductibleMetAfter = addFen(state.deductibleMet, part);
  // The accumulators by level are kept only where some level has one of its own (a new object each time: states are shared).
  const perLevel = d.accumulator === "per-level";
  if (perLevel && part > 0) w.deductibleMetByLevelAfter = { ...state.deductibleMetByLevel, [level]: addFen(at(state.deductibleMetByLevel, level), part) };
  if (d.period === "day" || d.period === "month") {
    const same = state.period === key;
    w.periodAfter = key;
    w.periodMetAfter = addFen(same ? state.periodMet : ZERO, part);
    if (perLevel) w.periodMetByLevelAfter = { ...(same ? state.periodMetByLevel : {}), [level]: addFen(same ? at(state.periodMetByLevel, level) : ZERO, part) };
  }
}
