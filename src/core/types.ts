import type { BasisPoints, Fen } from "./money.js";

/** Facility level: 1 一级及以下, 2 二级, 3 三级及以上. */
export type Level = 1 | 2 | 3;

/** 在职 in service, 退休 retired. */
export type Status = "in-service" | "retired";

/** 医疗机构, 定点零售药店, 专科医疗机构. */
export type Facility = "hospital" | "pharmacy" | "specialty";

/** Where the visit takes place, seen from the insured city: 本地, 异地长期居住, 临时外出. */
export type Place = "local" | "resident-elsewhere" | "temporary-elsewhere";

/** Where a rule comes from: a source of the policy file and the phrase quoted from it. */
export interface Citation {
  /** Source id within the policy file, e.g. "000". */
  readonly ref: string;
  /** Human title or file of that source. */
  readonly document: string;
  readonly quote: string;
  /** Interpretation id (the policy file's `interpretations`) when the value rests on a reading. */
  readonly interpretation?: string;
  /** The reading itself, in words. */
  readonly interpretationNote?: { readonly zh: string; readonly en: string };
  /** Set when the source was introduced by a user's policy file: that file's path. */
  readonly policyFile?: string;
}

/** The numbers and switches of one policy version, compiled for the engine. Holds no city logic. */
export interface Rules {
  readonly deductible: {
    /** 按次 per visit or 按年度 per calendar year. */
    readonly period: "visit" | "year";
    /** Yearly deductibles: one accumulator for all levels (累计补差) or one per level. */
    readonly accumulator: "shared" | "per-level";
    readonly byLevel: Readonly<Record<Level, Fen>>;
    /** Per-visit deductibles stop once this much has been paid in the year. */
    readonly yearlyCeiling: Fen | null;
    readonly cite: Readonly<Record<Level, Citation>>;
    /** Where "per visit" or "per year" comes from. */
    readonly periodCite: Citation;
    /** Where "shared by the levels" or "per level" comes from. */
    readonly accumulatorCite: Citation;
  };
  /** Fund ratio by level and status: as written in the policy ("0.55") and in basis points (5500). */
  readonly ratio: Readonly<Record<Level, Readonly<Record<Status, { readonly value: string; readonly bp: BasisPoints; readonly cite: Citation }>>>>;
  readonly cap: {
    /** "fund": the fund's payment is capped; "eligible": the eligible spending is capped. */
    readonly basis: "fund" | "eligible";
    readonly byStatus: Readonly<Record<Status, { readonly value: Fen; readonly cite: Citation }>>;
  };
  /** Special facility kinds settled as another level (鞍山: 专科 → 一级). */
  readonly specialty: { readonly level: Level; readonly cite: Citation } | null;
  readonly pharmacy: { readonly covered: boolean; readonly requiresPrescription: boolean; readonly cite: Citation };
  readonly designation: { readonly required: boolean; readonly emergencyException: boolean; readonly cite: Citation };
  /** Visits outside the insured city (异地就医); null when no source gives the rules. */
  readonly crossRegion: CrossRegionRules | null;
}

/** A kind of visit elsewhere: paid or not, and whether only designated facilities there count. */
export interface ElsewhereRule {
  readonly covered: boolean;
  readonly cite: Citation;
  /** Non-designated facilities there are not paid, emergency or not. */
  readonly designatedOnly: Citation | null;
}

export interface CrossRegionRules {
  readonly places: Readonly<Record<Exclude<Place, "local">, ElsewhereRule>>;
  /** Whose deductible and ratios apply: the insured city's, or the treatment city's. */
  readonly amounts: { readonly value: "insured" | "treatment"; readonly cite: Citation };
  /** When a visit elsewhere settles directly at the facility; null when no source says. */
  readonly settlement: {
    readonly direct: Citation;
    readonly minLevel: { readonly level: Level; readonly cite: Citation } | null;
    readonly filing: Citation | null;
    readonly facilityOpen: Citation | null;
    readonly byHand: Citation;
  } | null;
}

/** One visit as the engine sees it: amounts in fen, level already resolved. */
export interface Visit {
  readonly date: string;
  readonly level: Level;
  readonly facility: Facility;
  readonly amount: Fen;
  readonly excluded: Fen;
  readonly designated: boolean;
  readonly emergency: boolean;
  /** For a pharmacy visit: the drugs come on a designated facility's prescription (外配处方). */
  readonly prescription: boolean;
  readonly place: Place;
  /** Filed (备案) for treatment elsewhere. */
  readonly filed: boolean;
  /** The facility is open for cross-region outpatient direct settlement; null when not known. */
  readonly directSettlement: boolean | null;
}

/** What a person has used in one calendar year. */
export interface YearState {
  readonly year: number;
  /** Deductible paid this year, all levels together (the shared accumulator). */
  readonly deductibleMet: Fen;
  /** Deductible paid this year at each level, for per-level accumulators. */
  readonly deductibleMetByLevel: Readonly<Record<Level, Fen>>;
  /** What counts against the cap this year: the fund's payments, or eligible spending. */
  readonly fundUsed: Fen;
}

