/**
 * The catalogue type: every word yibao says, keyed by the code of what it says. Each language is one
 * value of this type (`zh/`, `en/`), so the compiler names anything a language lacks. Templates get
 * typed values and a `Words` toolkit that writes them in that language (yuan, percent, level names).
 */
import type {
  AccountPlan,
  FamilyUse,
  Level,
  MemberKind,
  Of,
  Place,
  PlaceClass,
  ReasonCode,
  ReasonParams,
  Relation,
  Scheme,
  SettlementAction,
  SettlementMode,
  Status,
  StepCode,
  StepValues,
} from "../../app/model.js";
import type { ErrorWords } from "./errors.js";
import type { Help } from "./help.js";
import type { PolicyIssueWords } from "./policy-issues.js";
import type { Labels } from "./labels.js";

/** Writes typed values in one language. */
export interface Words {
  /** Fen as yuan with two decimals: 1200.00. */
  readonly yuan: (v: Of<"fen">) => string;
  /** Basis points as a percentage: 55%, 57.5%. */
  readonly pct: (v: Of<"bp">) => string;
  /** A level as the city names it (吕梁: 二类). */
  readonly level: (v: Of<"level">) => string;
  /** A level in the common words: 二级 / level 2. */
  readonly grade: (v: Of<"level">) => string;
  readonly status: (v: Of<"status">) => string;
  readonly place: (v: Of<"place">) => string;
  readonly relation: (v: Of<"relation">) => string;
  readonly relations: (v: Of<"relations">) => string;
  readonly schemes: (v: Of<"schemes">) => string;
  readonly placeClass: (v: Of<"place-class">) => string;
  /** A name from a policy file, in this language. */
  readonly name: (v: Of<"name">) => string;
}

/** Names of the closed sets, as people read them. */
export interface Names {
  readonly status: Readonly<Record<Status, string>>;
  /** 一级, 二级, 三级 when a city names its levels no other way. */
  readonly level: Readonly<Record<Level, string>>;
  readonly visitPlace: Readonly<Record<Place, string>>;
  readonly settlement: Readonly<Record<SettlementMode, string>>;
  readonly action: Readonly<Record<SettlementAction, string>>;
  readonly relation: Readonly<Record<Relation, string>>;
  readonly scheme: Readonly<Record<Scheme, string>>;
  /** Where the two are insured, as a phrase after 授权人与使用人 / "the account holder and the relative are insured". */
  readonly placeClass: Readonly<Record<PlaceClass, string>>;
  /** What family money may pay for. */
  readonly use: Readonly<Record<FamilyUse, string>>;
  /** Kinds of member for account credits. */
  readonly member: Readonly<Record<MemberKind, string>>;
  readonly plan: Readonly<Record<AccountPlan, string>>;
  /** How a list of names is joined: 、 or , . */
  readonly listSeparator: string;
}

export type ReasonWords = { readonly [C in ReasonCode]: (p: ReasonParams[C], w: Words) => string };

/** A step in words: what it is (起付线部分 / Deductible), and its arithmetic with the actual numbers. */
export interface StepWord<V> {
  readonly rule: string;
  /** The formula, ending in the result (already written as yuan). */
  readonly formula: (v: V, result: string, w: Words) => string;
}

type DeductibleValues = StepValues["DEDUCTIBLE"];
type CapValues = StepValues["CAP"];
type FamilyShare = Extract<StepValues["BY_FAMILY"], { readonly balance: Of<"fen"> }>;

/**
 * A difference that can be below zero, where the arithmetic takes 0 instead: `clamped` is set when it
 * did (500.00 − 700.00), so the formula shows `max(0, 500.00 − 700.00)` and stays true.
 */
interface Clamp {
  readonly clamped: boolean;
}

