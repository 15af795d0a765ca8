import type { ReasonWords } from "../catalogue.js";

export const reasons: ReasonWords = {
  LEVEL_INTERPRETED: (p) => `Level ${p.level.v} is read as "${p.label.v.en}" (${p.label.v.zh}).`,
  NOT_DESIGNATED: (p) =>
    p.emergency.v
      ? "Not a designated facility, and this city's policy has no emergency exception: the fund pays nothing."
      : "Not a designated outpatient-pooling facility: the fund pays nothing, all is self-paid.",
  EMERGENCY_AT_NON_DESIGNATED: () => "Emergency rescue at a non-designated facility: covered as the exception allows.",
  PHARMACY_NOT_COVERED: () => "This city's pooling does not cover pharmacies: all is self-paid.",
  PHARMACY_NO_PRESCRIPTION: () => "Pharmacy purchase without a designated facility's prescription: the fund pays nothing.",
  PHARMACY_PRESCRIBER_LEVEL: (p, w) => `Pharmacy purchase settled at the prescribing facility's level (${w.level(p.level)}).`,
  SPECIALTY_AS_LEVEL: (p, w) => `Specialty facility settled as ${w.level(p.to)} (deductible and ratio).`,
  EXCLUDED_PART: (p, w) => `${w.yuan(p.excluded)} yuan outside the catalogues is fully self-paid.`,
  CLASS_B_FIRST: (p, w) => `Class-B first (乙类先行自付): ${w.pct(p.share)} of the class-B part ${w.yuan(p.classB)}, ${w.yuan(p.part)}, is paid by you first; the rest goes on to the deductible and the fund.`,
  ACCOUNT_FIRST: (p, w) => `The current-year account pays ${w.yuan(p.paid)} first (balance ${w.yuan(p.balance)}, ${w.yuan(p.left)} after); the rest goes on to the deductible and the fund.`,
  ACCOUNT_CURRENT_NOT_GIVEN: () => "Here the current-year account pays the in-policy cost first, but its balance was not given (--account-current): taken as 0.",
  DEDUCTIBLE_PART: (p, w) =>
    p.period.v === "visit"
      ? `Per-visit deductible ${w.yuan(p.threshold)}: ${w.yuan(p.part)} goes to it.`
      : p.period.v === "year"
        ? `Yearly deductible at ${w.level(p.level)} is ${w.yuan(p.threshold)}: ${w.yuan(p.part)} goes to it.`
        : `${p.period.v === "day" ? "Daily" : "Monthly"} deductible at ${w.level(p.level)} is ${w.yuan(p.threshold)}: ${w.yuan(p.part)} goes to it.`,
  DEDUCTIBLE_ALREADY_MET: (p, w) =>
    p.period.v === "ceiling"
      ? `The deductible paid this year has reached its yearly maximum of ${w.yuan(p.threshold)}: none in this visit.`
      : `The ${w.level(p.level)} deductible of ${w.yuan(p.threshold)} is already met ${p.period.v === "day" ? "today" : p.period.v === "month" ? "this month" : "this year"}.`,
  DEDUCTIBLE_TOPPED_UP: (p, w) =>
    `${w.yuan(p.met)} of deductible already met ${p.period.v === "day" ? "today" : p.period.v === "month" ? "this month" : "this year"}; at ${w.level(p.level)} it is topped up to ${w.yuan(p.threshold)}: ${w.yuan(p.part)} now.`,
  DEDUCTIBLE_NONE: (p, w) => `No deductible at ${w.level(p.level)}.`,
  DEDUCTIBLE_PERIOD_READING: () => "The source does not say whether the deductible is per visit or per year: it is read as per calendar year.",
  DEDUCTIBLE_SHARED_READING: (p) =>
    p.accumulator.v === "shared"
      ? "One yearly deductible accumulator is shared by all levels and topped up at a higher level (累计补差)."
      : "Each level has its own yearly deductible accumulator.",
  RATIO_APPLIED: (p, w) =>
    `Fund ratio at ${w.level(p.level)}, ${w.status(p.status)}: ${w.pct(p.ratio)}. ${w.yuan(p.eligible)} × ${w.pct(p.ratio)} = ${w.yuan(p.fund)} (rounded half-up to the fen).`,
  RATIO_SELF_SHARE: (p, w) => `The policy publishes the person's share, ${w.pct(p.self)}: the fund pays ${w.pct(p.ratio)}.`,
  RATIO_BAND: (p, w) => `This year's eligible spending has reached ${w.yuan(p.spent)}: above ${w.yuan(p.from)} the band's ratio applies.`,
  RATIO_PART: (p, w) =>
    p.from.v === 0
      ? `${w.yuan(p.part)} of the eligible part at ${w.pct(p.ratio)}: ${w.yuan(p.fund)}.`
      : `${w.yuan(p.part)} above this year's ${w.yuan(p.from)} at ${w.pct(p.ratio)}: ${w.yuan(p.fund)}.`,
  RATIO_CONDITION_POINTS: (p, w) => `${w.name(p.condition)}: the ratio is ${w.pct(p.points).replace(/%$/, "")} points higher (at most 100%).`,
  RATIO_CONDITION_TABLE: (p, w) => `${w.name(p.condition)}: its own ratios apply.`,
  CAP_NONE: () => "The city sets no annual cap on general outpatient pooling.",
  CAP_SHARED: (p, w) => `The annual cap is shared with ${w.name(p.scheme)}; yibao does not see what was spent there, so less may be left than shown.`,
  SECOND_TIER_PAID: (p, w) => `${w.yuan(p.beyond)} of eligible spending beyond the annual cap goes to the second tier at ${w.pct(p.ratio)}: ${w.yuan(p.fund)} (its cap ${w.yuan(p.cap)}).`,
  CAP_CROSSED: (p, w) =>
    p.overCap.v === 0
      ? `The annual cap of ${w.yuan(p.cap)} is reached in this visit; the second tier pays beyond it, so none of it is yours to bear as over the cap.`
      : `The annual cap of ${w.yuan(p.cap)} is reached in this visit; ${w.yuan(p.overCap)} above it is self-paid.`,
  CAP_EXHAUSTED: (p, w) =>
    p.secondTier.v ? `The annual cap of ${w.yuan(p.cap)} is used up: the second tier pays this visit.` : `The annual cap of ${w.yuan(p.cap)} is used up: the fund pays nothing more this year.`,

  PLACE_COVERED: (p, w) => `${w.place(p.place)}: the insured city's policy pays for such visits.`,
  PLACE_NOT_COVERED: (p, w) => `${w.place(p.place)}: the insured city's policy does not pay general outpatient costs; all is self-paid.`,
  PLACE_RULES_MISSING: () => "The sources give no rules for visits elsewhere: the fund pays nothing.",
  NOT_DESIGNATED_ELSEWHERE: () => "Costs at a non-designated facility elsewhere are not paid (no emergency exception): all is self-paid.",
  AMOUNTS_INSURED_PLACE: () => "The insured city's deductible, ratios and annual cap apply, sharing this year's totals with local visits.",
  AMOUNTS_TREATMENT_PLACE: () => "The treatment city's deductible and ratios apply, the insured city's annual cap, sharing this year's totals with local visits.",
  DIRECT_NEEDS_LEVEL: (p, w) => `Direct settlement elsewhere needs a facility of ${w.grade(p.minLevel)} or higher; this one is ${w.grade(p.level)}.`,
  DIRECT_NEEDS_FILING: () => "Direct settlement elsewhere needs filing (备案) first; this visit was not filed.",
  DIRECT_NEEDS_OPEN_FACILITY: () => "The facility is not open for cross-region outpatient direct settlement.",
  SETTLEMENT_BY_HAND: (p, w) => `No direct settlement: pay all ${w.yuan(p.amount)} at the facility and claim back home; the fund's part is ${w.yuan(p.fund)}.`,
  SETTLEMENT_NO_ROUTE: (p, w) =>
    `No direct settlement: pay all ${w.yuan(p.amount)} at the facility. The source offers reimbursement by hand back home only when direct settlement fails for system reasons, and says nothing of this case; by the rules the fund's part would be ${w.yuan(p.fund)}: ask the insured city's agency first.`,
  SETTLEMENT_IF_OPEN: (p, w) =>
    `If the facility is open for direct settlement you pay ${w.yuan(p.self)} there; otherwise pay all ${w.yuan(p.amount)} and claim ${w.yuan(p.fund)} back home.`,
  SETTLEMENT_UNSTATED: () => "The sources do not say whether filing is needed or whether the visit settles directly; the amounts follow the insured city's rules.",
  SETTLEMENT_DIRECT: (p, w) => `Direct settlement elsewhere: you pay only your ${w.yuan(p.self)} at the facility.`,

  WALLET_EXCLUDED_CASH: (p, w) => `The ${w.yuan(p.excluded)} outside the catalogues is paid in cash; account and family money do not pay it.`,
  WALLET_NOT_DESIGNATED: (p, w) => `Not a designated facility: account and family money cannot pay there, so all ${w.yuan(p.cash)} is cash.`,
  ACCOUNT_PAID: (p, w) =>
    `Your own account pays ${w.yuan(p.paid)} of the ${w.yuan(p.due)} in-policy part (balance ${w.yuan(p.balance)}, ${w.yuan(p.left)} left).`,
  ACCOUNT_NOT_GIVEN: () => "No balance of your own account was given: taken as 0. Family money pays only after your own account.",
  FAMILY_NOT_NEEDED: () => "Your own account paid it all; family money is not used (own account first).",
  FAMILY_RELATION_ALLOWED: (p, w) =>
    `${w.name(p.rules)}'s rules allow an account holder to share with a ${w.relation(p.relation)} (the relative is the account holder's ${w.relation(p.relation)}).`,
  FAMILY_RELATION_REFUSED: (p, w) =>
    `${w.name(p.rules)}'s family aid is only for the account holder's ${w.relations(p.allowed)}; the relative is the account holder's ${w.relation(p.relation)}, so no aid.`,
  FAMILY_SCHEME_REFUSED: (p, w) =>
    `${w.name(p.rules)}'s rules: when the account holder and the relative are insured ${w.placeClass(p.place)}, the relative must be in ${w.schemes(p.allowed)}; no aid.`,
  FAMILY_PLACE_ALLOWED: (p, w) => `The account holder and the relative are insured ${w.placeClass(p.place)}: ${w.name(p.rules)}'s rules allow aid.`,
  FAMILY_PLACE_UNSTATED: (p, w) => `${w.name(p.rules)}'s sources set no rule on where the two are insured (here: ${w.placeClass(p.place)}).`,
  FAMILY_PLACE_REFUSED: (p, w) => `The account holder and the relative are insured ${w.placeClass(p.place)}; ${w.name(p.rules)}'s rules do not allow aid then.`,
  FAMILY_PLACE_NO_SOURCE: (p, w) =>
    `${w.name(p.rules)}'s sources say nothing about aid across provinces, and no source allows it when the account holder and the relative are insured ${w.placeClass(p.place)}: family money pays nothing. Where it is allowed locally, supply the rule with --policy-file.`,
  FAMILY_WALLET_OPEN: (p, w) => `By ${w.name(p.rules)}'s rules, both places have opened the 医保钱包 (insurance wallet): aid is allowed.`,
  FAMILY_WALLET_UNCONFIRMED: (p, w) =>
    `By ${w.name(p.rules)}'s rules, aid between two places needs both to have opened the 医保钱包 (insurance wallet); that was not stated, so family money pays nothing. Say so with --family-wallet-open when both have.`,
  FAMILY_TREATMENT_REFUSED: (p, w) => `${w.name(p.rules)}'s family money may be used only inside the province, and the relative is treated outside it.`,
  FAMILY_TREATMENT_UNKNOWN: (p, w) =>
    `${w.name(p.rules)}'s family money may be used only inside the province; this visit is elsewhere and no city of treatment was given, so family money pays nothing. Give it with --treatment-city.`,
  FAMILY_ALL_OR_NOTHING: (p, w) =>
    `The account holder's usable ${w.yuan(p.available)} does not cover the ${w.yuan(p.due)} due; the balance must cover it all, so family money pays nothing this time.`,
  FAMILY_CUT_PER_PAYMENT: (p, w) => `The account holder set ${w.yuan(p.limit)} per payment: family money pays at most that now.`,
  FAMILY_CUT_TOTAL: (p, w) => `${w.yuan(p.limit)} is left of the sharing limit the account holder set: family money pays at most that.`,
  FAMILY_CUT_RESERVE: (p, w) =>
    `The account holder has ${w.yuan(p.balance)} and must keep ${w.yuan(p.reserve)}: only the ${w.yuan(p.shareable)} above it can be shared.`,
  FAMILY_CUT_BALANCE: (p, w) => `The account holder has only ${w.yuan(p.balance)} left.`,
  FAMILY_PAID: (p, w) => `Family aid pays ${w.yuan(p.paid)} of the ${w.yuan(p.due)} left after your own account.`,
  CASH_PAID: (p, w) => `The remaining ${w.yuan(p.cash)} is paid in cash.`,
};
