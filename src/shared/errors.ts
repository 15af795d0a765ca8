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
  | "CONFLICTING_OPTIONS"
  | "MISSING_OPTION"
  | "EXCLUDED_OVER_AMOUNT"
  | "INPUT_READ"
  | "INPUT_PARSE"
  | "INPUT_VALUE"
  | "INPUT_EMPTY"
  | "OUT_OF_ORDER"
  | "NO_VERSION_ON_DATE"
  | "POLICY_INCOMPLETE"
  | "POLICY_INVALID"
  | "POLICY_READ"
  | "UNKNOWN_PLACE"
  | "AMBIGUOUS_PLACE"
  | "FAMILY_INCOMPLETE"
  | "PLACE_UNCLEAR"
  | "TREATMENT_POLICY_MISSING"
  | "OUTPUT_WRITE"
  /** A failure while settling in one of several cities (`compare`); the cause says what. */
  | "IN_CITY";

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  USAGE: EXIT.usage,
  INVALID_VALUE: EXIT.usage,
  UNKNOWN_CITY: EXIT.usage,
  CONFLICTING_OPTIONS: EXIT.usage,
  MISSING_OPTION: EXIT.usage,
  EXCLUDED_OVER_AMOUNT: EXIT.usage,
  INPUT_READ: EXIT.input,
  INPUT_PARSE: EXIT.input,
  INPUT_VALUE: EXIT.input,
  INPUT_EMPTY: EXIT.input,
  OUT_OF_ORDER: EXIT.input,
  NO_VERSION_ON_DATE: EXIT.policy,
  POLICY_INCOMPLETE: EXIT.policy,
  POLICY_INVALID: EXIT.policy,
  POLICY_READ: EXIT.policy,
  UNKNOWN_PLACE: EXIT.usage,
  AMBIGUOUS_PLACE: EXIT.usage,
  FAMILY_INCOMPLETE: EXIT.usage,
  PLACE_UNCLEAR: EXIT.usage,
  TREATMENT_POLICY_MISSING: EXIT.policy,
  OUTPUT_WRITE: EXIT.input,
  IN_CITY: EXIT.usage,
};

export type ErrorParams = Readonly<Record<string, unknown>>;

export class YibaoError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "YibaoError";
    this.code = code;
    this.params = params;
  }

  get exitCode(): number {
    const cause = this.params.cause;
    if (this.code === "IN_CITY" && cause instanceof YibaoError) return cause.exitCode;
    return EXIT_BY_CODE[this.code];
  }

  /** The same error, told where in an input file it happened. */
  at(where: { file?: string; item: number }): YibaoError {
    if (this.code === "INPUT_VALUE" || this.code === "INPUT_PARSE") return this;
    return new YibaoError("INPUT_VALUE", { ...where, cause: this });
  }
}
