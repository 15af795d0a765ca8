/**
 * The line-by-line engine of `yibao batch`: one JSON Lines input line in, one JSON line out.
 * Visits of the same `person` share the year's accumulators in input order; only each person's
 * current-year accumulators are kept, so memory grows with the number of people, not of lines.
 */
import { z } from "zod";
import { type PreparedVisit, prepareVisit, settledVisit } from "../calculate.js";
import type { Fen } from "../core/money.js";
import { stateForVisit, settleVisit } from "../core/settle.js";
import type { Status, YearState } from "../core/types.js";
import { YibaoError } from "../errors.js";
import { parseStatus } from "../policy/inputs.js";
import { type Registry, findCity } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import { fieldProblem, visitFields } from "../policy/visit-schema.js";
import { WalletTracker, cashOnly, fileFields, hasWalletInput } from "../wallet.js";
import type { Lang } from "./lang.js";
import { explainError } from "./messages.js";
import { visitJson } from "./render/json.js";

/** One line of batch input: a visit, whose person, in which city, of which status. */
export const batchLineSchema = z.strictObject({
  ...visitFields,
  person: z.union([z.string(), z.number()]).optional(),
  city: z.string(),
  type: z.string(),
});
export type BatchLine = z.infer<typeof batchLineSchema>;

/**
 * One person's accumulators for the current year, updated in place: a million visits of a hundred
 * thousand people then leave no trail of old objects behind for the garbage collector.
 */
interface PersonState {
  year: number;
  deductibleMet: Fen;
  met1: Fen;
  met2: Fen;
  met3: Fen;
  fundUsed: Fen;
  lastDate: string;
  /** The person's balances, once a line has given one. */
  wallet: WalletTracker | undefined;
}

const yearStateOf = (p: PersonState): YearState => ({
  year: p.year,
  deductibleMet: p.deductibleMet,
  deductibleMetByLevel: { 1: p.met1, 2: p.met2, 3: p.met3 },
  fundUsed: p.fundUsed,
});

function remember(p: PersonState | undefined, after: YearState, date: string, wallet: WalletTracker | undefined): PersonState {
  const by = after.deductibleMetByLevel;
  if (p === undefined) {
    return { year: after.year, deductibleMet: after.deductibleMet, met1: by[1], met2: by[2], met3: by[3], fundUsed: after.fundUsed, lastDate: date, wallet };
  }
  p.wallet = wallet;
  p.year = after.year;
  p.deductibleMet = after.deductibleMet;
  p.met1 = by[1];
  p.met2 = by[2];
  p.met3 = by[3];
  p.fundUsed = after.fundUsed;
  p.lastDate = date;
  return p;
}

export interface BatchTotals {
  lines: number;
  blank: number;
  settled: number;
  errors: number;
  amount: Fen;
  fundPaid: Fen;
  selfPaid: Fen;
  accountPaid: Fen;
  familyPaid: Fen;
  cashPaid: Fen;
}

export class BatchSettler {
  readonly totals: BatchTotals = { lines: 0, blank: 0, settled: 0, errors: 0, amount: 0, fundPaid: 0, selfPaid: 0, accountPaid: 0, familyPaid: 0, cashPaid: 0 };
  private readonly persons = new Map<string, PersonState>();
  private readonly cities = new Map<string, Policy>();
  private readonly statuses = new Map<string, Status>();

  constructor(
    private readonly registry: Registry,
    private readonly lang: Lang,
    /** Name of the input, for messages. */
    private readonly source: string,
  ) {}

  /** The output line for one input line (without its newline), or undefined for a blank line. */
  settleLine(raw: string): string | undefined {
    const line = ++this.totals.lines;
    // A byte-order mark some editors put at the start of a file is not part of the first visit.
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === "") {
      this.totals.blank++;
      return undefined;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return this.fail(line, undefined, new YibaoError("INPUT_PARSE", { file: this.source, line, detail: (error as Error).message, jsonLines: true }));
    }
    const parsed = batchLineSchema.safeParse(data);
    if (!parsed.success) {
      return this.fail(line, data, new YibaoError("INPUT_VALUE", { line, ...fieldProblem(batchLineSchema, parsed.error, data) }));
    }
    try {
      return this.settle(line, parsed.data);
    } catch (error) {
      if (error instanceof YibaoError) return this.fail(line, data, error);
      throw error;
    }
  }

  private settle(line: number, input: BatchLine): string {
    const policy = this.city(input.city);
    const status = this.status(input.type);
    const prepared: PreparedVisit = prepareVisit(this.registry, policy, input, line, true);
    const { visit, rules } = prepared.item;
    const key = input.person === undefined ? undefined : String(input.person);
    const previous = key === undefined ? undefined : this.persons.get(key);
    if (previous !== undefined && visit.date < previous.lastDate) {
      throw new YibaoError("OUT_OF_ORDER", { person: key, date: visit.date, previous: previous.lastDate });
    }
    const result = settleVisit(rules, status, visit, stateForVisit(previous === undefined ? undefined : yearStateOf(previous), visit.date));
    // Balances carry for a person in the same city; a line that states one starts them.
    let wallet = previous?.wallet?.policy === policy ? previous.wallet : undefined;
    if (hasWalletInput(input)) {
      wallet ??= new WalletTracker(this.registry, policy);
      wallet.update(input, fileFields);
    }
    const payment = wallet === undefined ? cashOnly(result) : wallet.pay(prepared.version, result, prepared.where);
    if (key !== undefined) this.persons.set(key, remember(previous, result.after, visit.date, wallet));
    const t = this.totals;
    t.settled++;
    t.amount += visit.amount;
    t.fundPaid += result.fundPaid;
    t.selfPaid += result.selfPaid;
    t.accountPaid += payment.accountPaid;
    t.familyPaid += payment.familyPaid;
    t.cashPaid += payment.cashPaid;
    const { index: _index, ...out } = visitJson(settledVisit(prepared, result, payment), this.lang);
    return JSON.stringify({
      line,
      ...(input.id === undefined ? {} : { id: input.id }),
      ...(input.person === undefined ? {} : { person: input.person }),
      city: policy.id,
      type: status,
      ...out,
    });
  }

  private city(name: string): Policy {
    let policy = this.cities.get(name);
    if (policy === undefined) {
      policy = findCity(this.registry, name);
      this.cities.set(name, policy);
    }
    return policy;
  }

  private status(name: string): Status {
    let status = this.statuses.get(name);
    if (status === undefined) {
      status = parseStatus(name, "type");
      this.statuses.set(name, status);
    }
    return status;
  }

  private fail(line: number, data: unknown, error: YibaoError): string {
    this.totals.errors++;
    const { message, hint } = explainError(error, this.lang);
    const record = data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
    const id = record.id;
    const person = record.person;
    return JSON.stringify({
      line,
      ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
      ...(typeof person === "string" || typeof person === "number" ? { person } : {}),
      error: { code: error.code, message, ...(hint === undefined ? {} : { hint }) },
    });
  }
}
