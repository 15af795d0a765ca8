import type { StepWords } from "../catalogue.js";

export const steps: StepWords = {
  NOT_COVERED: { rule: "Not covered", formula: (_v, result) => `fund 0.00; you pay the whole cost = ${result}` },
  IN_POLICY: { rule: "In-policy cost", formula: (v, result, w) => `${w.yuan(v.amount)} − ${w.yuan(v.excluded)} = ${result}` },
  DEDUCTIBLE: {
    rule: "Deductible",
    perVisit: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)}) = ${result} (per visit)`,
    withCeiling: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.perVisit)}, ${w.yuan(v.ceiling)} − ${w.yuan(v.met)}) = ${result}`,
    perYear: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)} − ${w.yuan(v.met)}) = ${result} (per year, ${w.yuan(v.met)} met already)`,
  },
  ELIGIBLE: { rule: "Eligible", formula: (v, result, w) => `${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)} = ${result}` },
  FUND: {
    rule: "Fund at the ratio",
    formula: (v, result, w) => `(${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)}) × ${w.pct(v.ratio)} = ${result} (rounded half-up to the fen)`,
  },
  CAP: {
    rule: "Annual cap",
    onFund: (v, result, w) => `min(${w.yuan(v.fund)}, ${w.yuan(v.cap)} − ${w.yuan(v.used)}) = ${result}`,
    onEligible: (v, result, w) => `min(${w.yuan(v.eligible)}, ${w.yuan(v.cap)} − ${w.yuan(v.used)}) × ${w.pct(v.ratio)} = ${result}`,
  },
  SELF_PAID: {
    rule: "You pay",
    formula: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)} (outside catalogues + deductible + co-pay + over the cap)`,
  },
};
