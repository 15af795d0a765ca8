/**
 * The words of the renderers: table rows, headings, footers, chart legends. One group per renderer
 * (`table`, `batch`, `compare`, …) and `common` for what several of them say. A sentence with values
 * in it is one function of those values, already written (yuan, names) by the renderer.
 */
import type { AccountPlan, Facility, Policy } from "../../app/model.js";

/** A city as its policy file names it: 鞍山市 / Anshan, in 辽宁省 / Liaoning. */
export type City = Pick<Policy, "id" | "name" | "province">;

/** Said by several renderers. */
export interface CommonLabels {
  /** The city's name: 鞍山市 / Anshan. */
  readonly cityName: (city: City) => string;
  /** The city with its province: 鞍山市(辽宁省) / Anshan (Liaoning). */
  readonly cityTitle: (city: City) => string;
  /** Before the source of a line: 依据 / Source. */
  readonly source: string;
  /** Before the reasons: 说明 / Why. */
  readonly why: string;
  /** Words a policy file gives in both languages (level names, notes, interpretations), in this one. */
  readonly text: (text: { readonly zh: string; readonly en: string }) => string;
  /** The policy version a result rests on, in the footer. */
  readonly policyVersion: (city: City, version: { readonly id: string; readonly effectiveFrom?: string | undefined }) => string;
}

/** `calc` as a table: one block per visit, the year's totals, the policy behind them. */
export interface TableLabels {
  /** The first line: the city, the scheme and the person's status (already named). */
  readonly header: (city: City, status: string) => string;
  readonly visit: string;
  readonly facility: Readonly<Record<Facility, string>>;
  /** After the place of a visit elsewhere: the city of treatment. */
  readonly treatmentCity: (name: string) => string;
  readonly amount: string;
  readonly excluded: string;
  /** In the catalogues, but the fund does not cover the visit (shown only then). */
  readonly uncovered: string;
  readonly inPolicy: string;
  readonly deductible: string;
  readonly eligible: string;
  readonly ratio: string;
  /** Instead of a ratio when the fund pays nothing. */
  readonly notCovered: string;
  readonly fundPaid: string;
  readonly selfPaid: string;
  readonly ofExcluded: string;
  readonly ofUncovered: string;
  /** 乙类先行自付, and what the current-year account paid first: shown only where the city has the rule. */
  readonly ofClassBFirst: string;
  readonly ofAccountFirst: string;
  readonly ofDeductible: string;
  readonly ofCopay: string;
  readonly ofOverCap: string;
  readonly byAccount: string;
  readonly byFamily: string;
  readonly byCash: string;
  readonly accountLeft: string;
  readonly familyLeft: string;
  readonly familyLimitLeft: string;
  readonly settlement: string;
  readonly atCounter: string;
  readonly reimbursedLater: string;
  /** The heading of `--explain`. */
  readonly steps: string;
  /** One step of `--explain`: its number, what it is, the arithmetic. */
  readonly step: (n: number, rule: string, formula: string) => string;
  /** The heading of what the person must do. */
  readonly todo: string;
  readonly yearTitle: (year: number) => string;
  readonly deductibleMet: string;
  readonly fundUsed: string;
  readonly cap: string;
  readonly capRemaining: string;
  /** Shown in place of a cap where the city sets none. */
  readonly noCap: string;
  /** Before the totals of several visits. */
  readonly total: string;
  /** The footer: the version in force and its source (`file`: the user's policy file, already written, or ""). */
  readonly policyLine: (
    city: City,
    version: { readonly id: string; readonly effectiveFrom?: string | undefined },
    source: { readonly document: string; readonly quote: string },
    file: string,
  ) => string;
}

