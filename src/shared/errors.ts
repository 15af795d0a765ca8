/**
 * The one error type yibao throws for anything a user can fix. It carries a code and the values
 * needed to explain it; the CLI turns it into words (Chinese or English) and an exit code.
 */

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  policy: 4,
  /** `batch`: every line was answered, but some with an error record. */
  batchErrors: 5,
} as const;

export type ErrorCode =
  | "USAGE"
  | "INVALID_VALUE"
  | "UNKNOWN_CITY"
  /** `policy show city@version:field` naming a version or a field the city's file does not have. */
  | "UNKNOWN_REFERENCE"
  | "CONFLICTING_OPTIONS"
  | "MISSING_OPTION"
  /** `batch -o` naming the very file it reads: writing would destroy what is being read. */
  | "OUTPUT_IS_INPUT"
  /** An .xlsx workbook to a terminal, where its bytes mean nothing. */
  | "XLSX_TO_TERMINAL"
  | "EXCLUDED_OVER_AMOUNT"
  /** The class-B part of a visit above its in-policy amount. */
  | "CLASS_B_OVER_IN_POLICY"
  | "OPENING_OVER_LIMIT"
  | "INPUT_READ"
  | "INPUT_PARSE"
  | "INPUT_VALUE"
  | "INPUT_EMPTY"
  | "INPUT_NOT_FILE"
  | "INPUT_TOO_LARGE"
  | "INPUT_ENCODING"
  /** A spreadsheet's header: a column no field is named by, named twice, or unnamed; a cell beyond the last column. */
  | "INPUT_COLUMN"
  /** A CSV file that cannot be parsed (a quote not closed, text after a closing quote). */
  | "INPUT_CSV"
  /** An .xlsx file that cannot be read (not a workbook, damaged, no sheet). */
  | "INPUT_XLSX"
  | "LINE_TOO_LONG"
  | "OUT_OF_ORDER"
  | "NO_VERSION_ON_DATE"
  | "POLICY_INCOMPLETE"
  /** A value of the policy depends on the person's age, and no age or birth date was given. */
  | "AGE_REQUIRED"
  /** A birth date after the visit. */
  | "BIRTH_AFTER_VISIT"
  | "POLICY_INVALID"
  | "POLICY_READ"
  | "UNKNOWN_PLACE"
  | "AMBIGUOUS_PLACE"
  | "PLACE_NOT_IN_CITY"
  | "FAMILY_INCOMPLETE"
  | "PLACE_UNCLEAR"
  | "TREATMENT_POLICY_MISSING"
  | "OUTPUT_WRITE"
  /** `compare`, `curve`: every city considered was skipped, so nothing at all was computed. */
  | "NO_CITY_COMPUTED"
  /** A failure while settling in one of several cities (`compare`); the cause says what. */
  | "IN_CITY";

const EXIT_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  USAGE: EXIT.usage,
  INVALID_VALUE: EXIT.usage,
  UNKNOWN_CITY: EXIT.usage,
  UNKNOWN_REFERENCE: EXIT.usage,
  CONFLICTING_OPTIONS: EXIT.usage,
  MISSING_OPTION: EXIT.usage,
  OUTPUT_IS_INPUT: EXIT.usage,
  XLSX_TO_TERMINAL: EXIT.usage,
  EXCLUDED_OVER_AMOUNT: EXIT.usage,
  CLASS_B_OVER_IN_POLICY: EXIT.usage,
  OPENING_OVER_LIMIT: EXIT.usage,
  INPUT_READ: EXIT.input,
  INPUT_PARSE: EXIT.input,
  INPUT_VALUE: EXIT.input,
  INPUT_EMPTY: EXIT.input,
  INPUT_NOT_FILE: EXIT.input,
  INPUT_TOO_LARGE: EXIT.input,
  INPUT_ENCODING: EXIT.input,
  INPUT_COLUMN: EXIT.input,
  INPUT_CSV: EXIT.input,
  INPUT_XLSX: EXIT.input,
  LINE_TOO_LONG: EXIT.input,
  OUT_OF_ORDER: EXIT.input,
  NO_VERSION_ON_DATE: EXIT.policy,
  POLICY_INCOMPLETE: EXIT.policy,
  AGE_REQUIRED: EXIT.usage,
  BIRTH_AFTER_VISIT: EXIT.usage,
  POLICY_INVALID: EXIT.policy,
  POLICY_READ: EXIT.policy,
  UNKNOWN_PLACE: EXIT.usage,
  AMBIGUOUS_PLACE: EXIT.usage,
  PLACE_NOT_IN_CITY: EXIT.usage,
  FAMILY_INCOMPLETE: EXIT.usage,
  PLACE_UNCLEAR: EXIT.usage,
  TREATMENT_POLICY_MISSING: EXIT.policy,
  OUTPUT_WRITE: EXIT.input,
  NO_CITY_COMPUTED: EXIT.policy,
  IN_CITY: EXIT.usage,
};

