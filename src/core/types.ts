import type { BasisPoints, Fen } from "./money.js";
import type { REASON_VALUES, ReasonCode, Spec } from "./reason-values.js";

/**
 * Facility level: the place of the facility's category in the city's order, from 1. For most cities
 * 1 一级及以下, 2 二级, 3 三级及以上; a city with its own categories (社区, 医院) numbers them the same way.
 */
export type Level = number;

/** 在职 in service, 退休 retired. */
export type Status = "in-service" | "retired";

/** 医疗机构, 定点零售药店, 专科医疗机构. */
export type Facility = "hospital" | "pharmacy" | "specialty";

/** Where the visit takes place, seen from the insured city: 本地, 异地长期居住, 临时外出. */
export type Place = "local" | "resident-elsewhere" | "temporary-elsewhere";

/** Who the relative (the one who uses the money) is to the account holder (授权人). */
export type Relation =
  | "spouse"
  | "parent"
  | "child"
  | "sibling"
  | "grandparent"
  | "maternal-grandparent"
  | "grandchild"
  | "maternal-grandchild"
  | "parent-in-law"
  | "child-in-law";

/** 职工医保 or 居民医保. */
export type Scheme = "employee" | "resident";

/** Where the account holder is insured, seen from the relative: 同一统筹区, 省内其他城市, 外省. */
export type PlaceClass = "same-city" | "same-province" | "other-province";

/** Where a rule comes from: a source of the policy file and the phrase quoted from it. */
export interface Citation {
  /** Source id within the policy file, e.g. "000". */
  readonly ref: string;
  /** The value cited, as city, version and field: `anshan@2025:outpatient.ratios.2.retired`; absent where nothing in the file is cited. */
  readonly at?: string;
  /** Human title or file of that source. */
  readonly document: string;
  /** How far to trust the source: official text, a reprint citing it, or a third party's explanation. */
  readonly grade?: "official" | "official-reprint" | "explainer";
  readonly quote: string;
  /** Interpretation id (the policy file's `interpretations`) when the value rests on a reading. */
  readonly interpretation?: string;
  /** The reading itself, in words. */
  readonly interpretationNote?: { readonly zh: string; readonly en: string };
  /** Set when the source was introduced by a user's policy file: that file's path. */
  readonly policyFile?: string;
}

/**
 * A compiled table: a value that may differ by facility category (the engine's level), by status
 * and by the person's age, nested in whatever order the city publishes it; a cell no source gives
 * is `undefined` (see `table.ts`).
 */
export type Table<T> =
  | { readonly by: "value"; readonly cell: T }
  | { readonly by: "level"; readonly cells: Readonly<Record<number, Table<T> | undefined>> }
  | { readonly by: "status"; readonly cells: Readonly<Record<Status, Table<T> | undefined>> }
  | { readonly by: "age"; readonly bands: readonly { readonly from: number; readonly below: number | null; readonly table: Table<T> }[] }
  /**
   * A table that does not depend on age, read by index (`indexed` in `table.ts`): the cell or gap
   * of each level from 0 to the last, in-service then retired (level × 2, + 1 when retired);
   * `table` is the table so read, for a level beyond the last.
   */
  | { readonly by: "index"; readonly cells: readonly (T | TableGap)[]; readonly table: Table<T> };

/** Where a lookup stops: a cell the table does not give, or an age it needs and was not told. */
export type TableGap = { readonly gap: "missing" } | { readonly gap: "age" };

/** Who the table is looked up for. */
export interface Coordinates {
  readonly level: Level;
  readonly status: Status;
  /** Age in whole years on the visit date; null when not known. */
  readonly age: number | null;
}

/** An amount a table gives, with its source. */
export interface AmountCell {
  readonly value: Fen;
  readonly cite: Citation;
}

/**
 * A ratio a table gives: as written in the policy ("0.55", or the person's share "0.08" when `share`
 * is "self"), the fund's part in basis points (5500, or 9200), and its source.
 */
export interface RatioCell {
  readonly value: string;
  readonly bp: BasisPoints;
  readonly share: "fund" | "self";
  readonly cite: Citation;
}

/** A deductible period: 按次, 按日, 按月, 按年度. */
export type DeductiblePeriod = "visit" | "day" | "month" | "year";

