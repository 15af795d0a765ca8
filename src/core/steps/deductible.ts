/**
 * The deductible (起付标准): per visit, or per calendar year with one accumulator shared by the
 * levels (topped up at a higher level, 累计补差) or one per level; per-visit deductibles may stop
 * once a yearly ceiling has been paid. What is left of the in-policy amount is eligible.
 */
import * as f from "../facts.js";
import { type Fen, ZERO, addFen, maxFen, minFen, subFen } from "../money.js";
import type { Level, PlannedStepOf } from "../types.js";
import type { Work } from "./work.js";

export function deductible(w: Work, { rule: d }: PlannedStepOf<"deductible">): void {
  const { inPolicy, level, before: state } = w;
  const threshold = d.byLevel[level];
  let room: Fen;
  if (d.period === "visit") {
    room = d.yearlyCeiling === null ? threshold : minFen(threshold, maxFen(ZERO, subFen(d.yearlyCeiling, state.deductibleMet)));
  } else if (d.accumulator === "shared") {
    room = maxFen(ZERO, subFen(threshold, state.deductibleMet));
  } else {
    room = maxFen(ZERO, subFen(threshold, state.deductibleMetByLevel[level]));
  }
  const part = minFen(inPolicy, room);
  const cite = d.cite[level];
  if (inPolicy > 0) {
    if (room === 0) {
      w.reasons.push({ code: "DEDUCTIBLE_ALREADY_MET", params: { threshold: f.fen(threshold), level: f.level(level) }, cite });
    } else if (d.period === "year" && d.accumulator === "shared" && state.deductibleMet > 0) {
      w.reasons.push({
        code: "DEDUCTIBLE_TOPPED_UP",
        params: { threshold: f.fen(threshold), met: f.fen(state.deductibleMet), part: f.fen(part), level: f.level(level) },
        cite,
      });
    } else {
      w.reasons.push({ code: "DEDUCTIBLE_PART", params: { threshold: f.fen(threshold), part: f.fen(part), level: f.level(level), period: f.code(d.period) }, cite });
    }
    if (d.period === "year") {
      // Readings the sources do not state outright are shown wherever they change the result.
      if (d.periodCite.interpretation !== undefined) w.reasons.push({ code: "DEDUCTIBLE_PERIOD_READING", params: {}, cite: d.periodCite });
      if (d.accumulatorCite.interpretation !== undefined) {
        w.reasons.push({ code: "DEDUCTIBLE_SHARED_READING", params: { accumulator: f.code(d.accumulator) }, cite: d.accumulatorCite });
      }
    }
  }
  const ceiling = d.period === "visit" ? d.yearlyCeiling : null;
  const met = d.period === "visit" ? (ceiling === null ? null : state.deductibleMet) : d.accumulator === "shared" ? state.deductibleMet : state.deductibleMetByLevel[level];
  w.steps?.push({
    code: "DEDUCTIBLE",
    values: {
      inPolicy: f.fen(inPolicy),
      threshold: f.fen(ceiling === null ? threshold : minFen(threshold, ceiling)),
      ...(met === null ? {} : { met: f.fen(met) }),
      ...(ceiling === null ? {} : { ceiling: f.fen(ceiling), perVisit: f.fen(threshold) }),
      period: f.code(d.period),
    },
    result: part,
    cite,
  });
  w.deductible = part;
  w.eligible = subFen(inPolicy, part);
  w.steps?.push({ code: "ELIGIBLE", values: { inPolicy: f.fen(inPolicy), deductible: f.fen(part) }, result: w.eligible });
  const byLevel: Record<Level, Fen> = { ...state.deductibleMetByLevel };
  byLevel[level] = addFen(byLevel[level], part);
  w.deductibleMetAfter = addFen(state.deductibleMet, part);
  w.deductibleMetByLevelAfter = byLevel;
}
