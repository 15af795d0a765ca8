/**
 * The plan of a settlement: which steps run, in which order, with which parameters. Compiled from
 * the parameters of a policy version; a new kind of rule is a new step module in `steps/` and the
 * place in the plan where it runs.
 */
import type { PlannedStep, Rules } from "./types.js";

/** The parameters of a version, before its plan is made. */
export type RuleParameters = Omit<Rules, "plan">;

/** The general outpatient settlement, step by step. */
export function planOf(r: RuleParameters): PlannedStep[] {
  return [
    { step: "coverage", rule: { designation: r.designation, pharmacy: r.pharmacy, crossRegion: r.crossRegion } },
    ...(r.specialty === null ? [] : [{ step: "facility", rule: { specialty: r.specialty } } as const]),
    { step: "excluded", rule: null },
    ...(r.classB === null && r.accountFirst === null ? [] : [{ step: "paid-first", rule: { classB: r.classB, accountFirst: r.accountFirst } } as const]),
    { step: "deductible", rule: r.deductible },
    { step: "ratio", rule: r.ratio },
    { step: "cap", rule: r.cap },
    { step: "self-paid", rule: null },
    { step: "settlement", rule: { crossRegion: r.crossRegion } },
  ];
}

/**
 * The rules of a version with their plan. Every field is named here, in one order, so that all rules
 * have the same shape, whichever way their parameters were put together.
 */
export function withPlan(r: RuleParameters): Rules {
  return {
    levels: r.levels,
    deductible: r.deductible,
    ratio: r.ratio,
    cap: r.cap,
    classB: r.classB,
    accountFirst: r.accountFirst,
    specialty: r.specialty,
    pharmacy: r.pharmacy,
    designation: r.designation,
    crossRegion: r.crossRegion,
    plan: planOf(r),
  };
}
