/**
 * The library's calculation: raw visit inputs for one person → each visit settled under the policy
 * version in force on its date, in date order, against the person's one ledger.
 */
import type { Fen } from "../core/money.js";
import { type Opening, type Totals, type YearSummary, openingLimits } from "../core/ledger.js";
import { formatYuan } from "../core/money.js";
import type { Status } from "../core/types.js";
import { parseMoney, parseStatus } from "../policy/inputs.js";
import { type Registry, findCity } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import type { VisitInput } from "../policy/visit-schema.js";
import { YibaoError, arg, rec } from "../shared/errors.js";
import { Person } from "./person.js";
import { type PreparedVisit, type SettledVisit, prepareVisit, reasonsOf } from "./visit.js";
import { type WalletInput, hasWalletInput } from "./wallet.js";

export type { VisitInput, WalletInput };
export type { SettledVisit, Totals, YearSummary };

export interface CalculationRequest {
  readonly city: string;
  readonly type: string;
  readonly visits: readonly VisitInput[];
  /** Deductible already met in the year of the first visit. */
  readonly deductibleMet?: string | undefined;
  /** Fund already used (against the cap) in the year of the first visit. */
  readonly fundUsed?: string | undefined;
  /** The current-year account's balance before the first visit, where the city pays from it first. */
  readonly accountCurrent?: string | undefined;
  /** Balances before the first visit (`--account`, `--family-*`); a visit may state its own. */
  readonly wallet?: WalletInput | undefined;
  /** Where the visits came from, for error messages. */
  readonly file?: string | undefined;
}

/**
 * PAST_CONFIRMED: a visit is dated after the last day the source confirms. INTERPRETED: a number
 * rests on a reading of ours. CAP_LOW: a tenth or less of the year's cap is left.
 */
export type Warning =
  | { readonly code: "PAST_CONFIRMED"; readonly version: string; readonly through: string; readonly date: string }
  | { readonly code: "INTERPRETED"; readonly id: string; readonly note: { readonly zh: string; readonly en: string } | undefined }
  | { readonly code: "CAP_LOW"; readonly year: number; readonly remaining: Fen; readonly cap: Fen }
  /** The version in force has no published start: it is taken to hold for every date up to its end. */
  | { readonly code: "NO_START"; readonly version: string; readonly to: string | null }
  /** The cap is part of another scheme's, which yibao does not see. */
  | { readonly code: "CAP_SHARED"; readonly scheme: { readonly zh: string; readonly en: string } };

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

/** Where a field error points: the option on the command line, or the visit in a file. */
function located<T>(fromFile: { file?: string; item: number } | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (fromFile === undefined || !(error instanceof YibaoError)) throw error;
    throw error.at(fromFile);
  }
}

/** Stable sort by date: visits on the same day keep their input order. */
function inDateOrder(items: readonly PreparedVisit[]): PreparedVisit[] {
  return [...items].sort((a, b) => (a.item.visit.date < b.item.visit.date ? -1 : a.item.visit.date > b.item.visit.date ? 1 : a.item.index - b.item.index));
}