export type ReasonCode =
  | "LEVEL_INTERPRETED"
  | "NOT_DESIGNATED"
  | "EMERGENCY_AT_NON_DESIGNATED"
  | "PHARMACY_NOT_COVERED"
  | "PHARMACY_NO_PRESCRIPTION"
  | "PHARMACY_PRESCRIBER_LEVEL"
  | "SPECIALTY_AS_LEVEL"
  | "EXCLUDED_PART"
  | "DEDUCTIBLE_PART"
  | "DEDUCTIBLE_ALREADY_MET"
  | "DEDUCTIBLE_TOPPED_UP"
  | "DEDUCTIBLE_PERIOD_READING"
  | "DEDUCTIBLE_SHARED_READING"
  | "RATIO_APPLIED"
  | "CAP_CROSSED"
  | "CAP_EXHAUSTED"
  // Visits elsewhere (core/cross-region.ts).
  | "PLACE_COVERED"
  | "PLACE_NOT_COVERED"
  | "PLACE_RULES_MISSING"
  | "NOT_DESIGNATED_ELSEWHERE"
  | "AMOUNTS_INSURED_PLACE"
  | "AMOUNTS_TREATMENT_PLACE"
  | "SETTLEMENT_DIRECT"
  | "SETTLEMENT_IF_OPEN"
  | "SETTLEMENT_BY_HAND"
  | "SETTLEMENT_UNSTATED"
  | "DIRECT_NEEDS_LEVEL"
  | "DIRECT_NEEDS_FILING"
  | "DIRECT_NEEDS_OPEN_FACILITY"
  // Who pays the self-paid part (core/family.ts).
  | "WALLET_EXCLUDED_CASH"
  | "ACCOUNT_PAID"
  | "ACCOUNT_NOT_GIVEN"
  | "FAMILY_NOT_NEEDED"
  | "FAMILY_RELATION_ALLOWED"
  | "FAMILY_RELATION_REFUSED"
  | "FAMILY_SCHEME_REFUSED"
  | "FAMILY_PLACE_ALLOWED"
  | "FAMILY_PLACE_UNSTATED"
  | "FAMILY_PLACE_REFUSED"
  | "FAMILY_TREATMENT_REFUSED"
  | "FAMILY_TREATMENT_UNKNOWN"
  | "FAMILY_ALL_OR_NOTHING"
  | "FAMILY_CUT_PER_PAYMENT"
  | "FAMILY_CUT_TOTAL"
  | "FAMILY_CUT_RESERVE"
  | "FAMILY_CUT_BALANCE"
  | "FAMILY_PAID"
  | "CASH_PAID";

/**
 * One step of the arithmetic of a settlement, recorded by the engine as it computes: the rule, the
 * numbers that went in (fen, basis points or a count), the result, and where the rule comes from.
 * Renderers turn it into a formula such as `(1200.00 − 500.00) × 60% = 420.00`.
 */
export interface Step {
  readonly code: StepCode;
  readonly values: Readonly<Record<string, number | string>>;
  readonly result: Fen;
  readonly cite?: Citation;
}

/**
 * NOT_COVERED: the whole amount is self-paid. IN_POLICY: amount − excluded. DEDUCTIBLE: the part of
 * the in-policy amount that goes to the deductible. ELIGIBLE: in-policy − deductible. FUND: eligible ×
 * ratio, half-up. CAP: what the cap leaves of it. SELF_PAID: amount − fund, and its four parts.
 */
export type StepCode = "NOT_COVERED" | "IN_POLICY" | "DEDUCTIBLE" | "ELIGIBLE" | "FUND" | "CAP" | "SELF_PAID";

/** Why a visit settled the way it did; renderers turn it into words. */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite?: Citation;
}

export interface VisitResult {
  readonly visit: Visit;
  /** The level whose deductible and ratio applied (may differ for specialty facilities). */
  readonly appliedLevel: Level;
  readonly covered: boolean;
  readonly excluded: Fen;
  readonly inPolicy: Fen;
  readonly deductible: Fen;
  readonly eligible: Fen;
  /** The fund ratio that applied ("0.55" and 5500), or null when the visit is not covered. */
  readonly ratio: { readonly value: string; readonly bp: BasisPoints } | null;
  readonly fundBeforeCap: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly copay: Fen;
  readonly overCap: Fen;
  readonly reasons: readonly Reason[];
  /** The arithmetic, step by step, as it was done. */
  readonly steps: readonly Step[];
  /** The year's accumulators after this visit. */
  readonly after: YearState;
  readonly capRemaining: Fen;
  /** How the visit is settled: locally, directly elsewhere, or paid and reimbursed back home. */
  readonly settlement: Settlement;
}

/**
 * local: settled at the facility as usual. direct: settled at the facility elsewhere.
 * by-hand: paid in full, the fund's part reimbursed back home (回参保地手工报销).
 * if-open: direct when the facility is open for it, by hand otherwise (not known which).
 * unstated: the sources do not say how a visit elsewhere is settled. none: nothing is paid elsewhere.
 */
export type SettlementMode = "local" | "direct" | "by-hand" | "if-open" | "unstated" | "none";

/** What the person should do about a visit elsewhere. */
export type SettlementAction = "FILE_FIRST" | "KEEP_RECEIPTS" | "CHECK_FACILITY" | "ASK_AGENCY" | "USE_DESIGNATED";

export interface Settlement {
  readonly mode: SettlementMode;
  /** Paid at the counter on the day; null when it depends on what is not known. */
  readonly atCounter: Fen | null;
  /** Paid back later by the insured city's agency. */
  readonly reimbursedLater: Fen | null;
  readonly actions: readonly SettlementAction[];
}
