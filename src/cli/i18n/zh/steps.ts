import type { StepWords } from "../catalogue.js";

/** `a − b`,或差额小于 0 时按 0 计的 `max(0, a − b)`。 */
const less = (a: string, b: string, clamped: boolean) => (clamped ? `max(0, ${a} − ${b})` : `${a} − ${b}`);

const PERIOD: Readonly<Record<string, string>> = { visit: "本次", day: "当日", month: "本月", year: "本级别本年" };

export const steps: StepWords = {
  NOT_COVERED: { rule: "不予支付", formula: (_v, result) => `统筹基金支付 0.00,个人支付 = 总费用 = ${result}` },
  IN_POLICY: { rule: "政策范围内费用", formula: (v, result, w) => `${w.yuan(v.amount)} − ${w.yuan(v.excluded)} = ${result}` },
  CLASS_B_FIRST: { rule: "乙类先行自付", formula: (v, result, w) => `${w.yuan(v.classB)} × ${w.pct(v.share)} = ${result}(乙类部分 × 先行自付比例,四舍五入到分)` },
  ACCOUNT_FIRST: { rule: "当年账户先付", formula: (v, result, w) => `min(${w.yuan(v.balance)}, ${w.yuan(v.due)}) = ${result}(当年账户余额;尚未支付的政策范围内费用)` },
  DEDUCTIBLE: {
    rule: "起付线部分",
    perVisit: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)}) = ${result}(按次)`,
    withCeiling: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.perVisit)}, ${less(w.yuan(v.ceiling), w.yuan(v.met), v.clamped)}) = ${result}`,
    perYear: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}) = ${result}(按年度,本年已付 ${w.yuan(v.met)})`,
    perPeriod: (v, result, w) =>
      `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}) = ${result}(${v.period.v === "day" ? "按日,当日已付" : "按月,本月已付"} ${w.yuan(v.met)})`,
    periodWithCeiling: (v, result, w) =>
      `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}, ${less(w.yuan(v.ceiling), w.yuan(v.yearMet), v.ceilingClamped)}) = ${result}(${PERIOD[v.period.v] ?? ""}已付 ${w.yuan(v.met)};全年最多 ${w.yuan(v.ceiling)},本年已付 ${w.yuan(v.yearMet)})`,
  },
  ELIGIBLE: { rule: "可报销部分", formula: (v, result, w) => `${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)} = ${result}` },
  FUND: {
    rule: "按比例支付",
    formula: (v, result, w) => `(${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)}) × ${w.pct(v.ratio)} = ${result}(四舍五入到分)`,
    inPart: (v, result, w) => `${w.yuan(v.part)} × ${w.pct(v.ratio)} = ${result}(可报销部分 ${w.yuan(v.eligible)} 中按此比例的一段,四舍五入到分)`,
  },
  CAP: {
    rule: "年度限额",
    onFund: (v, result, w) => `min(${w.yuan(v.fund)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) = ${result}`,
    onEligible: (v, result, w) => `min(${w.yuan(v.eligible)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) × ${w.pct(v.ratio)} = ${result}`,
    onEligibleParts: (v, result, w) => `min(${w.yuan(v.eligible)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) 以内的部分按各段比例支付 = ${result}(见上面的按比例支付)`,
  },
  SECOND_TIER: {
    rule: "第二档支付",
    onFund: (v, result, w) => `min(${w.yuan(v.beyond)} × ${w.pct(v.ratio)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) = ${result}(限额以上的可报销部分,第二档的比例和限额)`,
    onEligible: (v, result, w) => `min(${w.yuan(v.beyond)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) × ${w.pct(v.ratio)} = ${result}(限额以上的可报销部分,第二档的比例和限额)`,
  },
  SELF_PAID: {
    rule: "个人支付",
    formula: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)}(目录外 + 起付线 + 按比例自付 + 超限额)`,
    withFirst: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.first)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)}(目录外 + 先行支付 + 起付线 + 按比例自付 + 超限额)`,
  },
  BY_ACCOUNT: {
    rule: "个人账户支付",
    formula: (v, result, w) => `min(${w.yuan(v.balance)}, ${w.yuan(v.selfPaid)} − ${w.yuan(v.excluded)}) = ${result}(账户余额;账户只付个人支付中政策范围内的部分)`,
  },
  BY_FAMILY: {
    rule: "家庭共济支付",
    refused: (_v, result) => `不支付,这项共济不能支付这次就诊(原因见下)= ${result}`,
    share: (v, result, w) => {
      const shareable = v.shareable === "balance" ? w.yuan(v.balance) : less(w.yuan(v.balance), w.yuan(v.reserve), v.shareable === "clamped");
      const kept = v.shareable === "balance" ? "授权人余额" : "授权人余额减须保留的部分";
      return `min(${w.yuan(v.due)}, ${shareable}${v.limit === undefined ? "" : `, ${w.yuan(v.limit)}`}) = ${result}(尚未支付的政策范围内部分、${kept}${v.limit === undefined ? "" : "、剩余额度"})`;
    },
    allOrNothing: (v, result, w) => `可共济 ${w.yuan(v.available)} < 应付 ${w.yuan(v.due)};余额须足以全额支付,否则不付 = ${result}`,
  },
  IN_CASH: {
    rule: "现金支付",
    formula: (v, result, w) => `${w.yuan(v.selfPaid)} − ${w.yuan(v.accountPaid)} − ${w.yuan(v.familyPaid)} = ${result}(个人支付 − 个人账户 − 家庭共济)`,
  },
};
