/** The words of errors: what was wrong and how to fix it, by error code, and the warnings of a result. */
import type { Conflict, ErrorCode, ErrorParams, Field, JsonProblem, PolicyProblem, SkippedCity, YibaoError } from "../../shared/errors.js";

/** A column of a spreadsheet by its letter, as Excel shows it: 1 is A, 27 is AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** An error in words. */
export interface Explained {
  readonly message: string;
  readonly hint?: string;
}

/** Writes the parts of an error in one language. */
export interface ErrorKit {
  /** A field as the person typed it: `--amount` given with the command, `字段 "amount"` in a file. */
  readonly field: (f: Field) => string;
  /** A field with a value as it is written: `--place 临时外出`, or `"place": "临时外出"` in a file. */
  readonly fieldValue: (f: Field, value: string) => string;
  /** A field in a list of options: `--place 临时外出` with the command, `place 临时外出` in a file. */
  readonly given: (f: Field, value?: string) => string;
  /** Items joined with ", ". */
  readonly list: (items: readonly string[]) => string;
  /** The words of another error (the cause of a wrapped one). */
  readonly explain: (error: YibaoError) => Explained;
  /** A problem in a policy file, in words. */
  readonly policyIssue: (issue: PolicyProblem) => string;
  /** What a value should look like, for a bad value. */
  readonly valueHint: (p: ErrorParams["INVALID_VALUE"]) => string;
  /** Where input came from: standard input (for "-" and "stdin") or the input file named. */
  readonly source: (file: string) => string;
  /** A character as it can be shown: in quotes, or as U+0009 when it cannot be seen. */
  readonly character: (c: string) => string;
  /** A size limit with its unit, grouped: 1,000,000. */
  readonly number: (n: number) => string;
  /** Why a city was skipped (no version on the date, parameters not published), in words. */
  readonly skippedReason: (s: SkippedCity) => string;
  /** What an input record got wrong (a field missing, unknown, of the wrong type), or its cause. */
  readonly inputProblem: (p: ErrorParams["INPUT_VALUE"]) => Explained;
}

/** The parts of a policy version that `missing` can list. */
export type PolicyPart = "deductible" | "ratios" | "cap" | "pharmacy" | "account" | "family" | "crossRegion" | "designation";

/** Warnings a calculation gives, by code. */
export interface WarningWords {
  readonly PAST_CONFIRMED: (p: { readonly version: string; readonly through: string; readonly date: string }) => string;
  readonly INTERPRETED: (p: { readonly id: string; readonly note: string }) => string;
  readonly CAP_LOW: (p: { readonly year: string; readonly remaining: string; readonly cap: string }) => string;
  readonly NO_START: (p: { readonly version: string; readonly to: string | null }) => string;
  readonly CAP_SHARED: (p: { readonly scheme: string }) => string;
}

export interface ErrorWords {
  readonly byCode: { readonly [C in ErrorCode]: (p: ErrorParams[C], k: ErrorKit) => Explained };
  /** What a value should look like, by the kind of value. */
  readonly valueKind: {
    readonly money: string;
    readonly date: string;
    /** A date written right that is not in the calendar; `days` of its month, absent when the month does not exist. */
    readonly noSuchDay: (value: string, days: number | undefined) => string;
    /** The hint for an environment variable, with how to do without it. */
    readonly withVariable: (hint: string, name: string) => string;
    readonly positive: string;
    /** An age in whole years. */
    readonly age: string;
    /** A name that may not be empty. */
    readonly text: string;
    /** A city's id: lower-case letters, digits and hyphens. */
    readonly cityId: string;
    /** A six-digit administrative code. */
    readonly adminCode: string;
    readonly tooFine: (visits: string, limit: string) => string;
    readonly accepted: (values: string) => string;
  };
  /** What an input record got wrong, and the fields it may have. */
  readonly fieldProblem: {
    readonly missing: (field: string) => string;
    readonly unknown: (field: string) => string;
    /** A field of the wrong kind of value: what it takes, and what it is (both already in words). */
    readonly type: (field: string, expected: string, received: string) => string;
    /** The kinds of JSON value, as the messages name them. */
    readonly kinds: Readonly<Record<string, string>>;
    /** How two or more kinds are joined: 或 / or. */
    readonly or: string;
    readonly fields: (fields: string) => string;
    /** The record is not an object; `received` says what it is; `line` when records are lines. */
    readonly notObject: (received: string, line: boolean) => string;
  };
  /** Standard input, and an input file, as messages name them. */
  readonly stdin: string;
  readonly inputFile: (file: string) => string;
  /** How JSON text goes wrong, given the character found there (already shown with `character`). */
  readonly jsonProblem: { readonly [P in JsonProblem]: (character: string) => string };
  /** What is not a regular file. */
  readonly fileKind: { readonly [K in ErrorParams["INPUT_NOT_FILE"]["kind"]]: string };
  /** A field of an input record: 字段 "amount". */
  readonly recordField: (name: string) => string;
  /** A column of a spreadsheet, by its header as written: 列 "总费用". */
  readonly column: (header: string) => string;
  /** An environment variable: 环境变量 YIBAO_TODAY. */
  readonly variableField: (name: string) => string;
  /** Why two options cannot go together, as a hint. */
  readonly conflict: { readonly [K in Conflict]: (p: ErrorParams["CONFLICTING_OPTIONS"], k: ErrorKit) => string };
  readonly policyPart: Readonly<Record<PolicyPart, string>>;
  readonly warnings: WarningWords;
  /** A source from a user's policy file: [用户文件 my-city.json]. */
  readonly userFile: (file: string) => string;
  /** A citation: 《title》“quote”. */
  readonly quote: (document: string, quote: string) => string;
  /** How far to trust a source, after its citation: [官方文件], [转载官方文件], [第三方解读]. */
  readonly grade: Readonly<Record<"official" | "official-reprint" | "explainer", string>>;
  /** An interpretation a value rests on: [解读 I2: …]. */
  readonly interpretation: (id: string, note: string) => string;
}
