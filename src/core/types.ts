import type { BasisPoints, Fen } from "./money.js";

/** Facility level: 1 一级及以下, 2 二级, 3 三级及以上. */
export type Level = 1 | 2 | 3;

/** 在职 in service, 退休 retired. */
export type Status = "in-service" | "retired";

/** 医疗机构, 定点零售药店, 专科医疗机构. */
export type Facility = "hospital" | "pharmacy" | "specialty";

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
  | "FAMILY_ALL_OR_NOTHING"
  | "FAMILY_CUT_PER_PAYMENT"
  | "FAMILY_CUT_TOTAL"
  | "FAMILY_CUT_RESERVE"
  | "FAMILY_CUT_BALANCE"
  | "FAMILY_PAID"
  | "CASH_PAID";

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
  /** The year's accumulators after this visit. */
  readonly after: YearState;
  readonly capRemaining: Fen;
}
