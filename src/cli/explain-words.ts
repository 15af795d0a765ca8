/** The steps of a settlement in words and formulas with the actual numbers, in Chinese or English. */
import type { Step } from "../app/model.js";
import { formatYuan } from "../app/model.js";
import { type Words, catalogue, words } from "./i18n/index.js";
import type { Lang } from "./lang.js";

export interface ExplainedStep {
  /** What the step is, e.g. 起付线 / Deductible. */
  readonly rule: string;
  /** The arithmetic with the actual numbers, ending in the result. */
  readonly formula: string;
}

export function explainStep(step: Step, lang: Lang): ExplainedStep {
  const said = catalogue(lang).steps[step.code] as { rule: string; formula: (v: Step["values"], result: string, w: Words) => string };
  return { rule: said.rule, formula: said.formula(step.values, formatYuan(step.result), words(lang)) };
}
