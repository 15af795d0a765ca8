/**
 * The library's calculation: raw visit inputs for one person → each visit settled under the policy
 * version in force on its date, with the year's accumulators carried in date order.
 */
import type { Fen } from "./core/money.js";
import type { Facility, Reason, Status, Visit, VisitResult } from "./core/types.js";
import { type SequencedVisit, type YearSummary, settleSequence } from "./core/year.js";
import { YibaoError } from "./errors.js";
import { type ResolvedLevel, parseDate, parseFacility, parseLevel, parseMoney, parseStatus } from "./policy/inputs.js";
import { type Registry, assertPharmacyKnown, compileRules, findCity, versionOn } from "./policy/registry.js";
import type { Policy, PolicyVersion } from "./policy/schema.js";
import type { VisitInput } from "./policy/visit-schema.js";

export type { VisitInput };

export interface CalculationRequest {
  readonly city: string;
  readonly type: string;
  readonly visits: readonly VisitInput[];
  /** Deductible already met in the year of the first visit. */
  readonly deductibleMet?: string | undefined;
  /** Fund already used (against the cap) in the year of the first visit. */
  readonly fundUsed?: string | undefined;
  /** Where the visits came from, for error messages. */
  readonly file?: string | undefined;
}

export interface SettledVisit {
  /** 1-based position in the input. */
  readonly index: number;
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
  readonly result: VisitResult;
  readonly reasons: readonly Reason[];
}

export interface Warning {
  readonly code: "PAST_CONFIRMED";
  readonly params: Readonly<Record<string, string>>;
}

export interface Calculation {
  readonly policy: Policy;
  readonly status: Status;
  readonly visits: readonly SettledVisit[];
  readonly years: readonly YearSummary[];
  readonly totals: { readonly amount: Fen; readonly fundPaid: Fen; readonly selfPaid: Fen };
  readonly warnings: readonly Warning[];
}

/** A visit checked and resolved against the policy version in force on its date, ready to settle. */
export interface PreparedVisit {
  readonly item: SequencedVisit;
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
}

/** Names of the visit's fields in messages: options on the command line, fields in a file. */
const FIELD = (name: string, fromFile: boolean) => (fromFile ? name : `--${name}`);

export function prepareVisit(policy: Policy, input: VisitInput, index: number, fromFile: boolean): PreparedVisit {
  const date = parseDate(input.date, FIELD("date", fromFile));
  const version = versionOn(policy, date);
  const level = parseLevel(policy, version, input.level, FIELD("level", fromFile));
  const facility: Facility = input.facility === undefined ? "hospital" : parseFacility(input.facility, FIELD("facility", fromFile));
  const amount = parseMoney(input.amount, FIELD("amount", fromFile));
  const excluded = input.excluded === undefined ? 0 : parseMoney(input.excluded, FIELD("excluded", fromFile));
  if (excluded > amount) throw new YibaoError("EXCLUDED_OVER_AMOUNT", { excluded: String(input.excluded), amount: String(input.amount) });
  if (facility === "pharmacy") assertPharmacyKnown(policy, version);
  const visit: Visit = {
    date,
    level: level.level,
    facility,
    amount,
    excluded,
    designated: input.designated ?? true,
    emergency: input.emergency ?? false,
    prescription: input.prescription ?? true,
  };
  return { item: { visit, rules: compileRules(policy, version), index }, level, version };
}

/** A settled visit with the reasons of its level reading put first. */
export function settledVisit(p: PreparedVisit, result: VisitResult): SettledVisit {
  const levelNote: Reason[] =
    p.level.cite === undefined
      ? []
      : [{ code: "LEVEL_INTERPRETED", params: { level: p.level.level, zh: p.level.label.zh, en: p.level.label.en }, cite: p.level.cite }];
  return { index: p.item.index, level: p.level, version: p.version, result, reasons: [...levelNote, ...result.reasons] };
}

export function calculate(registry: Registry, request: CalculationRequest): Calculation {
  const policy = findCity(registry, request.city);
  const status = parseStatus(request.type);
  if (request.visits.length === 0) throw new YibaoError("INPUT_EMPTY", { file: request.file ?? "" });
  const fromFile = request.file !== undefined;
  const prepared = request.visits.map((input, i) => {
    try {
      return prepareVisit(policy, input, i + 1, fromFile);
    } catch (error) {
      if (!fromFile || !(error instanceof YibaoError)) throw error;
      throw error.at({ item: i + 1, ...(request.file === undefined ? {} : { file: request.file }) });
    }
  });
  const opening = {
    ...(request.deductibleMet === undefined ? {} : { deductibleMet: parseMoney(request.deductibleMet, "--deductible-met") }),
    ...(request.fundUsed === undefined ? {} : { fundUsed: parseMoney(request.fundUsed, "--fund-used") }),
  };
  const sequence = settleSequence(prepared.map((p) => p.item), status, opening);
  const byIndex = new Map(prepared.map((p) => [p.item.index, p]));
  const visits = sequence.results.map((result): SettledVisit => {
    const p = byIndex.get(result.index);
    if (p === undefined) throw new Error(`settled a visit that was never prepared: ${result.index}`);
    return settledVisit(p, result);
  });
  const totals = visits.reduce(
    (t, v) => ({ amount: t.amount + v.result.visit.amount, fundPaid: t.fundPaid + v.result.fundPaid, selfPaid: t.selfPaid + v.result.selfPaid }),
    { amount: 0, fundPaid: 0, selfPaid: 0 },
  );
  const warnings: Warning[] = [];
  for (const v of visits) {
    const through = v.version.confirmedThrough;
    if (through !== undefined && v.result.visit.date > through && !warnings.some((w) => w.params.version === v.version.id)) {
      warnings.push({ code: "PAST_CONFIRMED", params: { version: v.version.id, through, date: v.result.visit.date } });
    }
  }
  return { policy, status, visits, years: sequence.years, totals, warnings };
}