/** Every error code, for checks that each is explained. */
export const ERROR_CODES = Object.keys(EXIT_BY_CODE) as readonly ErrorCode[];

/**
 * A field of a request, as the library names it (`amount`, `treatmentCity`), and whether it was read
 * from an input record (a visit in a file, a batch line) or given with the request itself (what the
 * CLI takes as an option). The CLI shows the first as `"amount"`, the second as `--amount`.
 */
export interface Field {
  readonly name: string;
  readonly record: boolean;
  /** An environment variable (`YIBAO_TODAY`), named as it is set. */
  readonly variable?: true;
}

const isField = (value: unknown): value is Field => typeof value === "object" && value !== null && "name" in value && "record" in value;

/** A field given with the request itself (a command-line option). */
export const arg = (name: string): Field => ({ name, record: false });
/** A field of an input record. */
export const rec = (name: string): Field => ({ name, record: true });
/** An environment variable. */
export const env = (name: string): Field => ({ name, record: false, variable: true });

/** Why two options cannot go together, for the hint. */
export type Conflict =
  /** The city of treatment is the insured city, yet the place says elsewhere. */
  | "TREATMENT_IS_HOME"
  /** The city of treatment is another city, yet the place says local. */
  | "TREATMENT_IS_ELSEWHERE"
  /** Filing or direct settlement on a local visit. */
  | "LOCAL_WITH_ELSEWHERE_FIELDS"
  /** A visit given by options beside `calc --input`. */
  | "CALC_INPUT_HOLDS_VISITS"
  /** An age and a birth date for the same person. */
  | "AGE_AND_BIRTH_DATE"
  /** A bill given by options beside `compare --input`. */
  | "COMPARE_INPUT_HOLDS_VISITS"
  /** `curve --svg -` (the drawing to stdout) beside `--json`, which also goes to stdout. */
  | "SVG_TO_STDOUT"
  /** `batch --output-encoding` with output that is not CSV. */
  | "OUTPUT_ENCODING_NOT_CSV"
  /** `batch --workers` above 1 with a spreadsheet, which is read whole and settled in one thread. */
  | "WORKERS_SHEET"
  /** The same option given twice: yibao does not pick one of the values. */
  | "REPEATED"
  /** A switch given with its negation (`--direct-settlement --no-direct-settlement`). */
  | "CONTRADICTORY";

/** The encodings input text may come in (`--encoding`). */
export type InputEncoding = "utf-8" | "gbk" | "utf-16le" | "utf-16be";

/** What is wrong at the place where JSON text stops being JSON. */
export type JsonProblem =
  /** A character that cannot come here (a quote missing, a comma too many, text that is not JSON). */
  | "unexpected-character"
  /** The text ends inside a value (an object, an array or a string not closed). */
  | "unexpected-end"
  /** A control character (a tab, a line break) inside a string. */
  | "control-character"
  /** A backslash followed by something JSON does not know (`\q`, `\u12`). */
  | "bad-escape"
  /** A number written in a way JSON does not allow (`01`, `1.`, `+1`, `.5`). */
  | "bad-number"
  /** More after a complete value (two objects on one line). */
  | "trailing";