/** The totals of a batch, counts and yuan (already written). */
export interface BatchSummary {
  readonly lines: number;
  readonly settled: number;
  readonly errors: number;
  readonly blank: number;
  readonly amount: string;
  readonly fundPaid: string;
  readonly selfPaid: string;
  /** Paid first by current-year accounts; null when none was. */
  readonly accountCurrentPaid: string | null;
  readonly accountPaid: string;
  readonly familyPaid: string;
  readonly cashPaid: string;
}

/** `batch`: the summary on standard error at the end. */
export interface BatchLabels {
  readonly summary: (totals: BatchSummary) => string;
}

/** The columns `batch` adds to a spreadsheet's rows (CSV, .xlsx), after the input's own. */
export type SheetColumn =
  | "policyVersion"
  | "inPolicy"
  | "excluded"
  | "uncovered"
  | "deductible"
  | "eligible"
  | "ratio"
  | "fundPaid"
  | "selfPaid"
  | "copay"
  | "overCap"
  | "classBFirst"
  | "accountCurrentPaid"
  | "capRemaining"
  | "accountPaid"
  | "familyPaid"
  | "cashPaid"
  | "accountLeft"
  | "familyBalanceLeft"
  | "familyLimitLeft"
  | "settlement"
  | "atCounter"
  | "reimbursedLater"
  | "reasons"
  | "notes"
  | "errorCode"
  | "error";

/** `batch` to a spreadsheet: the headers of its columns, the totals row, the sheet's name. */
export interface SheetLabels {
  /** The header of an input column written from JSON Lines input (a sheet's own headers are kept). */
  readonly input: (field: string, zh: string) => string;
  readonly head: Readonly<Record<SheetColumn, string>>;
  /** The first cell of the totals row (.xlsx). */
  readonly total: string;
  readonly sheetName: string;
}

/** `compare`: the ranking table, its title and notes, and why a city was not compared. */
export interface CompareLabels {
  readonly title: (date: string | null) => string;
  /** The columns; `level` only when the comparison fixes a level. */
  readonly head: {
    readonly city: string;
    readonly status: string;
    readonly level: string;
    readonly total: string;
    readonly fundPaid: string;
    readonly selfPaid: string;
    readonly aboveBest: string;
  };
  /** In the last column of the cheapest city. */
  readonly best: string;
  /** How a city reads a level, by an interpretation (`label`: the city's name for it). */
  readonly reading: (city: City, level: { readonly level: number; readonly label: string; readonly interpretation: string }) => string;
  readonly notCompared: (city: City, why: string) => string;
  readonly noVersion: string;
  /** The parameters the sources leave out (`fields`: already named and joined). */
  readonly notPublished: (fields: string) => string;
  /** A level as asked, in a reason for skipping. */
  readonly atLevel: (level: string) => string;
  /** The city sets a part by age, and no age was given. */
  readonly needsAge: (fields: string) => string;
  /** The city's own categories do not include this level. */
  readonly noSuchLevel: (categories: string) => string;
}

/** `curve`: the chart in the terminal and in SVG, its axes, legend and marks. */
export interface CurveLabels {
  readonly title: (date: string) => string;
  /** The spending axis. */
  readonly x: string;
  /** The fund axis. */
  readonly y: string;
  /** Under the chart: the spending axis and how the year's spending is counted. */
  readonly xCaption: (how: string) => string;
  readonly oneVisit: string;
  readonly visits: (size: string) => string;
  /** One city's line: its status and level (already named), its cap in yuan. */
  /** `cap` null: the city sets no cap. */
  readonly legend: (city: City, status: string, level: string, cap: string | null) => string;
  /** The marks in the SVG. */
  readonly deductible: string;
  readonly cap: string;
  /** The marks in words, in yuan. */
  readonly deductibleAt: (yuan: string) => string;
  readonly capAt: (yuan: string) => string;
  readonly deductibleNever: (searched: string) => string;
  readonly capNever: (searched: string) => string;
  readonly noCap: string;
  readonly marks: (city: City, deductible: string, cap: string) => string;
  /** Between the marks of several cities. */
  readonly markSeparator: string;
  /** A city named that cannot be drawn on the date, and why. */
  readonly notDrawn: (city: City, why: string) => string;
}