/** A condition of a visit the city names (签约家庭医生): points added to the ratio, or a table of its own. */
export interface ConditionRule {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly addPoints: { readonly bp: BasisPoints; readonly value: string; readonly cite: Citation } | null;
  readonly table: Table<RatioCell> | null;
}

/** The numbers and switches of one policy version, compiled for the engine. Holds no city logic. */
export interface Rules {
  /** How many facility categories the city has (3 for 一级, 二级, 三级). */
  readonly levels: number;
  readonly deductible: {
    readonly period: DeductiblePeriod;
    /** Daily, monthly and yearly deductibles: one accumulator for all levels (累计补差) or one per level. */
    readonly accumulator: "shared" | "per-level";
    readonly amount: Table<AmountCell>;
    /** The most deductible paid in a year, whatever the period. */
    readonly yearlyCeiling: Fen | null;
    readonly ceilingCite: Citation | null;
    /** Where "per visit", "per day", "per month" or "per year" comes from. */
    readonly periodCite: Citation;
    /** Where "shared by the levels" or "per level" comes from. */
    readonly accumulatorCite: Citation;
  };
  readonly ratio: {
    readonly table: Table<RatioCell>;
    /** Tables that apply above an amount of the year's eligible spending, in increasing order. */
    readonly bands: readonly { readonly from: Fen; readonly cite: Citation; readonly table: Table<RatioCell> }[];
    readonly conditions: readonly ConditionRule[];
  };
  readonly cap: {
    /** "fund": the fund's payment is capped; "eligible": the eligible spending is capped. */
    readonly basis: "fund" | "eligible";
    /** null: the city sets no cap (`noneCite` says where). */
    readonly amount: Table<AmountCell> | null;
    readonly noneCite: Citation | null;
    /** The cap is part of another scheme's that yibao does not model: results warn. */
    readonly sharedWith: { readonly name: { readonly zh: string; readonly en: string }; readonly cite: Citation } | null;
    /** A second tier above the cap, with its own ratio and cap. */
    readonly secondTier: { readonly ratio: Table<RatioCell>; readonly amount: Table<AmountCell> } | null;
  };
  /** 乙类先行自付: the person pays this share of the class-B part of a visit first, before the deductible. */
  readonly classB: { readonly share: { readonly bp: BasisPoints; readonly value: string; readonly cite: Citation } } | null;
  /** The current-year personal account pays the in-policy cost first, before the deductible (宁波, 上海). */
  readonly accountFirst: Citation | null;
  /** Special facility kinds settled as another level (鞍山: 专科 → 一级). */
  readonly specialty: { readonly level: Level; readonly cite: Citation } | null;
  readonly pharmacy: { readonly covered: boolean; readonly requiresPrescription: boolean; readonly cite: Citation };
  /** null when no source says (a visit at a non-designated facility then cannot be settled). */
  readonly designation: { readonly required: boolean; readonly emergencyException: boolean; readonly cite: Citation } | null;
  /** Visits outside the insured city (异地就医); null when no source gives the rules. */
  readonly crossRegion: CrossRegionRules | null;
  /** The steps a visit is settled by, in order, each with its parameters (see `plan.ts`). */
  readonly plan: readonly PlannedStep[];
}

/**
 * One step of the settlement with the parameters it runs with (`rule`; null for a step that needs
 * none). Which steps run, in which order and with which parameters is data, compiled from the policy
 * version; each kind is one module in `steps/`. Every kind has the same two fields, so that the
 * engine reads `step` the same way whatever the kind.
 */
export type PlannedStep =
  | { readonly step: "coverage"; readonly rule: { readonly designation: Rules["designation"]; readonly pharmacy: Rules["pharmacy"]; readonly crossRegion: CrossRegionRules | null } }
  | { readonly step: "facility"; readonly rule: { readonly specialty: Rules["specialty"] } }
  | { readonly step: "excluded"; readonly rule: null }
  | { readonly step: "paid-first"; readonly rule: { readonly classB: Rules["classB"]; readonly accountFirst: Rules["accountFirst"] } }
  | { readonly step: "deductible"; readonly rule: Rules["deductible"] }
  | { readonly step: "ratio"; readonly rule: Rules["ratio"] }
  | { readonly step: "cap"; readonly rule: Rules["cap"] }
  | { readonly step: "self-paid"; readonly rule: null }
  | { readonly step: "settlement"; readonly rule: { readonly crossRegion: CrossRegionRules | null } };

