/**
 * The reasons a settlement gives, as data: each code with its values in order, by name and type.
 * From this table come the types of a reason's values (`ReasonParams` in `types.ts`) and the order
 * in which a `ReasonLog` (`reasons.ts`) records them and a reader finds them.
 */

/** The values of a reason, in order: each a name and the type of its value (a `Value`'s `t`). */
export type Spec = readonly (readonly [string, string])[];

/** Each reason code with its values, in the order they are recorded and written. */
export const REASON_VALUES = {
  LEVEL_INTERPRETED: [["level", "level"], ["label", "name"]],
  NOT_DESIGNATED: [["emergency", "flag"], ["emergencyException", "flag"]],
  EMERGENCY_AT_NON_DESIGNATED: [],
  PHARMACY_NOT_COVERED: [],
  PHARMACY_NO_PRESCRIPTION: [],
  PHARMACY_PRESCRIBER_LEVEL: [["level", "level"]],
  SPECIALTY_AS_LEVEL: [["from", "level"], ["to", "level"]],
  EXCLUDED_PART: [["excluded", "fen"]],
  CLASS_B_FIRST: [["classB", "fen"], ["share", "bp"], ["part", "fen"]],
  /** The current-year account paid first; `balance` before, `left` after; none given: `ACCOUNT_CURRENT_NOT_GIVEN`. */
  ACCOUNT_FIRST: [["paid", "fen"], ["balance", "fen"], ["left", "fen"]],
  ACCOUNT_CURRENT_NOT_GIVEN: [],
  DEDUCTIBLE_PART: [["threshold", "fen"], ["part", "fen"], ["level", "level"], ["period", "code"]],
  /** `period`: the deductible's period, or "ceiling" when the yearly ceiling is what has been reached. */
  DEDUCTIBLE_ALREADY_MET: [["threshold", "fen"], ["level", "level"], ["period", "code"]],
  DEDUCTIBLE_TOPPED_UP: [["threshold", "fen"], ["met", "fen"], ["part", "fen"], ["level", "level"], ["period", "code"]],
  /** No deductible at this level (郑州 社区: 0). */
  DEDUCTIBLE_NONE: [["level", "level"]],
  DEDUCTIBLE_PERIOD_READING: [],
  DEDUCTIBLE_SHARED_READING: [["accumulator", "code"]],
  RATIO_APPLIED: [["eligible", "fen"], ["ratio", "bp"], ["fund", "fen"], ["level", "level"], ["status", "status"]],
  /** The ratio the source writes as the person's share (自付比例): the fund pays the rest. */
  RATIO_SELF_SHARE: [["self", "bp"], ["ratio", "bp"]],
  /** The year's eligible spending so far (`spent`) is past a band that starts at `from`. */
  RATIO_BAND: [["from", "fen"], ["spent", "fen"]],
  /** A visit crossing bands: one part of its eligible spending, at its band's ratio (`from` 0: below the first band). */
  RATIO_PART: [["from", "fen"], ["part", "fen"], ["ratio", "bp"], ["fund", "fen"]],
  RATIO_CONDITION_POINTS: [["condition", "name"], ["points", "bp"]],
  RATIO_CONDITION_TABLE: [["condition", "name"]],
  CAP_CROSSED: [["cap", "fen"], ["overCap", "fen"]],
  /** `secondTier`: a second tier paid in its place. */
  CAP_EXHAUSTED: [["cap", "fen"], ["secondTier", "flag"]],
  CAP_NONE: [],
  /** The cap is part of another scheme's, which yibao does not see: less may be left than shown. */
  CAP_SHARED: [["scheme", "name"]],
  SECOND_TIER_PAID: [["beyond", "fen"], ["ratio", "bp"], ["fund", "fen"], ["cap", "fen"]],
  // Visits elsewhere.
  PLACE_COVERED: [["place", "place"]],
  PLACE_NOT_COVERED: [["place", "place"]],
  PLACE_RULES_MISSING: [["place", "place"]],
  NOT_DESIGNATED_ELSEWHERE: [["place", "place"]],
  AMOUNTS_INSURED_PLACE: [["place", "place"]],
  AMOUNTS_TREATMENT_PLACE: [["place", "place"]],
  SETTLEMENT_DIRECT: [["self", "fen"]],
  SETTLEMENT_IF_OPEN: [["amount", "fen"], ["self", "fen"], ["fund", "fen"]],
  SETTLEMENT_BY_HAND: [["amount", "fen"], ["fund", "fen"]],
  SETTLEMENT_NO_ROUTE: [["amount", "fen"], ["fund", "fen"]],
  SETTLEMENT_UNSTATED: [["place", "place"]],
  DIRECT_NEEDS_LEVEL: [["level", "level"], ["minLevel", "level"]],
  DIRECT_NEEDS_FILING: [],
  DIRECT_NEEDS_OPEN_FACILITY: [],
  // Who pays the self-paid part.
  WALLET_EXCLUDED_CASH: [["excluded", "fen"]],
  WALLET_NOT_DESIGNATED: [["cash", "fen"]],
  ACCOUNT_PAID: [["paid", "fen"], ["due", "fen"], ["balance", "fen"], ["left", "fen"]],
  ACCOUNT_NOT_GIVEN: [],
  FAMILY_NOT_NEEDED: [],
  FAMILY_RELATION_ALLOWED: [["relation", "relation"], ["rules", "name"]],
  FAMILY_RELATION_REFUSED: [["relation", "relation"], ["allowed", "relations"], ["rules", "name"]],
  FAMILY_SCHEME_REFUSED: [["scheme", "scheme"], ["allowed", "schemes"], ["place", "place-class"], ["rules", "name"]],
  FAMILY_PLACE_ALLOWED: [["place", "place-class"], ["rules", "name"]],
  FAMILY_PLACE_UNSTATED: [["place", "place-class"], ["rules", "name"]],
  FAMILY_PLACE_REFUSED: [["place", "place-class"], ["rules", "name"]],
  FAMILY_PLACE_NO_SOURCE: [["place", "place-class"], ["rules", "name"]],
  FAMILY_WALLET_OPEN: [["rules", "name"]],
  FAMILY_WALLET_UNCONFIRMED: [["rules", "name"]],
  FAMILY_TREATMENT_REFUSED: [["rules", "name"]],
  FAMILY_TREATMENT_UNKNOWN: [["rules", "name"]],
  FAMILY_ALL_OR_NOTHING: [["due", "fen"], ["available", "fen"]],
  FAMILY_CUT_PER_PAYMENT: [["limit", "fen"]],
  FAMILY_CUT_TOTAL: [["limit", "fen"]],
  FAMILY_CUT_RESERVE: [["balance", "fen"], ["reserve", "fen"], ["shareable", "fen"]],
  FAMILY_CUT_BALANCE: [["balance", "fen"]],
  FAMILY_PAID: [["paid", "fen"], ["due", "fen"]],
  CASH_PAID: [["cash", "fen"]],
} as const satisfies Readonly<Record<string, Spec>>;

export type ReasonCode = keyof typeof REASON_VALUES;
