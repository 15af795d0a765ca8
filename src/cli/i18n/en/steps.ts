import type { StepWords } from "../catalogue.js";

/** `a − b`, or `max(0, a − b)` where the arithmetic took 0 for a difference below it. */
const less = (a: string, b: string, clamped: boolean) => (clamped ? `max(0, ${a} − ${b})` : `${a} − ${b}`);

const PERIOD: Readonly<Record<string, string>> = { visit: "in this visit", day: "today", month: "this month", year: "at this level this year" };

export const steps: StepWords = {
  NOT_COVERED: { rule: "Not covered", formula: (_v, result) => `fund 0.00; you pay the whole cost = ${result}` },
  IN_POLICY: { rule: "In-policy cost", formula: (v, result, w) => `${w.yuan(v.amount)} − ${w.yuan(v.excluded)} = ${result}` },
  CLASS_B_FIRST: { rule: "Class-B first", formula: (v, result, w) => `${w.yuan(v.classB)} × ${w.pct(v.share)} = ${result} (class-B part × the share paid first, rounded half-up to the fen)` },
  ACCOUNT_FIRST: { rule: "Current-year account first", formula: (v, result, w) => `min(${w.yuan(v.balance)}, ${w.yuan(v.due)}) = ${result} (the current-year balance; the in-policy cost still to pay)` },
  DEDUCTIBLE: {
    rule: "Deductible",
    perVisit: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.threshold)}) = ${result} (per visit)`,
    withCeiling: (v, result, w) => `min(${w.yuan(v.inPolicy)}, ${w.yuan(v.perVisit)}, ${less(w.yuan(v.ceiling), w.yuan(v.met), v.clamped)}) = ${result}`,
    perYear: (v, result, w) =>
      `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}) = ${result} (per year, ${w.yuan(v.met)} met already)`,
    perPeriod: (v, result, w) =>
      `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}) = ${result} (per ${v.period.v === "day" ? "day" : "month"}, ${w.yuan(v.met)} met already in it)`,
    periodWithCeiling: (v, result, w) =>
      `min(${w.yuan(v.inPolicy)}, ${less(w.yuan(v.threshold), w.yuan(v.met), v.clamped)}, ${less(w.yuan(v.ceiling), w.yuan(v.yearMet), v.ceilingClamped)}) = ${result} (${w.yuan(v.met)} met ${PERIOD[v.period.v] ?? ""}; at most ${w.yuan(v.ceiling)} a year, ${w.yuan(v.yearMet)} met this year)`,
  },
  ELIGIBLE: { rule: "Eligible", formula: (v, result, w) => `${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)} = ${result}` },
  FUND: {
    rule: "Fund at the ratio",
    formula: (v, result, w) => `(${w.yuan(v.inPolicy)} − ${w.yuan(v.deductible)}) × ${w.pct(v.ratio)} = ${result} (rounded half-up to the fen)`,
    inPart: (v, result, w) => `${w.yuan(v.part)} × ${w.pct(v.ratio)} = ${result} (the part of the eligible ${w.yuan(v.eligible)} paid at this ratio, rounded half-up to the fen)`,
  },
  CAP: {
    rule: "Annual cap",
    onFund: (v, result, w) => `min(${w.yuan(v.fund)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) = ${result}`,
    onEligible: (v, result, w) => `min(${w.yuan(v.eligible)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) × ${w.pct(v.ratio)} = ${result}`,
    onEligibleParts: (v, result, w) => `the part within min(${w.yuan(v.eligible)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}), at each part's ratio = ${result} (see the fund steps above)`,
  },
  SECOND_TIER: {
    rule: "Second tier",
    onFund: (v, result, w) =>
      `min(${w.yuan(v.beyond)} × ${w.pct(v.ratio)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) = ${result} (eligible spending beyond the cap, at the second tier's ratio and cap)`,
    onEligible: (v, result, w) =>
      `min(${w.yuan(v.beyond)}, ${less(w.yuan(v.cap), w.yuan(v.used), v.clamped)}) × ${w.pct(v.ratio)} = ${result} (eligible spending beyond the cap, at the second tier's ratio and cap)`,
  },
  SELF_PAID: {
    rule: "You pay",
    formula: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)} (outside catalogues + deductible + co-pay + over the cap)`,
    withFirst: (v, result, w) =>
      `${w.yuan(v.amount)} − ${w.yuan(v.fundPaid)} = ${result} = ${w.yuan(v.excluded)} + ${w.yuan(v.first)} + ${w.yuan(v.deductible)} + ${w.yuan(v.copay)} + ${w.yuan(v.overCap)} (outside catalogues + paid first + deductible + co-pay + over the cap)`,
  },
  BY_ACCOUNT: {
    rule: "Own account",
    formula: (v, result, w) =>
      `min(${w.yuan(v.balance)}, ${w.yuan(v.selfPaid)} − ${w.yuan(v.excluded)}) = ${result} (the balance; the account pays only the in-policy part of what you pay)`,
  },
  BY_FAMILY: {
    rule: "Family money",
    refused: (_v, result) => `none, this binding does not pay for this visit (see why below) = ${result}`,
    share: (v, result, w) => {
      const shareable = v.shareable === "balance" ? w.yuan(v.balance) : less(w.yuan(v.balance), w.yuan(v.reserve), v.shareable === "clamped");
      const kept = v.shareable === "balance" ? "the balance" : "the balance above the reserve";
      return `min(${w.yuan(v.due)}, ${shareable}${v.limit === undefined ? "" : `, ${w.yuan(v.limit)}`}) = ${result} (in-policy part left, ${kept}${v.limit === undefined ? "" : ", the limit left"})`;
    },
    allOrNothing: (v, result, w) => `${w.yuan(v.available)} may be shared < ${w.yuan(v.due)} due; the balance must cover all of it, so none = ${result}`,
  },
  IN_CASH: {
    rule: "Cash",
    formula: (v, result, w) => `${w.yuan(v.selfPaid)} − ${w.yuan(v.accountPaid)} − ${w.yuan(v.familyPaid)} = ${result} (what you pay − own account − family money)`,
  },
};