/** A planned step of one kind. */
export type PlannedStepOf<K extends PlannedStep["step"]> = Extract<PlannedStep, { readonly step: K }>;

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
    /** Reimbursement by hand back home: whenever direct settlement is not possible, or only on a system failure; null when no source says. */
    readonly byHand: { readonly cite: Citation; readonly onlySystemFailure: boolean } | null;
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
  /** The person's age in whole years on the visit date; null when not given. */
  readonly age: number | null;
  /** The conditions of the visit the city names (ids), e.g. family-doctor. */
  readonly conditions: readonly string[];
  /** The class-B (乙类) part of the in-policy amount. */
  readonly classB: Fen;
}

/** What a person has used in one calendar year. */
export interface YearState {
  readonly year: number;
  /** Deductible paid this year, all levels together (the shared accumulator). */
  readonly deductibleMet: Fen;
  /** Deductible paid this year at each level, for per-level accumulators (a level not listed: 0). */
  readonly deductibleMetByLevel: Readonly<Record<number, Fen>>;
  /** What counts against the cap this year: the fund's payments, or eligible spending. */
  readonly fundUsed: Fen;
  /** Daily and monthly deductibles: the period of the last visit ("2025-03-01", "2025-03"), and what was met in it. */
  readonly period: string;
  readonly periodMet: Fen;
  readonly periodMetByLevel: Readonly<Record<number, Fen>>;
  /** The year's eligible spending so far (for ratios that change with it). */
  readonly eligibleSpent: Fen;
  /** What counts against the second tier's cap this year. */
  readonly secondTierUsed: Fen;
  /** The current-year personal account's balance (当年账户), where the city pays from it first; null when not given. */
  readonly accountCurrent: Fen | null;
}

/**
 * A person's year as `settleAmounts` keeps it: the accumulators of a `YearState`, which each covered
 * visit settled against it updates in place (see `tallyFor`).
 */
export type YearTally = { -readonly [K in keyof YearState]: YearState[K] };

// The facts: typed values, reasons and steps.

/** A typed value of a fact. */
export type Value =
  | { readonly t: "fen"; readonly v: Fen }
  | { readonly t: "bp"; readonly v: BasisPoints }
  | { readonly t: "level"; readonly v: Level }
  | { readonly t: "status"; readonly v: Status }
  | { readonly t: "place"; readonly v: Place }
  | { readonly t: "relation"; readonly v: Relation }
  | { readonly t: "relations"; readonly v: readonly Relation[] }
  | { readonly t: "scheme"; readonly v: Scheme }
  | { readonly t: "schemes"; readonly v: readonly Scheme[] }
  | { readonly t: "place-class"; readonly v: PlaceClass }
  | { readonly t: "flag"; readonly v: boolean }
  /** A code of a closed set the engine names (a deductible period, an accumulator). */
  | { readonly t: "code"; readonly v: string }
  /** A name that comes from a policy file (a city's rules, a level as the city calls it), in both languages. */
  | { readonly t: "name"; readonly v: { readonly zh: string; readonly en: string } }
  /** A value as the user typed it (a level "2"), echoed back. */
  | { readonly t: "input"; readonly v: string };

export type Of<T extends Value["t"]> = Extract<Value, { readonly t: T }>;


/** The reasons by code: see `reason-values.ts`. */
export type { ReasonCode };

/** Each value type a reason's table names is one of `Value`'s (a name that is not fails to compile here). */
type Typed<T extends Value["t"]> = T;
type TableTypes = Typed<(typeof REASON_VALUES)[ReasonCode][number][1]>;

/** The values each reason carries, by its code: an object of typed values (`{ t: "fen", v: 1234 }`). */
export type ReasonParams = { readonly [C in ReasonCode]: ParamsOf<(typeof REASON_VALUES)[C]> };
type ParamsOf<S extends Spec> = { readonly [E in S[number] as E[0]]: Of<E[1] & TableTypes> };

/** The raw values a reason is recorded with, in order: a fen amount as a number, a level as a number, a name as its object. */
export type ReasonValues<C extends ReasonCode> = RawOf<(typeof REASON_VALUES)[C]>;
type RawOf<S extends Spec> = { -readonly [K in keyof S]: S[K] extends readonly [string, infer T extends TableTypes] ? Of<T>["v"] : never };

/** Why a visit settled the way it did: a code, its typed values, and where the rule comes from. */
export type Reason = {
  readonly [C in ReasonCode]: { readonly code: C; readonly params: ReasonParams[C]; readonly cite?: Citation };
}[ReasonCode];