/** A city `compare` or `curve` could not settle on the date, and why (as `app/usable.ts` says). */
export interface SkippedCity {
  readonly city: string;
  readonly cityId: string;
  readonly reason: SkipReason;
  readonly fields: readonly string[];
  /** For a cell, an age or a level: the level asked for (as typed) and the status, where one was fixed. */
  readonly level?: string;
  readonly status?: "in-service" | "retired";
  /** For `level`: the city's own categories, as it names them. */
  readonly categories?: readonly { readonly zh: string; readonly en: string }[];
}

/**
 * Why a city was skipped: `missing`, parameters no source gives; `no-version`, no version on the date;
 * `cell`, a value for this level and status no source gives; `age`, values by age and no age given;
 * `level`, a level the city does not have (its own categories do not take the common grade).
 */
export type SkipReason = "missing" | "no-version" | "cell" | "age" | "level";

/** What a schema refused in an input record: a field missing, unknown, or of the wrong type. */
export interface FieldProblem {
  readonly field: string;
  /** type and not-object: what the value is (null, number, string, boolean, array, object), in `detail`. */
  readonly problem: "unknown" | "missing" | "type" | "not-object";
  readonly detail: string;
  /** type: the kinds of JSON value the field takes (string, number, boolean, …). */
  readonly expected?: readonly string[];
  /** The fields the schema takes, required ones first: "date, level, amount; optional id, …". */
  readonly fields: string;
}

