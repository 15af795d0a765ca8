/** The steps of a settlement in words and formulas with the actual numbers, in Chinese or English. */
import type { Step } from "../app/model.js";
import { formatYuan } from "../app/model.js";
import { catalogue, words } from "./i18n/index.js";
import type { Lang } from "./lang.js";

export interface ExplainedStep {
  /** What the step is, e.g. 起付线 / Deductible. */
  readonly rule: string;
  /** The arithmetic with the actual numbers, ending in the result. */
  readonly formula: string;
}

export function explainStep(step: Step, lang: Lang): ExplainedStep {
  const said = catalogue(lang).steps;
  const w = words(lang);
  const result = formatYuan(step.result);
  switch (step.code) {
    case "NOT_COVERED":
      return { rule: said.NOT_COVERED.rule, formula: said.NOT_COVERED.formula(step.values, result, w) };
    case "IN_POLICY":
      return { rule: said.IN_POLICY.rule, formula: said.IN_POLICY.formula(step.values, result, w) };
    case "DEDUCTIBLE": {
      const v = step.values;
      const d = said.DEDUCTIBLE;
      const formula =
        v.ceiling !== undefined && v.perVisit !== undefined && v.met !== undefined
          ? d.withCeiling({ ...v, ceiling: v.ceiling, perVisit: v.perVisit, met: v.met }, result, w)
          : v.met === undefined
            ? d.perVisit(v, result, w)
            : d.perYear({ ...v, met: v.met }, result, w);
      return { rule: d.rule, formula };
    }
    case "ELIGIBLE":
      return { rule: said.ELIGIBLE.rule, formula: said.ELIGIBLE.formula(step.values, result, w) };
    case "FUND":
      return { rule: said.FUND.rule, formula: said.FUND.formula(step.values, result, w) };
    case "CAP": {
      const v = step.values;
      return { rule: said.CAP.rule, formula: "eligible" in v ? said.CAP.onEligible(v, result, w) : said.CAP.onFund(v, result, w) };
    }
    case "SELF_PAID":
      return { rule: said.SELF_PAID.rule, formula: said.SELF_PAID.formula(step.values, result, w) };
  }
}