/**
 * A visit's reasons as the settlement recorded them (a `ReasonLog`, `reasons.ts`), read in place:
 * reason `i`'s code, the policy value it cites, its values untyped (`raw`) or typed (`value`), in the
 * order `REASON_VALUES` gives for the code; or as objects, for a reader that puts them into words.
 */
export interface Reasons {
  readonly length: number;
  code(i: number): ReasonCode;
  cite(i: number): Citation | undefined;
  raw(i: number, j: number): unknown;
  value(i: number, j: number): Value;
  reason(i: number): Reason;
  list(): Reason[];
}

/** A reason of one code. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { readonly code: C }>;

/**
 * The numbers that went into each step of the arithmetic, by its code. NOT_COVERED: the whole amount
 * is self-paid. IN_POLICY: amount − excluded. DEDUCTIBLE: the part of the in-policy amount that goes to
 * the deductible. ELIGIBLE: in-policy − deductible. FUND: eligible × ratio, half-up. CAP: what the cap
 * leaves of it. SELF_PAID: amount − fund, and its four parts. Then who pays the self-paid part, when
 * a balance was given: BY_ACCOUNT, the own account (up to its balance, the in-policy part only);
 * BY_FAMILY, a relative's shared money (what is left of the in-policy part, up to what may be shared);
 * IN_CASH, the rest.
 */
export interface StepValues {
  readonly NOT_COVERED: { readonly amount: Of<"fen"> };
  readonly IN_POLICY: { readonly amount: Of<"fen">; readonly excluded: Of<"fen"> };
  /** 乙类先行自付: class-B part × the share, half-up. */
  readonly CLASS_B_FIRST: { readonly classB: Of<"fen">; readonly share: Of<"bp"> };
  /** The current-year account first: min(its balance, what is left of the in-policy cost). */
  readonly ACCOUNT_FIRST: { readonly balance: Of<"fen">; readonly due: Of<"fen"> };
  readonly DEDUCTIBLE: {
    readonly inPolicy: Of<"fen">;
    /** The deductible in force for this visit (per visit: the lower of the per-visit amount and the yearly ceiling). */
    readonly threshold: Of<"fen">;
    /** Deductible already met this year; absent for per-visit deductibles without a ceiling. */
    readonly met?: Of<"fen">;
    /** Per-visit deductibles with a yearly ceiling: the ceiling and the per-visit amount. */
    readonly ceiling?: Of<"fen">;
    readonly perVisit?: Of<"fen">;
    /** Daily, monthly and per-level deductibles with a yearly ceiling: what the year has met so far. */
    readonly yearMet?: Of<"fen">;
    readonly period: Of<"code">;
  };
  readonly ELIGIBLE: { readonly inPolicy: Of<"fen">; readonly deductible: Of<"fen"> };
  /** `part`: set when the visit crosses a band, for the part of the eligible spending paid at this ratio. */
  readonly FUND: { readonly inPolicy: Of<"fen">; readonly deductible: Of<"fen">; readonly eligible: Of<"fen">; readonly ratio: Of<"bp">; readonly part?: Of<"fen"> };
  readonly CAP:
    | { readonly basis: Of<"code">; readonly fund: Of<"fen">; readonly cap: Of<"fen">; readonly used: Of<"fen"> }
    | {
        readonly basis: Of<"code">;
        readonly eligible: Of<"fen">;
        readonly cap: Of<"fen">;
        readonly used: Of<"fen">;
        readonly ratio: Of<"bp">;
        /** Set when the spending within the cap was paid in parts at several ratios (a band crossed). */
        readonly parts?: Of<"flag">;
      };
  /** The second tier: the eligible spending beyond the first cap (`beyond`) at its ratio, up to its cap. */
  readonly SECOND_TIER: { readonly basis: Of<"code">; readonly beyond: Of<"fen">; readonly ratio: Of<"bp">; readonly cap: Of<"fen">; readonly used: Of<"fen"> };
  readonly SELF_PAID: {
    readonly amount: Of<"fen">;
    readonly fundPaid: Of<"fen">;
    readonly excluded: Of<"fen">;
    readonly deductible: Of<"fen">;
    readonly copay: Of<"fen">;
    readonly overCap: Of<"fen">;
    /** Set where the city has the rule: the class-B share paid first, and what the current-year account paid first. */
    readonly classBFirst?: Of<"fen">;
    readonly accountFirst?: Of<"fen">;
  };
  readonly BY_ACCOUNT: { readonly balance: Of<"fen">; readonly selfPaid: Of<"fen">; readonly excluded: Of<"fen"> };
  readonly BY_FAMILY:
    /** The binding does not pay for this visit (relation, scheme or place refused). */
    | { readonly allowed: Of<"flag">; readonly due: Of<"fen"> }
    | {
        readonly allowed: Of<"flag">;
        /** The in-policy part the own account left. */
        readonly due: Of<"fen">;
        readonly balance: Of<"fen">;
        /** What the holder must keep (吕梁 1000); 0 where the city keeps nothing back. */
        readonly reserve: Of<"fen">;
        /** The limit left (per payment, or of the total); absent when none was set. */
        readonly limit?: Of<"fen">;
        /** What may be shared: the balance above the reserve, within the limit. */
        readonly available: Of<"fen">;
        /** Set when the balance must cover all of it or pay nothing (辽宁 across cities). */
        readonly allOrNothing: Of<"flag">;
      };
  readonly IN_CASH: { readonly selfPaid: Of<"fen">; readonly accountPaid: Of<"fen">; readonly familyPaid: Of<"fen"> };
}