export interface StepWords {
  readonly NOT_COVERED: StepWord<StepValues["NOT_COVERED"]>;
  readonly IN_POLICY: StepWord<StepValues["IN_POLICY"]>;
  readonly CLASS_B_FIRST: StepWord<StepValues["CLASS_B_FIRST"]>;
  readonly ACCOUNT_FIRST: StepWord<StepValues["ACCOUNT_FIRST"]>;
  /** The deductible per visit, per visit up to a yearly ceiling, or per year with what is met already. */
  readonly DEDUCTIBLE: {
    readonly rule: string;
    readonly perVisit: (v: DeductibleValues, result: string, w: Words) => string;
    readonly withCeiling: (v: DeductibleValues & { readonly ceiling: Of<"fen">; readonly perVisit: Of<"fen">; readonly met: Of<"fen"> } & Clamp, result: string, w: Words) => string;
    readonly perYear: (v: DeductibleValues & { readonly met: Of<"fen"> } & Clamp, result: string, w: Words) => string;
    /** Per day or per month, with what is met in that day or month already. */
    readonly perPeriod: (v: DeductibleValues & { readonly met: Of<"fen"> } & Clamp, result: string, w: Words) => string;
    /** Per day, month or level, up to a yearly ceiling. */
    readonly periodWithCeiling: (
      v: DeductibleValues & { readonly met: Of<"fen">; readonly ceiling: Of<"fen">; readonly yearMet: Of<"fen"> } & Clamp & { readonly ceilingClamped: boolean },
      result: string,
      w: Words,
    ) => string;
  };
  readonly ELIGIBLE: StepWord<StepValues["ELIGIBLE"]>;
  readonly FUND: StepWord<StepValues["FUND"]> & {
    /** One part of a visit that crosses a band of the year's eligible spending. */
    readonly inPart: (v: StepValues["FUND"] & { readonly part: Of<"fen"> }, result: string, w: Words) => string;
  };
  /** The cap on the fund's payments, or on the eligible spending. */
  readonly CAP: {
    readonly rule: string;
    readonly onFund: (v: Extract<CapValues, { readonly fund: Of<"fen"> }> & Clamp, result: string, w: Words) => string;
    readonly onEligible: (v: Extract<CapValues, { readonly eligible: Of<"fen"> }> & Clamp, result: string, w: Words) => string;
    /** On eligible spending paid in parts at several ratios. */
    readonly onEligibleParts: (v: Extract<CapValues, { readonly eligible: Of<"fen"> }> & Clamp, result: string, w: Words) => string;
  };
  /** The second tier: on its payments (basis fund) or on the spending it takes (basis eligible). */
  readonly SECOND_TIER: {
    readonly rule: string;
    readonly onFund: (v: StepValues["SECOND_TIER"] & Clamp, result: string, w: Words) => string;
    readonly onEligible: (v: StepValues["SECOND_TIER"] & Clamp, result: string, w: Words) => string;
  };
  readonly SELF_PAID: StepWord<StepValues["SELF_PAID"]> & {
    /** Where something was paid first (乙类先行自付, the current-year account): those parts too. */
    readonly withFirst: (v: StepValues["SELF_PAID"] & { readonly first: Of<"fen"> }, result: string, w: Words) => string;
  };
  readonly BY_ACCOUNT: StepWord<StepValues["BY_ACCOUNT"]>;
  /**
   * Family money: nothing where the binding does not pay for the visit; otherwise the least of what is
   * left to pay and what may be shared (`shareable`: the balance, the balance less the reserve, or that
   * clamped at 0); or nothing, where the balance must cover it all and does not.
   */
  readonly BY_FAMILY: {
    readonly rule: string;
    readonly refused: (v: StepValues["BY_FAMILY"], result: string, w: Words) => string;
    readonly share: (v: FamilyShare & { readonly shareable: "balance" | "less-reserve" | "clamped" }, result: string, w: Words) => string;
    readonly allOrNothing: (v: FamilyShare, result: string, w: Words) => string;
  };
  readonly IN_CASH: StepWord<StepValues["IN_CASH"]>;
}

export interface Catalogue {
  readonly names: Names;
  readonly reasons: ReasonWords;
  readonly steps: StepWords;
  readonly errors: ErrorWords;
  readonly policyIssues: PolicyIssueWords;
  readonly labels: Labels;
  readonly help: Help;
}