/** `family`: whether a relative may be bound, the bounds of family money, what it may pay for. */
export interface FamilyLabels {
  /** After the city in the heading. */
  readonly title: string;
  /** Who is who (already named: cities, the relation, the scheme, where the two are insured). */
  readonly parties: (p: {
    readonly authorizer: string;
    readonly relation: string;
    readonly member: string;
    readonly scheme: string;
    readonly place: string;
  }) => string;
  readonly allowed: string;
  readonly notAllowed: string;
  readonly limits: string;
  readonly mayPayFor: string;
  readonly limitPerPayment: string;
  readonly limitTotal: string;
  readonly ownAccountFirst: string;
  readonly reserve: (yuan: string) => string;
  readonly allOrNothing: string;
}

/** `account`: what is credited to the personal account, and the rule behind it. */
export interface AccountLabels {
  /** After the city in the heading. */
  readonly title: string;
  readonly hasAccount: string;
  readonly yes: string;
  readonly no: string;
  readonly notStated: string;
  readonly base: string;
  readonly monthly: string;
  readonly yearly: string;
  /** Instead of an amount that cannot be worked out. */
  readonly unknown: string;
  readonly none: string;
  readonly poolingStill: string;
  /** A share of a base (`base`: how the policy names it, in this language). */
  readonly baseShare: (pct: string, base: string) => string;
  readonly baseMissing: (base: string) => string;
  readonly fixedMonthly: (yuan: string) => string;
  /** No source for this kind of member and plan (already named). */
  readonly unstated: (member: string, plan: string) => string;
  readonly baseUnused: string;
}

/** `policy show`: the parts of a version, one group per part, each a title and its rows. */
export interface PolicySectionLabels {
  readonly deductible: {
    readonly title: string;
    readonly period: string;
    readonly perYear: string;
    readonly perVisit: string;
    readonly accumulator: string;
    readonly shared: string;
    readonly perLevel: string;
    readonly yearlyCeiling: string;
    readonly perDay: string;
    readonly perMonth: string;
  };
  readonly ratios: {
    readonly title: string;
    /** A table of ratios that applies above an amount of the year's eligible spending. */
    readonly band: (from: string) => string;
    /** A condition of the visit the city names, and what it does. */
    readonly condition: (name: string) => string;
    readonly addPoints: (points: string) => string;
    /** A ratio the source writes as the person's share: the fund's, then the person's. */
    readonly selfShare: (fund: string, self: string) => string;
  };
  /** Labels shared by the tables: a cell no source gives, the whole table, an age band. */
  readonly tables: {
    readonly all: string;
    readonly missing: string;
    readonly age: (from: number, below: number | null) => string;
  };
  readonly cap: {
    readonly title: string;
    /** What the cap limits: the fund's payments or the eligible spending. */
    readonly limits: string;
    readonly none: string;
    readonly sharedWith: string;
    readonly secondTier: string;
    readonly secondTierCap: string;
    readonly fund: string;
    readonly eligible: string;
  };
  readonly facilities: {
    readonly title: string;
    /** The city's own facility categories, in order. */
    readonly categories: string;
    readonly designation: string;
    readonly designatedOnly: (emergencyException: boolean) => string;
    readonly anyFacility: string;
    readonly pharmacies: string;
    readonly withPrescription: string;
    readonly covered: string;
    readonly notCovered: string;
    readonly specialty: string;
    /** Specialty facilities count as this level (the city's name for it). */
    readonly asLevel: (level: string) => string;
  };
  readonly account: {
    readonly title: string;
    /** A plan in a row's label. */
    readonly plan: (plan: AccountPlan) => string;
    readonly none: string;
    /** A share of a base (`base`: how the policy names it, in this language). */
    readonly baseShare: (pct: string, base: string) => string;
    /** A fixed amount (`yuan`: with its unit). */
    readonly fixedMonthly: (yuan: string) => string;
    readonly notGiven: string;
    readonly inPolicyOnly: string;
  };
  readonly family: {
    readonly title: string;
    readonly relatives: string;
    readonly insurance: string;
    readonly reserve: string;
    readonly limit: string;
    readonly perPayment: string;
    readonly runningTotal: string;
    readonly ownAccountFirst: string;
    /** Family money allowed where the two are insured (`schemes`: already named and joined). */
    readonly allowed: (allOrNothing: boolean, schemes: string | undefined) => string;
    readonly notAllowed: string;
    readonly treatment: string;
    readonly provinceOnly: string;
    readonly mayPayFor: string;
  };
  readonly crossRegion: {
    readonly title: string;
    readonly paid: string;
    readonly notPaid: string;
    readonly nonDesignated: string;
    readonly notPaidNoEmergency: string;
    readonly amounts: string;
    readonly amountsInsured: string;
    readonly amountsTreatment: string;
    readonly settlement: string;
    readonly notStated: string;
    readonly direct: string;
    readonly possible: string;
    readonly minLevel: string;
    readonly orHigher: (level: string) => string;
    readonly filing: string;
    readonly filingFirst: string;
    readonly facilityOpen: string;
    readonly mustBeOpen: string;
    readonly otherwise: string;
    readonly byHand: string;
    readonly byHandOnSystemFailure: string;
  };
  readonly missing: { readonly title: string };
}