export type StepCode = keyof StepValues;

/**
 * One step of a settlement, recorded as it is computed: the rule, the numbers that went in, the
 * result, and where the rule comes from. Renderers turn it into a formula such as
 * `(1200.00 − 500.00) × 60% = 420.00`.
 */
export type Step = {
  readonly [C in StepCode]: { readonly code: C; readonly values: StepValues[C]; readonly result: Fen; readonly cite?: Citation };
}[StepCode];

/**
 * The numbers of a settled visit, without a word or a fact: what `settleAmounts` returns for a caller
 * that wants only these, and what every `VisitResult` holds besides its reasons, its steps and the
 * year after it.
 */
export interface VisitAmounts {
  /** The level whose deductible and ratio applied (may differ for specialty facilities). */
  readonly appliedLevel: Level;
  readonly covered: boolean;
  readonly excluded: Fen;
  /**
   * In the catalogues but not paid by the fund, because the visit is not covered (a pharmacy purchase
   * without a prescription, a facility that is not designated): self-paid, yet in-policy for the
   * personal account where the facility is designated. 0 for a covered visit.
   */
  readonly uncovered: Fen;
  readonly inPolicy: Fen;
  /** 乙类先行自付: the share of the class-B part the person paid first; null where the city has no such rule. */
  readonly classBFirst: Fen | null;
  /** Paid first by the current-year account; null where the city has no such rule. */
  readonly accountFirst: Fen | null;
  readonly deductible: Fen;
  readonly eligible: Fen;
  /** The fund ratio that applied in basis points (5500), or null when the visit is not covered. */
  readonly ratio: BasisPoints | null;
  readonly fundBeforeCap: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly copay: Fen;
  readonly overCap: Fen;
  /** What is left of the year's cap after the visit; null when the city sets no cap. */
  readonly capRemaining: Fen | null;
  /** How the visit is settled: locally, directly elsewhere, or paid and reimbursed back home. */
  readonly settlement: Settlement;
}

/** A settled visit: its amounts, the ratio as the source writes it, and the facts that say why. */
export interface VisitResult extends Omit<VisitAmounts, "ratio"> {
  readonly visit: Visit;
  /** The fund ratio that applied ("0.55" and 5500), or null when the visit is not covered. */
  readonly ratio: { readonly value: string; readonly bp: BasisPoints } | null;
  /** Why, as compact typed facts: `reasons.list()` gives them as `Reason` objects. */
  readonly reasons: Reasons;
  /** The arithmetic, step by step, as it was done. */
  readonly steps: readonly Step[];
  /** The year's accumulators after this visit. */
  readonly after: YearState;
}

/**
 * local: settled at the facility as usual. direct: settled at the facility elsewhere.
 * by-hand: paid in full, the fund's part reimbursed back home (回参保地手工报销).
 * if-open: direct when the facility is open for it, by hand otherwise (not known which).
 * unstated: the sources do not say how a visit elsewhere is settled. none: nothing is paid elsewhere.
 */
export type SettlementMode = "local" | "direct" | "by-hand" | "no-route" | "if-open" | "unstated" | "none";

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