export function calculate(registry: Registry, request: CalculationRequest): Calculation {
  const policy = findCity(registry, request.city);
  const status = parseStatus(request.type);
  if (request.visits.length === 0) throw new YibaoError("INPUT_EMPTY", { file: request.file ?? "" });
  const fromFile = request.file !== undefined;
  const at = (item: number) => (fromFile ? { item, ...(request.file === undefined ? {} : { file: request.file }) } : undefined);
  const prepared = request.visits.map((input, i) => located(at(i + 1), () => prepareVisit(registry, policy, input, i + 1, fromFile)));
  const opening = {
    ...(request.deductibleMet === undefined ? {} : { deductibleMet: parseMoney(request.deductibleMet, arg("deductibleMet")) }),
    ...(request.fundUsed === undefined ? {} : { fundUsed: parseMoney(request.fundUsed, arg("fundUsed")) }),
    ...(request.accountCurrent === undefined ? {} : { accountCurrent: parseMoney(request.accountCurrent, arg("accountCurrent")) }),
  };
  const ordered = inDateOrder(prepared);
  checkOpening(policy, status, ordered[0], opening, request);
  const person = new Person(registry, { opening, keepYears: true });
  if (request.wallet !== undefined && hasWalletInput(request.wallet)) person.state(policy, { input: request.wallet, field: arg });
  const field = fromFile ? rec : arg;
  const visits = ordered.map((p): SettledVisit => {
    const input = request.visits[p.item.index - 1];
    const balances = input !== undefined && hasWalletInput(input) ? { input, field } : undefined;
    return located(at(p.item.index), () => person.settle(policy, status, p, balances));
  });
  const ledger = person.ledger;
  const years = ledger.years();
  return {
    policy,
    status,
    visits,
    years,
    totals: ledger.totals,
    balances: { account: ledger.account, familyBalance: ledger.family?.balance ?? null, familyLimitLeft: ledger.family?.limitLeft ?? null },
    warnings: warningsOf(visits, years),
  };
}

/** The opening values must fit the year under the version in force on the first visit. */
function checkOpening(policy: Policy, status: Status, first: PreparedVisit | undefined, opening: Opening, request: CalculationRequest): void {
  if (first === undefined) return;
  const limits = openingLimits(first.item.rules, { level: first.item.visit.level, status, age: first.item.visit.age });
  const where = { city: policy.name.zh, cityId: policy.id, version: first.version.id, date: first.item.visit.date };
  if (opening.fundUsed !== undefined && limits.fundUsed !== null && opening.fundUsed > limits.fundUsed) {
    throw new YibaoError("OPENING_OVER_LIMIT", { field: arg("fundUsed"), value: String(request.fundUsed), limit: formatYuan(limits.fundUsed), ...where });
  }
  const met = opening.deductibleMet;
  if (met !== undefined && (limits.deductibleMet === null ? met > 0 : met > limits.deductibleMet)) {
    const limit = limits.deductibleMet === null ? null : formatYuan(limits.deductibleMet);
    throw new YibaoError("OPENING_OVER_LIMIT", { field: arg("deductibleMet"), value: String(request.deductibleMet), limit, ...where });
  }
}

function warningsOf(visits: readonly SettledVisit[], years: readonly YearSummary[]): Warning[] {
  const warnings: Warning[] = [];
  for (const v of visits) {
    const through = v.version.confirmedThrough;
    if (through !== undefined && v.result.visit.date > through && !warnings.some((w) => w.code === "PAST_CONFIRMED" && w.version === v.version.id)) {
      warnings.push({ code: "PAST_CONFIRMED", version: v.version.id, through, date: v.result.visit.date });
    }
  }
  for (const v of visits) {
    if (v.version.effectiveFrom === undefined && !warnings.some((w) => w.code === "NO_START" && w.version === v.version.id)) {
      warnings.push({ code: "NO_START", version: v.version.id, to: v.version.effectiveTo ?? null });
    }
    const shared = v.version.outpatient?.cap?.sharedWith;
    if (shared !== undefined && !warnings.some((w) => w.code === "CAP_SHARED")) warnings.push({ code: "CAP_SHARED", scheme: shared.name });
  }
  const readings = new Map<string, { zh: string; en: string } | undefined>();
  for (const v of visits) {
    for (const item of [...v.result.steps, ...v.payment.steps, ...reasonsOf(v)]) {
      const id = item.cite?.interpretation;
      if (id !== undefined && !readings.has(id)) readings.set(id, item.cite?.interpretationNote);
    }
  }
  for (const [id, note] of [...readings].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))) {
    warnings.push({ code: "INTERPRETED", id, note });
  }
  const last = years[years.length - 1];
  if (last !== undefined && last.cap !== null && last.capRemaining !== null && last.capRemaining > 0 && last.capRemaining * CAP_LOW_SHARE <= last.cap) {
    warnings.push({ code: "CAP_LOW", year: last.year, remaining: last.capRemaining, cap: last.cap });
  }
  return warnings;
}
