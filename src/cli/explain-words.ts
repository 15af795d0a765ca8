/** The steps of a settlement in words and formulas with the actual numbers, in Chinese or English. */
import { formatPercent, formatYuan } from "../core/money.js";
import type { Step } from "../core/types.js";
import type { Lang } from "./lang.js";

export interface ExplainedStep {
  /** What the step is, e.g. 起付线 / Deductible. */
  readonly rule: string;
  /** The arithmetic with the actual numbers, ending in the result. */
  readonly formula: string;
}

const RULE: Readonly<Record<Step["code"], { readonly zh: string; readonly en: string }>> = {
  NOT_COVERED: { zh: "不予支付", en: "Not covered" },
  IN_POLICY: { zh: "政策范围内费用", en: "In-policy cost" },
  DEDUCTIBLE: { zh: "起付线部分", en: "Deductible" },
  ELIGIBLE: { zh: "可报销部分", en: "Eligible" },
  FUND: { zh: "按比例支付", en: "Fund at the ratio" },
  CAP: { zh: "年度限额", en: "Annual cap" },
  SELF_PAID: { zh: "个人支付", en: "You pay" },
};

export function explainStep(step: Step, lang: Lang): ExplainedStep {
  const v = step.values;
  const y = (key: string) => formatYuan(Number(v[key] ?? 0));
  const zh = lang === "zh";
  const result = formatYuan(step.result);
  const rule = RULE[step.code][lang];
  switch (step.code) {
    case "NOT_COVERED":
      return { rule, formula: zh ? `统筹基金支付 0.00,个人支付 = 总费用 = ${result}` : `fund 0.00; you pay the whole cost = ${result}` };
    case "IN_POLICY":
      return { rule, formula: `${y("amount")} − ${y("excluded")} = ${result}` };
    case "DEDUCTIBLE": {
      if (v.ceiling !== undefined) {
        return { rule, formula: `min(${y("inPolicy")}, ${y("perVisit")}, ${y("ceiling")} − ${y("met")}) = ${result}` };
      }
      if (v.met === undefined) return { rule, formula: `min(${y("inPolicy")}, ${y("threshold")}) = ${result}${zh ? "(按次)" : " (per visit)"}` };
      return { rule, formula: `min(${y("inPolicy")}, ${y("threshold")} − ${y("met")}) = ${result}${zh ? "(按年度,本年已付 " + y("met") + ")" : ` (per year, ${y("met")} met already)`}` };
    }
    case "ELIGIBLE":
      return { rule, formula: `${y("inPolicy")} − ${y("deductible")} = ${result}` };
    case "FUND":
      return {
        rule,
        formula: `(${y("inPolicy")} − ${y("deductible")}) × ${formatPercent(Number(v.ratio))} = ${result}${zh ? "(四舍五入到分)" : " (rounded half-up to the fen)"}`,
      };
    case "CAP":
      return v.basis === "eligible"
        ? { rule, formula: `min(${y("eligible")}, ${y("cap")} − ${y("used")}) × ${formatPercent(Number(v.ratio))} = ${result}` }
        : { rule, formula: `min(${y("fund")}, ${y("cap")} − ${y("used")}) = ${result}` };
    case "SELF_PAID":
      return {
        rule,
        formula: `${y("amount")} − ${y("fundPaid")} = ${result} = ${y("excluded")} + ${y("deductible")} + ${y("copay")} + ${y("overCap")}${
          zh ? "(目录外 + 起付线 + 按比例自付 + 超限额)" : " (outside catalogues + deductible + co-pay + over the cap)"
        }`,
      };
  }
}
