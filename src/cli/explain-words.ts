/** The steps of a settlement in words and formulas with the actual numbers, in Chinese or English. */
import type { Step } from "../app/model.js";
import { type Fen, formatYuan } from "../app/model.js";
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
    case "CLASS_B_FIRST":
      return { rule: said.CLASS_B_FIRST.rule, formula: said.CLASS_B_FIRST.formula(step.values, result, w) };
    case "ACCOUNT_FIRST":
      return { rule: said.ACCOUNT_FIRST.rule, formula: said.ACCOUNT_FIRST.formula(step.values, result, w) };
    case "DEDUCTIBLE": {
      const v = step.values;
      const d = said.DEDUCTIBLE;
      const formula =
        v.ceiling !== undefined && v.yearMet !== undefined && v.met !== undefined
          ? d.periodWithCeiling({ ...v, ceiling: v.ceiling, yearMet: v.yearMet, met: v.met, clamped: v.met.v > v.threshold.v, ceilingClamped: v.yearMet.v > v.ceiling.v }, result, w)
          : v.ceiling !== undefined && v.perVisit !== undefined && v.met !== undefined
            ? d.withCeiling({ ...v, ceiling: v.ceiling, perVisit: v.perVisit, met: v.met, clamped: v.met.v > v.ceiling.v }, result, w)
            : v.met === undefined
              ? d.perVisit(v, result, w)
              : v.period.v === "year"
                ? d.perYear({ ...v, met: v.met, clamped: v.met.v > v.threshold.v }, result, w)
                : d.perPeriod({ ...v, met: v.met, clamped: v.met.v > v.threshold.v }, result, w);
      return { rule: d.rule, formula };
    }
    case "ELIGIBLE":
      return { rule: said.ELIGIBLE.rule, formula: said.ELIGIBLE.formula(step.values, result, w) };
    case "FUND": {
      const v = step.values;
      return { rule: said.FUND.rule, formula: v.part === undefined ? said.FUND.formula(v, result, w) : said.FUND.inPart({ ...v, part: v.part }, result, w) };
    }
    case "SECOND_TIER": {
      const v = step.values;
      const clamped = v.used.v > v.cap.v;
      return { rule: said.SECOND_TIER.rule, formula: v.basis.v === "fund" ? said.SECOND_TIER.onFund({ ...v, clamped }, result, w) : said.SECOND_TIER.onEligible({ ...v, clamped }, result, w) };
    }
    case "CAP": {
      const v = step.values;
      const clamped = v.used.v > v.cap.v;
      if (!("eligible" in v)) return { rule: said.CAP.rule, formula: said.CAP.onFund({ ...v, clamped }, result, w) };
      return { rule: said.CAP.rule, formula: v.parts?.v === true ? said.CAP.onEligibleParts({ ...v, clamped }, result, w) : said.CAP.onEligible({ ...v, clamped }, result, w) };
    }
    case "SELF_PAID": {
      const v = step.values;
      if (v.classBFirst === undefined && v.accountFirst === undefined) return { rule: said.SELF_PAID.rule, formula: said.SELF_PAID.formula(v, result, w) };
      const first = { t: "fen", v: ((v.classBFirst?.v ?? 0) + (v.accountFirst?.v ?? 0)) as Fen } as const;
      return { rule: said.SELF_PAID.rule, formula: said.SELF_PAID.withFirst({ ...v, first }, result, w) };
    }
    case "BY_ACCOUNT":
      return { rule: said.BY_ACCOUNT.rule, formula: said.BY_ACCOUNT.formula(step.values, result, w) };
    case "BY_FAMILY": {
      const v = step.values;
      const d = said.BY_FAMILY;
      if (!("balance" in v)) return { rule: d.rule, formula: d.refused(v, result, w) };
      if (v.allOrNothing.v && v.available.v < v.due.v) return { rule: d.rule, formula: d.allOrNothing(v, result, w) };
      const shareable = v.reserve.v === 0 ? "balance" : v.balance.v < v.reserve.v ? "clamped" : "less-reserve";
      return { rule: d.rule, formula: d.share({ ...v, shareable }, result, w) };
    }
    case "IN_CASH":
      return { rule: said.IN_CASH.rule, formula: said.IN_CASH.formula(step.values, result, w) };
  }
}
