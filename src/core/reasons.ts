/**
 * The compact log the settlement steps record their reasons in: per reason a code, a citation and
 * its raw values (fen, basis points, levels, codes) in flat arrays, in the order `REASON_VALUES`
 * gives, that a caller may reuse from one visit to the next, so that recording why allocates
 * nothing. A reason becomes an object (`Reason`, values tagged with their types) only when it is read.
 */
import * as f from "./facts.js";
import { REASON_VALUES, type ReasonCode, type Spec } from "./reason-values.js";
import type { Citation, Reason, ReasonValues, Reasons, Value } from "./types.js";

export { REASON_VALUES };

/** The most values a reason has: each reason takes this many slots of the log's values. */
const WIDTH = 5;
for (const spec of Object.values(REASON_VALUES) as Spec[]) if (spec.length > WIDTH) throw new Error(`a reason with more than ${WIDTH} values`);

/** The maker of each type of value: values of small closed sets are shared (see `facts.ts`). */
const MAKERS: { readonly [T in Value["t"]]: (v: never) => Value } = {
  fen: f.fen,
  bp: f.bp,
  level: f.level,
  status: f.status,
  place: f.place,
  flag: f.flag,
  code: f.code,
  name: f.name,
  relation: f.relation,
  relations: f.relations,
  scheme: f.scheme,
  schemes: f.schemes,
  "place-class": f.placeClass,
  input: (v: string) => ({ t: "input", v }),
};

/**
 * Reasons as a settlement records them: codes, citations and raw values in flat arrays, written in
 * place. `clear` makes a log ready for the next visit without giving its arrays back. `code`, `cite`
 * and `value` read one reason without making an object of it; `reason` and `list` make `Reason`
 * objects, for a reader that puts them into words.
 */
export class ReasonLog implements Reasons {
  /** How many reasons are recorded. */
  length = 0;
  private readonly codes: ReasonCode[] = [];
  private readonly cites: (Citation | undefined)[] = [];
  /** `WIDTH` slots a reason, its values first, in the order of `REASON_VALUES`. */
  private readonly values: unknown[] = [];

  clear(): void {
    this.length = 0;
  }

  /** Records a reason: its code, the policy value it cites (if any), and its values in the order of `REASON_VALUES`. */
  add<C extends ReasonCode>(code: C, cite: Citation | undefined, ...values: ReasonValues<C>): void;
  add(code: ReasonCode, cite: Citation | undefined, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown): void {
    const i = this.length++;
    this.codes[i] = code;
    this.cites[i] = cite;
    // Only the slots the reason has are written (a call passes exactly its values).
    const n = arguments.length - 2;
    if (n === 0) return;
    const at = i * WIDTH;
    const v = this.values;
    v[at] = a;
    if (n === 1) return;
    v[at + 1] = b;
    if (n === 2) return;
    v[at + 2] = c;
    if (n === 3) return;
    v[at + 3] = d;
    if (n === 4) return;
    v[at + 4] = e;
  }

  /** Makes this log a copy of `other`. */
  copy(other: ReasonLog): void {
    this.length = other.length;
    for (let i = 0; i < other.length; i++) {
      this.codes[i] = other.codes[i] as ReasonCode;
      this.cites[i] = other.cites[i];
    }
    for (let j = 0; j < other.length * WIDTH; j++) this.values[j] = other.values[j];
  }

  code(i: number): ReasonCode {
    return this.codes[i] as ReasonCode;
  }

  cite(i: number): Citation | undefined {
    return this.cites[i];
  }

  /** The typed value `j` of reason `i`. */
  value(i: number, j: number): Value {
    return MAKERS[this.entry(i, j)[1] as Value["t"]](this.raw(i, j) as never);
  }

  /** Value `j` of reason `i` as recorded, untyped: its type is the one `REASON_VALUES` gives the code. */
  raw(i: number, j: number): unknown {
    return this.values[i * WIDTH + j];
  }

  /** The name and type of value `j` of reason `i`. */
  private entry(i: number, j: number): Spec[number] {
    const entry = (REASON_VALUES[this.code(i)] as Spec)[j];
    if (entry === undefined) throw new Error(`reason ${this.code(i)} has no value ${j}`);
    return entry;
  }

  /** Reason `i` as an object: its code, its values by name, and its citation where it has one. */
  reason(i: number): Reason {
    const code = this.code(i);
    const spec: Spec = REASON_VALUES[code];
    const params: Record<string, Value> = {};
    const at = i * WIDTH;
    for (let j = 0; j < spec.length; j++) {
      const entry = spec[j] as Spec[number];
      params[entry[0]] = MAKERS[entry[1] as Value["t"]](this.values[at + j] as never);
    }
    const cite = this.cites[i];
    return (cite === undefined ? { code, params } : { code, params, cite }) as Reason;
  }

  /** Every reason recorded, in order, as objects. */
  list(): Reason[] {
    const list: Reason[] = [];
    for (let i = 0; i < this.length; i++) list.push(this.reason(i));
    return list;
  }
}
