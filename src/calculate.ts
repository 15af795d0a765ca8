/**
 * The library's calculation: raw visit inputs for one person → each visit settled under the policy
 * version in force on its date, with the year's accumulators carried in date order.
 */
import type { Payment } from "./core/family.js";
import { type Fen, formatYuan } from "./core/money.js";
import type { Facility, Reason, Status, Visit, VisitResult } from "./core/types.js";
import { type SequencedVisit, type YearSummary, settleSequence } from "./core/year.js";
import { type ResolvedPlace, resolvePlace, rulesForPlace } from "./cross-region.js";
import { YibaoError } from "./errors.js";
import { type ResolvedLevel, parseDate, parseFacility, parseLevel, parseMoney, parseStatus } from "./policy/inputs.js";
import { type Registry, assertPharmacyKnown, findCity, versionOn } from "./policy/registry.js";
import type { Policy, PolicyVersion } from "./policy/schema.js";
import type { VisitInput } from "./policy/visit-schema.js";
import { type FieldName, WalletTracker, type WalletInput, cashOnly, fileFields, hasWalletInput, optionName, optionNames } from "./wallet.js";

export type { VisitInput, WalletInput };

export interface CalculationRequest {
  readonly city: string;
  readonly type: string;
  readonly visits: readonly VisitInput[];
  /** Deductible already met in the year of the first visit. */
  readonly deductibleMet?: string | undefined;
  /** Fund already used (against the cap) in the year of the first visit. */
  readonly fundUsed?: string | undefined;
  /** Balances before the first visit (`--account`, `--family-*`); a visit may state its own. */
  readonly wallet?: WalletInput | undefined;
  /** Where the visits came from, for error messages. */
  readonly file?: string | undefined;
}

export interface SettledVisit {
  /** 1-based position in the input. */
  readonly index: number;
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
  /** Where it took place. */
  readonly where: ResolvedPlace;
  readonly result: VisitResult;
  /** Who pays the self-paid part: own account, family, cash. */
  readonly payment: Payment;
  readonly reasons: readonly Reason[];
}

/**
 * PAST_CONFIRMED: a visit is dated after the last day the source confirms. INTERPRETED: a number
 * rests on a reading of ours. CAP_LOW: a tenth or less of the year's cap is left.
 */
export interface Warning {
  readonly code: "PAST_CONFIRMED" | "INTERPRETED" | "CAP_LOW";
  readonly params: Readonly<Record<string, string>>;
}

/** The share of the cap at or below which CAP_LOW warns: one tenth. */
const CAP_LOW_SHARE = 10;

export interface Calculation {
  readonly policy: Policy;
  readonly status: Status;
  readonly visits: readonly SettledVisit[];
  readonly years: readonly YearSummary[];
  readonly totals: Totals;
  /** Balances left after the last visit; null where none was given. */
  readonly balances: { readonly account: Fen | null; readonly familyBalance: Fen | null; readonly familyLimitLeft: Fen | null };
  readonly warnings: readonly Warning[];
}

export interface Totals {
  readonly amount: Fen;
  readonly fundPaid: Fen;
  readonly selfPaid: Fen;
  readonly accountPaid: Fen;
  readonly familyPaid: Fen;
  readonly cashPaid: Fen;
}

/** A visit checked and resolved against the policy version in force on its date, ready to settle. */
export interface PreparedVisit {
  readonly item: SequencedVisit;
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
  /** Where it took place: local or elsewhere, filed, the city of treatment. */
  readonly where: ResolvedPlace;
}

/** Names of the visit's fields in messages: options on the command line, fields in a file. */
const FIELD = (name: string, fromFile: boolean) => (fromFile ? name : optionName(name));

export function prepareVisit(registry: Registry, policy: Policy, input: VisitInput, index: number, fromFile: boolean): PreparedVisit {
  const date = parseDate(input.date, FIELD("date", fromFile));
  const version = versionOn(policy, date);
  const level = parseLevel(policy, version, input.level, FIELD("level", fromFile));
  const facility: Facility = input.facility === undefined ? "hospital" : parseFacility(input.facility, FIELD("facility", fromFile));
  const amount = parseMoney(input.amount, FIELD("amount", fromFile));
  const excluded = input.excluded === undefined ? 0 : parseMoney(input.excluded, FIELD("excluded", fromFile));
  if (excluded > amount) throw new YibaoError("EXCLUDED_OVER_AMOUNT", { excluded: String(input.excluded), amount: String(input.amount) });
  if (facility === "pharmacy") assertPharmacyKnown(policy, version);
  const where = resolvePlace(registry, policy, input, (name) => FIELD(name, fromFile));
  const visit: Visit = {
    date,
    level: level.level,
    facility,
    amount,
    excluded,
    designated: input.designated ?? true,
    emergency: input.emergency ?? false,
    prescription: input.prescription ?? true,
    place: where.place,
    filed: where.filed,
    directSettlement: where.directSettlement,
  };
  return { item: { visit, rules: rulesForPlace(registry, policy, version, where, date), index }, level, version, where };
}