/** The values each error carries, by its code. */
export interface ErrorParams {
  readonly USAGE: { readonly message: string };
  readonly INVALID_VALUE: {
    readonly field: Field;
    readonly value: string;
    readonly accepted: readonly string[];
    /** What kind of value was expected, when the list of accepted values does not say it. */
    /** no-such-day: a date written YYYY-MM-DD that is not in the calendar (2025-02-30). */
    /** text: a name that may not be empty; city-id: lower-case letters, digits and hyphens; admin-code: six digits. */
    readonly kind?: "money" | "date" | "no-such-day" | "positive" | "too-fine" | "text" | "city-id" | "admin-code" | "age";
    /** For no-such-day: the days of that month; absent when the month itself does not exist. */
    readonly days?: number;
    /** For too-fine: how many visits it would settle, and the most allowed. */
    readonly visits?: number;
    readonly limit?: number;
  };
  readonly UNKNOWN_CITY: { readonly value: string; readonly cities: readonly string[] };
  /** `found`: the part of the field that exists; `choices`: the versions, or the keys under `found`. */
  readonly UNKNOWN_REFERENCE: { readonly reference: string; readonly problem: "version" | "field"; readonly found: string; readonly choices: readonly string[] };
  readonly CONFLICTING_OPTIONS: {
    readonly given: readonly { readonly field: Field; readonly value?: string }[];
    readonly conflict: Conflict;
    /** The city of treatment and the insured city, for the hints that name them. */
    readonly city?: string;
    readonly home?: string;
    /** The field that says where the visit took place, for the hint. */
    readonly place?: Field;
  };
  /** Options a command needs (request fields, never records). */
  readonly OUTPUT_IS_INPUT: { readonly file: string };
  readonly XLSX_TO_TERMINAL: Readonly<Record<never, never>>;
  readonly MISSING_OPTION: {
    readonly fields: readonly string[];
    readonly command?: "calc" | "compare" | "curve" | "family" | "account" | "policy new";
    /** The option given that needs the missing ones (`--encoding` needs `--input`). */
    readonly by?: string;
  };
  readonly EXCLUDED_OVER_AMOUNT: { readonly excluded: string; readonly amount: string };
  /** `file` is "-" for standard input; `detail` the system's code (ENOENT, EISDIR, …). */
  /**
   * What was already used this year (`fundUsed`, `deductibleMet`) is more than the year can hold
   * under the version in force on the first visit: the cap, the year's deductible (`limit`, yuan with
   * two decimals), or the deductible is per visit (`limit` null) and nothing carries over.
   */
  readonly OPENING_OVER_LIMIT: {
    readonly field: Field;
    readonly value: string;
    readonly limit: string | null;
    readonly city: string;
    readonly cityId: string;
    readonly version: string;
    readonly date: string;
  };
  readonly INPUT_READ: { readonly file: string; readonly detail: string };
  /** Where JSON text broke (line and column from 1, in characters) and how. */
  readonly INPUT_PARSE: {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly problem: JsonProblem;
    /** The character found, for unexpected-character and control-character. */
    readonly character?: string;
    readonly jsonLines?: boolean;
  };
  readonly INPUT_VALUE:
    | { readonly file?: string; readonly item?: number; readonly line?: number; readonly cause: YibaoError }
    | ({ readonly file?: string; readonly item?: number; readonly line?: number } & FieldProblem);
  readonly INPUT_EMPTY: { readonly file: string };
  /** An input that is not a regular file (nor standard input), refused before reading. */
  readonly INPUT_NOT_FILE: { readonly file: string; readonly kind: "directory" | "fifo" | "device" | "socket" | "other" };
  /** An input over the limit for a person's visits: in bytes, or in visits. */
  /** `sheet`: a spreadsheet for batch, read whole (JSON Lines streams instead). */
  readonly INPUT_TOO_LARGE: { readonly file: string; readonly limit: number; readonly unit: "bytes" | "visits"; readonly sheet?: boolean };
  /** Text that cannot be read in the encoding chosen, or a byte-order mark inside it (two files joined). */
  readonly INPUT_ENCODING: {
    readonly file: string;
    readonly line: number;
    /** The encoding the text was read in; absent for a byte-order mark. */
    readonly encoding?: InputEncoding;
    /** invalid: bytes not valid in the encoding; utf-16: NUL bytes, as UTF-16 without a mark has; bom: a byte-order mark after the start. */
    readonly problem: "invalid" | "utf-16" | "bom";
  };
  /**
   * A column of a spreadsheet (`index` from 1, as A is 1): `unknown` names no field, `repeated` names
   * a field another column (`other`) names too, `unnamed` has no name over cells with values, `extra`
   * is a cell of a row beyond the header's last column. `accepted`: every name a column may have.
   */
  readonly INPUT_COLUMN: {
    readonly file: string;
    readonly column: string;
    readonly index: number;
    readonly problem: "unknown" | "repeated" | "unnamed" | "extra";
    readonly other?: string;
    readonly accepted: readonly string[];
  };
  /** Where CSV text cannot be parsed (the line from 1, as an editor counts it) and how; `detail` the parser's code. */
  readonly INPUT_CSV: { readonly file: string; readonly line: number; readonly problem: "unclosed-quote" | "bad-quote" | "other"; readonly detail: string };
  /** An .xlsx that cannot be read: `not-xlsx` (not a workbook at all), `no-sheet`, or `damaged` (the reader's message in `detail`). */
  readonly INPUT_XLSX: { readonly file: string; readonly problem: "not-xlsx" | "no-sheet" | "damaged"; readonly detail: string };
  /** A batch line longer than the limit, in bytes. */
  readonly LINE_TOO_LONG: { readonly file: string; readonly line: number; readonly limit: number };
  readonly OUT_OF_ORDER: { readonly person: string | undefined; readonly date: string; readonly previous: string };
  readonly NO_VERSION_ON_DATE: { readonly city: string; readonly cityId: string; readonly date: string; readonly ranges: readonly { readonly from?: string; readonly to?: string }[] };
  readonly POLICY_INCOMPLETE: {
    readonly city: string;
    readonly cityId: string;
    readonly version: string;
    readonly fields: readonly string[];
    readonly notes: readonly { readonly zh: string; readonly en: string }[];
    /** For a cell of a table: the category (as the city names it) and status it was needed for. */
    readonly cell?: { readonly category: { readonly zh: string; readonly en: string }; readonly status: "in-service" | "retired" };
  };
  readonly CLASS_B_OVER_IN_POLICY: { readonly classB: string; readonly inPolicy: string; readonly field: Field };
  readonly AGE_REQUIRED: { readonly city: string; readonly cityId: string; readonly version: string; readonly field: string };
  readonly BIRTH_AFTER_VISIT: { readonly field: Field; readonly value: string; readonly date: string };
  /** `inPackage`: the file is in the package's policies/ folder, beside policies/schema.json. */
  readonly POLICY_INVALID: { readonly file: string; readonly issues: readonly PolicyProblem[]; readonly inPackage?: boolean };
  readonly POLICY_READ: { readonly file: string; readonly detail: string; readonly folder?: boolean; readonly variable?: string };
  readonly UNKNOWN_PLACE: { readonly field: Field; readonly value: string; readonly province: boolean };
  readonly AMBIGUOUS_PLACE: { readonly field: Field; readonly value: string; readonly candidates: readonly string[] };
  /** A district or county written after a city it is not in (大连市和平区): the city named, the district named, and where that district is. */
  readonly PLACE_NOT_IN_CITY: { readonly field: Field; readonly value: string; readonly city: string; readonly district: string; readonly districtIn: readonly string[] };
  readonly FAMILY_INCOMPLETE: { readonly missing: readonly Field[] };
  readonly PLACE_UNCLEAR: { readonly field: Field; readonly city: string; readonly home: string };
  readonly TREATMENT_POLICY_MISSING: { readonly city: string; readonly cityId: string; readonly treatment: string | null };
  /** `file` absent for standard output; `detail` the system's code (ENOSPC, EEXIST, ELOOP, …). */
  readonly OUTPUT_WRITE: { readonly file?: string; readonly detail: string };
  readonly NO_CITY_COMPUTED: {
    readonly command: "compare" | "curve";
    /** The date settled on; null for a year of visits (`compare --input`). */
    readonly date: string | null;
    readonly skipped: readonly SkippedCity[];
  };
  readonly IN_CITY: { readonly city: string; readonly cityId: string; readonly cause: YibaoError };
}

