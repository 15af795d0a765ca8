/**
 * Settling a stream of many people's visits (`yibao batch`): one input line in, one outcome out.
 * Visits of the same `person` share one ledger in input order; a person's ledger holds only the
 * current year, so memory grows with the number of people, not of lines.
 */
import { z } from "zod";
import { dateOfDay, dayOf } from "../core/ledger.js";
import { type Fen, ZERO, addFen } from "../core/money.js";
import type { Status } from "../core/types.js";
import { parseStatus } from "../policy/inputs.js";
import { type Registry, findCity } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import { fieldProblem, visitFields } from "../policy/visit-schema.js";
import { type InputEncoding, YibaoError, rec } from "../shared/errors.js";
import { jsonError } from "../shared/json-syntax.js";
import { Person } from "./person.js";
import { type SettledVisit, prepareVisit } from "./visit.js";
import { hasWalletInput } from "./wallet.js";

/** Longest batch line, in bytes (of its UTF-8 text); a longer one is answered with LINE_TOO_LONG. */
export const MAX_LINE_BYTES = 1_000_000;

/** One line of batch input: a visit, whose person, in which city, of which status. */
export const batchLineSchema = z.strictObject({
  ...visitFields,
  person: z.union([z.string(), z.number()]).optional(),
  city: z.string(),
  type: z.string(),
});
export type BatchLine = z.infer<typeof batchLineSchema>;

/** The kinds of JSON value (string, number, boolean) each field of a batch line takes, read once from its schema. */
const FIELD_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(batchLineSchema.shape).map(([name, schema]) => [name, new Set(["x", 1, true].filter((sample) => schema.safeParse(sample).success).map((sample) => typeof sample))]),
);
const REQUIRED: readonly string[] = Object.entries(batchLineSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([name]) => name);

/**
 * A line the schema certainly takes as it is: an object of known fields, each a string, number or
 * boolean of a kind its schema takes, none required missing. Anything else (an array field, an
 * unknown field, a wrong kind) goes to the schema, which accepts it or says what is wrong. The
 * schema's checks are kinds only, so both answer alike (a test compares them).
 */
export function plainBatchLine(data: unknown): BatchLine | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  for (const key in record) {
    const kinds = FIELD_KINDS.get(key);
    if (kinds === undefined || !Object.hasOwn(record, key) || !kinds.has(typeof record[key])) return undefined;
  }
  for (const key of REQUIRED) if (!Object.hasOwn(record, key)) return undefined;
  return record as BatchLine;
}

/** The id and person a line gave, echoed in its outcome when they are a string or a number. */
export interface LineEcho {
  readonly line: number;
  /** undefined when the line gave none (or not a string or a number). */
  readonly id: string | number | undefined;
  readonly person: string | number | undefined;
}

/** What became of one input line: a settled visit, or an error with the line it concerns. */
export type LineOutcome =
  | (LineEcho & { readonly kind: "settled"; readonly policy: Policy; readonly status: Status; readonly visit: SettledVisit })
  | (LineEcho & { readonly kind: "error"; readonly error: YibaoError });

export interface BatchTotals {
  lines: number;
  blank: number;
  settled: number;
  errors: number;
  amount: Fen;
  fundPaid: Fen;
  selfPaid: Fen;
  /** Paid first by current-year accounts, where a city has that rule. */
  accountCurrentPaid: Fen;
  accountPaid: Fen;
  familyPaid: Fen;
  cashPaid: Fen;
}

export class BatchSession {
  readonly totals: BatchTotals = { lines: 0, blank: 0, settled: 0, errors: 0, amount: ZERO, fundPaid: ZERO, selfPaid: ZERO, accountCurrentPaid: ZERO, accountPaid: ZERO, familyPaid: ZERO, cashPaid: ZERO };
  private readonly persons = new Map<string, Person>();
  private readonly cities = new Map<string, Policy>();
  private readonly statuses = new Map<string, Status>();

  constructor(
    private readonly registry: Registry,
    /** Name of the input, for messages. */
    private readonly source: string,
  ) {}

  /** Counts one more line of input and gives its number. */
  numberLine(): number {
    return ++this.totals.lines;
  }

  /** The outcome of one input line, or undefined for a blank line. */
  settleLine(raw: string): LineOutcome | undefined {
    return this.settleNumbered(this.numberLine(), raw);
  }