/** A settled visit with the reasons of its level reading put first and those of the payment last. */
export function settledVisit(p: PreparedVisit, result: VisitResult, payment: Payment = cashOnly(result)): SettledVisit {
  const levelNote: Reason[] =
    p.level.cite === undefined
      ? []
      : [{ code: "LEVEL_INTERPRETED", params: { level: p.level.level, zh: p.level.label.zh, en: p.level.label.en }, cite: p.level.cite }];
  return { index: p.item.index, level: p.level, version: p.version, where: p.where, result, payment, reasons: [...levelNote, ...result.reasons, ...payment.reasons] };
}

/** Adds a settled visit to running totals. */
export function addToTotals(t: Totals, v: SettledVisit): Totals {
  return {
    amount: t.amount + v.result.visit.amount,
    fundPaid: t.fundPaid + v.result.fundPaid,
    selfPaid: t.selfPaid + v.result.selfPaid,
    accountPaid: t.accountPaid + v.payment.accountPaid,
    familyPaid: t.familyPaid + v.payment.familyPaid,
    cashPaid: t.cashPaid + v.payment.cashPaid,
  };
}

export const NO_TOTALS: Totals = { amount: 0, fundPaid: 0, selfPaid: 0, accountPaid: 0, familyPaid: 0, cashPaid: 0 };

/** Where a field error points: the option on the command line, or the visit in a file. */
function located<T>(fromFile: { file?: string; item: number } | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (fromFile === undefined || !(error instanceof YibaoError)) throw error;
    throw error.at(fromFile);
  }
}

export function calculate(registry: Registry, request: CalculationRequest): Calculation {
  const policy = findCity(registry, request.city);
  const status = parseStatus(request.type);
  if (request.visits.length === 0) throw new YibaoError("INPUT_EMPTY", { file: request.file ?? "" });
  const fromFile = request.file !== undefined;
  const prepared = request.visits.map((input, i) =>
    located(fromFile ? { item: i + 1, ...(request.file === undefined ? {} : { file: request.file }) } : undefined, () =>
      prepareVisit(registry, policy, input, i + 1, fromFile),
    ),
  );
  const opening = {
    ...(request.deductibleMet === undefined ? {} : { deductibleMet: parseMoney(request.deductibleMet, "--deductible-met") }),
    ...(request.fundUsed === undefined ? {} : { fundUsed: parseMoney(request.fundUsed, "--fund-used") }),
  };
  const sequence = settleSequence(prepared.map((p) => p.item), status, opening);
  const byIndex = new Map(prepared.map((p) => [p.item.index, p]));
  const wallet = new WalletTracker(registry, policy);
  const opens = request.wallet !== undefined && hasWalletInput(request.wallet);
  if (opens && request.wallet !== undefined) wallet.update(request.wallet, optionNames);
  const names: FieldName = fromFile ? fileFields : optionNames;
  let used = opens;
  const visits = sequence.results.map((result): SettledVisit => {
    const p = byIndex.get(result.index);
    const input = request.visits[result.index - 1];
    if (p === undefined || input === undefined) throw new Error(`settled a visit that was never prepared: ${result.index}`);
    const where = fromFile ? { item: result.index, ...(request.file === undefined ? {} : { file: request.file }) } : undefined;
    if (hasWalletInput(input)) {
      located(where, () => wallet.update(input, names));
      used = true;
    }
    return settledVisit(p, result, used ? located(where, () => wallet.pay(p.version, result, p.where)) : cashOnly(result));
  });
  const totals = visits.reduce(addToTotals, NO_TOTALS);
  const warnings: Warning[] = [];
  for (const v of visits) {
    const through = v.version.confirmedThrough;
    if (through !== undefined && v.result.visit.date > through && !warnings.some((w) => w.params.version === v.version.id)) {
      warnings.push({ code: "PAST_CONFIRMED", params: { version: v.version.id, through, date: v.result.visit.date } });
    }
  }
  const readings = new Map<string, { zh: string; en: string } | undefined>();
  for (const v of visits) {
    for (const item of [...v.result.steps, ...v.reasons]) {
      const id = item.cite?.interpretation;
      if (id !== undefined && !readings.has(id)) readings.set(id, item.cite?.interpretationNote);
    }
  }
  for (const [id, note] of [...readings].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))) {
    warnings.push({ code: "INTERPRETED", params: { id, zh: note?.zh ?? "", en: note?.en ?? "" } });
  }
  const last = sequence.years[sequence.years.length - 1];
  if (last !== undefined && last.capRemaining > 0 && last.capRemaining * CAP_LOW_SHARE <= last.cap) {
    warnings.push({ code: "CAP_LOW", params: { year: String(last.year), remaining: formatYuan(last.capRemaining), cap: formatYuan(last.cap) } });
  }
  return { policy, status, visits, years: sequence.years, totals, balances: wallet.balances, warnings };
}