/** A problem in a policy file, as the policy layer reports it (see `policy/issues.ts`). */
export interface PolicyProblem {
  /** Where in the file: `versions[0].outpatient.cap`, or `(root)` for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /** A zod issue code (`invalid_type`, `unrecognized_keys`, …) or one of the loader's own (`not-json`, `too-deep`, …). */
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export class YibaoError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams[C];

  constructor(code: C, params: ErrorParams[C]) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "YibaoError";
    this.code = code;
    this.params = params;
  }

  /** Narrows an error to one code. */
  is<K extends ErrorCode>(code: K): this is YibaoError<K> {
    return (this.code as ErrorCode) === code;
  }

  get exitCode(): number {
    if (this.is("IN_CITY")) return this.params.cause.exitCode;
    return EXIT_BY_CODE[this.code];
  }

  /**
   * Where the bad value is, as a path into the request: `visits[3].amount` for a field of the third
   * visit of an input, `deductibleMet` for a field of the request itself; undefined when the error
   * is not about one field.
   */
  get path(): string | undefined {
    if (this.is("INPUT_VALUE")) {
      const p = this.params;
      const inner = "cause" in p ? p.cause.path : p.field;
      const at = p.item ?? p.line;
      return inner === undefined ? undefined : at === undefined ? inner : `visits[${at}].${inner}`;
    }
    if (this.is("IN_CITY")) return this.params.cause.path;
    const params: object = this.params;
    return "field" in params && isField(params.field) ? params.field.name : undefined;
  }

  /** The same error, told where in an input file it happened. */
  at(where: { file?: string; item: number }): YibaoError {
    if (this.is("INPUT_VALUE") || this.is("INPUT_PARSE")) return this;
    return new YibaoError("INPUT_VALUE", { ...where, cause: this });
  }
}
