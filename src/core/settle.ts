/**
 * Settles one general outpatient visit (普通门诊统筹) under a compiled policy version:
 * excluded → in-policy → deductible → eligible × ratio → cap → self-paid split.
 */
import { placeCoverage, settlementOf } from "./cross-region.js";
import * as f from "./facts.js";
import { type Fen, applyRatioHalfUp, maxFen, minFen } from "./money.js";
import type { Level, Reason, Rules, Status, Step, Visit, VisitResult, YearState } from "./types.js";

export function emptyYear(year: number, used?: { deductibleMet?: Fen; fundUsed?: Fen; level?: Level }): YearState {
  const met = used?.deductibleMet ?? 0;
  const byLevel: Record<Level, Fen> = { 1: 0, 2: 0, 3: 0 };
  if (used?.level !== undefined) byLevel[used.level] = met;
  return { year, deductibleMet: met, deductibleMetByLevel: byLevel, fundUsed: used?.fundUsed ?? 0 };
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The accumulators to use for a visit: the same year's, or fresh ones on 1 January. */
export function stateForVisit(state: YearState | undefined, date: string): YearState {
  const year = yearOf(date);
  return state !== undefined && state.year === year ? state : emptyYear(year);
}

export function capRemaining(rules: Rules, status: Status, state: YearState): Fen {
  return maxFen(0, rules.cap.byStatus[status].value - state.fundUsed);
}

function notCovered(rules: Rules, status: Status, visit: Visit, state: YearState, reasons: Reason[]): VisitResult {
  const settlement = settlementOf(rules, visit, { covered: false, fundPaid: 0, selfPaid: visit.amount }, reasons);
  return {
    visit,
    appliedLevel: visit.level,
    covered: false,
    excluded: visit.amount,
    inPolicy: 0,
    deductible: 0,
    eligible: 0,
    ratio: null,
    fundBeforeCap: 0,
    fundPaid: 0,
    selfPaid: visit.amount,
    copay: 0,
    overCap: 0,
    reasons,
    steps: [{ code: "NOT_COVERED", values: { amount: f.fen(visit.amount) }, result: visit.amount, ...(reasons[0]?.cite === undefined ? {} : { cite: reasons[0].cite }) }],
    after: state,
    capRemaining: capRemaining(rules, status, state),
    settlement,
  };
}

/** Coverage checks: the place, designation and the pharmacy rule. Returns the refusal reasons, if any. */
function coverage(rules: Rules, visit: Visit, notes: Reason[]): Reason[] {
  const place = placeCoverage(rules, visit, notes);
  if (place.refusal !== null) return [place.refusal];
  const refusals: Reason[] = [];
  if (!visit.designated && rules.designation.required) {
    if (visit.emergency && place.emergencyException) {
      notes.push({ code: "EMERGENCY_AT_NON_DESIGNATED", params: {}, cite: rules.designation.cite });
    } else {
      refusals.push({
        code: "NOT_DESIGNATED",
        params: { emergency: f.flag(visit.emergency), emergencyException: f.flag(place.emergencyException) },
        cite: rules.designation.cite,
      });
    }
  }
  if (visit.facility === "pharmacy") {
    if (!rules.pharmacy.covered) {
      refusals.push({ code: "PHARMACY_NOT_COVERED", params: {}, cite: rules.pharmacy.cite });
    } else if (rules.pharmacy.requiresPrescription && !visit.prescription) {
      refusals.push({ code: "PHARMACY_NO_PRESCRIPTION", params: {}, cite: rules.pharmacy.cite });
    } else {
      notes.push({ code: "PHARMACY_PRESCRIBER_LEVEL", params: { level: f.level(visit.level) }, cite: rules.pharmacy.cite });
    }
  }
  return refusals;
}

/** The part of the in-policy amount that goes to the deductible, and the accumulators after it. */
function deductibleFor(rules: Rules, level: Level, inPolicy: Fen, state: YearState, reasons: Reason[]) {
  const d = rules.deductible;
  const threshold = d.byLevel[level];
  let room: Fen;
  if (d.period === "visit") {
    room = d.yearlyCeiling === null ? threshold : minFen(threshold, maxFen(0, d.yearlyCeiling - state.deductibleMet));
  } else if (d.accumulator === "shared") {
    room = maxFen(0, threshold - state.deductibleMet);
  } else {
    room = maxFen(0, threshold - state.deductibleMetByLevel[level]);
  }
  const part = minFen(inPolicy, room);
  const cite = d.cite[level];
  if (inPolicy > 0) {
    if (room === 0) {
      reasons.push({ code: "DEDUCTIBLE_ALREADY_MET", params: { threshold: f.fen(threshold), level: f.level(level) }, cite });
    } else if (d.period === "year" && d.accumulator === "shared" && state.deductibleMet > 0) {
      reasons.push({
        code: "DEDUCTIBLE_TOPPED_UP",
        params: { threshold: f.fen(threshold), met: f.fen(state.deductibleMet), part: f.fen(part), level: f.level(level) },
        cite,
      });
    } else {
      reasons.push({ code: "DEDUCTIBLE_PART", params: { threshold: f.fen(threshold), part: f.fen(part), level: f.level(level), period: f.code(d.period) }, cite });
    }
  }
  if (inPolicy > 0 && d.period === "year") {
    // Readings the sources do not state outright are shown wherever they change the result.
    if (d.periodCite.interpretation !== undefined) reasons.push({ code: "DEDUCTIBLE_PERIOD_READING", params: {}, cite: d.periodCite });
    if (d.accumulatorCite.interpretation !== undefined) {
      reasons.push({ code: "DEDUCTIBLE_SHARED_READING", params: { accumulator: f.code(d.accumulator) }, cite: d.accumulatorCite });
    }
  }
  const byLevel = { ...state.deductibleMetByLevel, [level]: state.deductibleMetByLevel[level] + part };
  const met = d.period === "visit" ? (d.yearlyCeiling === null ? null : state.deductibleMet) : d.accumulator === "shared" ? state.deductibleMet : state.deductibleMetByLevel[level];
  const step: Step = {
    code: "DEDUCTIBLE",
    values: {
      inPolicy: f.fen(inPolicy),
      threshold: f.fen(d.period === "visit" && d.yearlyCeiling !== null ? minFen(threshold, d.yearlyCeiling) : threshold),
      ...(met === null ? {} : { met: f.fen(met) }),
      ...(d.period === "visit" && d.yearlyCeiling !== null ? { ceiling: f.fen(d.yearlyCeiling), perVisit: f.fen(threshold) } : {}),
      period: f.code(d.period),
    },
    result: part,
    cite,
  };
  return { part, step, deductibleMet: state.deductibleMet + part, deductibleMetByLevel: byLevel };
}

/**
 * Settles one visit. `state` must be the accumulators of the visit's calendar year
 * (see `stateForVisit`); the result carries the accumulators after the visit.
 */
export function settleVisit(rules: Rules, status: Status, visit: Visit, state: YearState): VisitResult {
  const reasons: Reason[] = [];
  const refusals = coverage(rules, visit, reasons);
  if (refusals.length > 0) return notCovered(rules, status, visit, state, refusals);

  let level = visit.level;
  if (visit.facility === "specialty" && rules.specialty !== null) {
    level = rules.specialty.level;
    reasons.push({ code: "SPECIALTY_AS_LEVEL", params: { from: f.level(visit.level), to: f.level(level) }, cite: rules.specialty.cite });
  }

  const excluded = visit.excluded;
  if (excluded > 0) reasons.push({ code: "EXCLUDED_PART", params: { excluded: f.fen(excluded) } });
  const inPolicy = visit.amount - excluded;

  const ded = deductibleFor(rules, level, inPolicy, state, reasons);
  const eligible = inPolicy - ded.part;
  const steps: Step[] = [
    { code: "IN_POLICY", values: { amount: f.fen(visit.amount), excluded: f.fen(excluded) }, result: inPolicy },
    ded.step,
    { code: "ELIGIBLE", values: { inPolicy: f.fen(inPolicy), deductible: f.fen(ded.part) }, result: eligible },
  ];

  const ratio = rules.ratio[level][status];
  const cap = rules.cap.byStatus[status];
  const room = maxFen(0, cap.value - state.fundUsed);
  let fundBeforeCap: Fen;
  let fundPaid: Fen;
  let copay: Fen;
  let overCap: Fen;
  let used: Fen;
  if (rules.cap.basis === "fund") {
    fundBeforeCap = applyRatioHalfUp(eligible, ratio.bp);
    fundPaid = minFen(fundBeforeCap, room);
    copay = eligible - fundBeforeCap;
    overCap = fundBeforeCap - fundPaid;
    used = fundPaid;
  } else {
    const withinCap = minFen(eligible, room);
    fundBeforeCap = applyRatioHalfUp(eligible, ratio.bp);
    fundPaid = applyRatioHalfUp(withinCap, ratio.bp);
    copay = withinCap - fundPaid;
    overCap = eligible - withinCap;
    used = withinCap;
  }
  steps.push({ code: "FUND", values: { inPolicy: f.fen(inPolicy), deductible: f.fen(ded.part), eligible: f.fen(eligible), ratio: f.bp(ratio.bp) }, result: fundBeforeCap, cite: ratio.cite });
  steps.push(
    rules.cap.basis === "fund"
      ? { code: "CAP", values: { basis: f.code("fund"), fund: f.fen(fundBeforeCap), cap: f.fen(cap.value), used: f.fen(state.fundUsed) }, result: fundPaid, cite: cap.cite }
      : { code: "CAP", values: { basis: f.code("eligible"), eligible: f.fen(eligible), cap: f.fen(cap.value), used: f.fen(state.fundUsed), ratio: f.bp(ratio.bp) }, result: fundPaid, cite: cap.cite },
  );
  if (eligible > 0) {
    reasons.push({
      code: "RATIO_APPLIED",
      params: { eligible: f.fen(eligible), ratio: f.bp(ratio.bp), fund: f.fen(fundBeforeCap), level: f.level(level), status: f.status(status) },
      cite: ratio.cite,
    });
  }
  if (eligible > 0 && room === 0) {
    reasons.push({ code: "CAP_EXHAUSTED", params: { cap: f.fen(cap.value) }, cite: cap.cite });
  } else if (overCap > 0) {
    reasons.push({ code: "CAP_CROSSED", params: { cap: f.fen(cap.value), overCap: f.fen(overCap) }, cite: cap.cite });
  }

  const after: YearState = {
    year: state.year,
    deductibleMet: ded.deductibleMet,
    deductibleMetByLevel: ded.deductibleMetByLevel,
    fundUsed: state.fundUsed + used,
  };
  const selfPaid = visit.amount - fundPaid;
  steps.push({ code: "SELF_PAID", values: { amount: f.fen(visit.amount), fundPaid: f.fen(fundPaid), excluded: f.fen(excluded), deductible: f.fen(ded.part), copay: f.fen(copay), overCap: f.fen(overCap) }, result: selfPaid });
  const settlement = settlementOf(rules, visit, { covered: true, fundPaid, selfPaid }, reasons);
  return {
    visit,
    appliedLevel: level,
    covered: true,
    excluded,
    inPolicy,
    deductible: ded.part,
    eligible,
    ratio: { value: ratio.value, bp: ratio.bp },
    fundBeforeCap,
    fundPaid,
    selfPaid,
    copay,
    overCap,
    reasons,
    steps,
    after,
    capRemaining: capRemaining(rules, status, after),
    settlement,
  };
}
