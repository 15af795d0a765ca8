import type { StepWords } from "../catalogue.js";

export const steps: StepWords = {
  NOT_COVERED: { rule: "不予支付", formula: (_v, result) => `统筹基金支付 0.00,个人支付 = 总费用 = ${result}` },
  IN_POLICY: { rule: "政策范围内费用", formula: (v, result, w) => `${w.yuan(v.amount)} − ${w.yuan(v.excluded)} = ${result}` },
  DEDUCTIBLE: {
    rule: "起付线部分",
    perVisit: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)}) = ${result}(按次)`,
    withCeiling: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.perVisit)}, ${w.yuan(v.ceiling)} − ${w.yuan(v.met)}) = ${result}`,
    perYear: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)} − ${w.yuan(v.met)}) = ${result}(按年度,本年已付 ${w.yuan(v.met)})`,
  },
  ELIGIBLE: { rule: "可报销部分", formula: (v, result, w) => `${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)} = ${result}` },
  FUND: {
    rule: "按比例支付",
    formula: (v, result, w) => `(${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)}) × ${w.pct(v.ratio)} = ${result}(四舍五入到分)`,
  },
  CAP: {
    rule: "年度限额",
    onFund: (v, result, w) => `min(${w.yuan(v.fund)}, ${w.yuan(v.cap)} − ${w.yuan(v.used)}) = ${result}`,
    onEligible: (v, result, w) => `min(${w.yuan(v.eligible)}, ${w.yuan(v.cap)} − ${w.yuan(v.used)}) × ${w.pct(v.ratio)} = ${result}`,
  },
  SELF_PAID: {
    rule: "个人支付",
    formula: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)}(目录外 + 起付线 + 按比例自付 + 超限额)`,
  },
};
