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
    { step: "coverage", designation: r.designation, pharmacy: r.pharmacy, crossRegion: r.crossRegion },
    { step: "facility", specialty: r.specialty },
    { step: "excluded" },
    ...(r.classB === null && r.accountFirst === null ? [] : [{ step: "paid-first", classB: r.classB, accountFirst: r.accountFirst } as const]),
    { step: "deductible", rule: r.deductible },
    { step: "ratio", rule: r.ratio },
    { step: "cap", rule: r.cap },
    { step: "self-paid" },
    { step: "settlement", crossRegion: r.crossRegion },
  ];
}

/** The rules of a version with their plan. */
export function withPlan(r: RuleParameters): Rules {
  return { ...r, plan: planOf(r) };
}