/** `policy list`, `policy show` and `policy validate`. */
export interface PolicyLabels {
  /** The origin of a city's policy that ships with yibao. */
  readonly shipped: string;
  /** A version in force from a date, with no end. */
  readonly from: (date: string) => string;
  /** A version whose start no source gives. */
  readonly until: (date: string | undefined) => string;
  /** A version's span and the date its sources were confirmed through. */
  readonly confirmed: (span: string, through: string) => string;
  /** The title of a source document. */
  readonly sourceTitle: (title: string) => string;
  /** An amount with its unit (`amount`: already written). */
  readonly yuan: (amount: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly list: {
    readonly title: (city: City & { readonly adminCode: string }, origin: string) => string;
    /** A version, its span, and the fields it lacks (already named and joined), if any. */
    readonly version: (id: string, span: string, missing: string | undefined) => string;
    readonly source: (line: string) => string;
  };
  readonly show: {
    readonly header: (city: City, date: string) => string;
    readonly version: (id: string, span: string, basis: string, origin: string) => string;
    readonly head: { readonly item: string; readonly value: string; readonly basis: string };
    readonly sources: string;
    readonly interpretations: string;
    /** One value a reference names (`policy show anshan@2025:outpatient.ratios.2.retired`). */
    readonly reference: {
      readonly header: (city: City, version: string, field: string) => string;
      readonly value: string;
      readonly source: string;
      readonly quote: string;
      readonly interpretation: string;
    };
  };
  readonly sections: PolicySectionLabels;
  readonly validate: {
    readonly problems: (file: string, count: number) => string;
    /** Before the hint of a problem, with its colon. */
    readonly hint: string;
    readonly valid: (file: string) => string;
    readonly city: (city: string, extending: boolean) => string;
    readonly version: (id: string, span: string) => string;
    readonly sources: (refs: string) => string;
    /** The headings of what an extending file changes. */
    readonly changes: { readonly adds: string; readonly overrides: string; readonly version: string };
    readonly noLongerLacks: (version: string, fields: string) => string;
  };
}

export interface Labels {
  readonly common: CommonLabels;
  readonly table: TableLabels;
  readonly batch: BatchLabels;
  readonly sheet: SheetLabels;
  readonly compare: CompareLabels;
  readonly curve: CurveLabels;
  readonly family: FamilyLabels;
  readonly account: AccountLabels;
  readonly policy: PolicyLabels;
}