  /**
   * The outcome of a line another session numbered and counted (the worker threads of `batch
   * --workers`: the reader counts the lines, each worker settles its share); undefined for a blank line.
   */
  settleNumbered(line: number, raw: string): LineOutcome | undefined {
    // A byte-order mark some editors put at the start of a file is not part of the first visit.
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === "") {
      this.totals.blank++;
      return undefined;
    }
    if (text.charCodeAt(0) === 0xfeff) return this.fail(line, undefined, new YibaoError("INPUT_ENCODING", { file: this.source, line, problem: "bom" }));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return this.fail(line, undefined, jsonError(text, { file: this.source, firstLine: line, jsonLines: true }));
    }
    return this.settleData(line, data);
  }

  /**
   * The outcome of one row of a spreadsheet, numbered as the sheet numbers it (the header is row 1):
   * its record as `app/sheet.ts` read it, or the error reading it gave; undefined for a blank row.
   */
  settleRow(row: number, read: () => Record<string, unknown> | undefined): LineOutcome | undefined {
    this.numberLine();
    let data: Record<string, unknown> | undefined;
    try {
      data = read();
    } catch (error) {
      if (error instanceof YibaoError) return this.fail(row, undefined, error);
      throw error;
    }
    if (data === undefined) {
      this.totals.blank++;
      return undefined;
    }
    return this.settleData(row, data);
  }

  private settleData(line: number, data: unknown): LineOutcome {
    let input = plainBatchLine(data);
    if (input === undefined) {
      const parsed = batchLineSchema.safeParse(data);
      if (!parsed.success) {
        return this.fail(line, data, new YibaoError("INPUT_VALUE", { line, ...fieldProblem(batchLineSchema, parsed.error, data) }));
      }
      input = parsed.data;
    }
    try {
      return this.settle(line, input);
    } catch (error) {
      if (error instanceof YibaoError) return this.fail(line, data, error);
      throw error;
    }
  }

  /** A line longer than MAX_LINE_BYTES, answered at once (its text is never held). */
  tooLong(): LineOutcome {
    const line = this.numberLine();
    return this.fail(line, undefined, new YibaoError("LINE_TOO_LONG", { file: this.source, line, limit: MAX_LINE_BYTES }));
  }

  /** A line that cannot be read in the encoding chosen. */
  undecodable(encoding: InputEncoding, problem: "invalid" | "utf-16"): LineOutcome {
    const line = this.numberLine();
    return this.fail(line, undefined, new YibaoError("INPUT_ENCODING", { file: this.source, line, encoding, problem }));
  }

  private settle(line: number, input: BatchLine): LineOutcome {
    const policy = this.city(input.city);
    const status = this.status(input.type);
    const prepared = prepareVisit(this.registry, policy, input, line, true);
    const key = input.person === undefined ? undefined : String(input.person);
    const known = key === undefined ? undefined : this.persons.get(key);
    const date = prepared.item.visit.date;
    const lastDay = known?.ledger.lastDay;
    if (lastDay !== undefined && dayOf(date) < lastDay) throw new YibaoError("OUT_OF_ORDER", { person: key, date, previous: dateOfDay(lastDay) });
    // A batch line carries no arithmetic step by step: none is built.
    const person = known ?? new Person(this.registry, { steps: false });
    const visit = person.settle(policy, status, prepared, hasWalletInput(input) ? { input, field: rec } : undefined);
    if (key !== undefined && known === undefined) this.persons.set(key, person);
    const t = this.totals;
    t.settled++;
    t.amount = addFen(t.amount, visit.result.visit.amount);
    t.fundPaid = addFen(t.fundPaid, visit.result.fundPaid);
    t.selfPaid = addFen(t.selfPaid, visit.result.selfPaid);
    t.accountCurrentPaid = addFen(t.accountCurrentPaid, visit.payment.accountCurrentPaid);
    t.accountPaid = addFen(t.accountPaid, visit.payment.accountPaid);
    t.familyPaid = addFen(t.familyPaid, visit.payment.familyPaid);
    t.cashPaid = addFen(t.cashPaid, visit.payment.cashPaid);
    return { kind: "settled", line, id: input.id, person: input.person, policy, status, visit };
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
      status = parseStatus(name, rec("type"));
      this.statuses.set(name, status);
    }
    return status;
  }

  private fail(line: number, data: unknown, error: YibaoError): LineOutcome {
    this.totals.errors++;
    return { kind: "error", line, id: echoed(data, "id"), person: echoed(data, "person"), error };
  }
}

/** Adds one session's totals to another's (the worker threads' to the reader's). */
export function addTotals(into: BatchTotals, from: BatchTotals): void {
  into.lines += from.lines;
  into.blank += from.blank;
  into.settled += from.settled;
  into.errors += from.errors;
  into.amount = addFen(into.amount, from.amount);
  into.fundPaid = addFen(into.fundPaid, from.fundPaid);
  into.selfPaid = addFen(into.selfPaid, from.selfPaid);
  into.accountCurrentPaid = addFen(into.accountCurrentPaid, from.accountCurrentPaid);
  into.accountPaid = addFen(into.accountPaid, from.accountPaid);
  into.familyPaid = addFen(into.familyPaid, from.familyPaid);
  into.cashPaid = addFen(into.cashPaid, from.cashPaid);
}

/**
 * The person a line's text names, as the session keys people (`String(person)`); undefined when the
 * line is not a JSON object with a string or number `person`. A person's lines must all be settled by
 * one session, in input order: this is the key to share lines out by, among threads or machines.
 */
export function personOfLine(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  const person = echoed(data, "person");
  return person === undefined ? undefined : String(person);
}

/** Which of `shards` a person's lines go to: FNV-1a of the key, the same on every machine. */
export function shardOf(person: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < person.length; i++) {
    hash ^= person.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** The id or person a line gave, when it is a string or a number. */
function echoed(data: unknown, key: "id" | "person"): string | number | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}
