/**
 * The words of the command line itself: help texts, examples, commander's messages, the labels of
 * errors. One group per command (the option descriptions and examples of `yibao <command> --help`),
 * and `program` for what the entry point says before any command loads.
 */

/** The commands of yibao, as the top-level help lists them. */
export type CommandName = "calc" | "batch" | "family" | "account" | "compare" | "curve" | "policy" | "schema" | "completion";

/** A usage error as commander reports it, for the entry point to say in this language. */
export interface UsageError {
  /** Commander's code, e.g. `commander.unknownOption`. */
  readonly code: string;
  /** Commander's English sentence without its `error: ` prefix. */
  readonly english: string;
  /** The option, command or argument the sentence quotes ('--x'), or "". */
  readonly token: string;
  /** What commander suggests instead (`(Did you mean --x?)`), if anything. */
  readonly suggestion: string | undefined;
}

/** `yibao` itself: the top-level help, commander's headings and messages, how errors are labelled. */
export interface ProgramHelp {
  readonly description: string;
  readonly lang: string;
  readonly version: string;
  readonly help: string;
  /** Examples, exit codes and NO_COLOR, after the top-level help. */
  readonly after: string;
  /** Each command as the top-level help describes it. */
  readonly commands: Readonly<Record<CommandName, string>>;
  /** A heading of commander's help (`Usage:`, `Options:`, …) in this language. */
  readonly title: (commanderTitle: string) => string;
  /** A usage error in this language. */
  readonly usage: (error: UsageError) => string;
  /** The label before an error message, without the colon. */
  readonly error: string;
  /** The label before a hint, without the colon. */
  readonly hint: string;
  /** The hint after every usage error. */
  readonly usageHint: string;
  /** The label before an internal error's detail, with its colon. */
  readonly internal: string;
  /** What to do about an internal error, on the line after it. */
  readonly internalAdvice: string;
}

/** `yibao calc`: its options and examples. */
export interface CalcHelp {
  readonly city: string;
  readonly type: string;
  readonly level: string;
  readonly amount: string;
  readonly excluded: string;
  readonly date: string;
  readonly facility: string;
  readonly noDesignated: string;
  readonly emergency: string;
  readonly noPrescription: string;
  readonly place: string;
  readonly filed: string;
  readonly directSettlement: string;
  readonly noDirectSettlement: string;
  readonly treatmentCity: string;
  readonly age: string;
  readonly birthDate: string;
  readonly condition: string;
  readonly classB: string;
  readonly accountCurrent: string;
  readonly deductibleMet: string;
  readonly fundUsed: string;
  readonly account: string;
  readonly familyBalance: string;
  readonly familyRelation: string;
  readonly familyCity: string;
  readonly familyLimit: string;
  readonly familyWalletOpen: string;
  readonly input: string;
  readonly encoding: string;
  readonly policyFile: string;
  readonly json: string;
  readonly explain: string;
  readonly examples: string;
}

/** `yibao batch`: its argument, options and the description of the line format; the progress line. */
export interface BatchHelp {
  readonly file: string;
  readonly policyFile: string;
  readonly encoding: string;
  readonly from: string;
  readonly to: string;
  readonly output: string;
  readonly force: string;
  readonly outputEncoding: string;
  readonly reasons: string;
  readonly workers: string;
  readonly examples: string;
  /** The line on standard error after the output file is written. */
  readonly written: (file: string) => string;
  /** The progress line on a terminal's standard error. */
  readonly progress: (lines: number) => string;
}

/** `yibao family`: its options and examples. */
export interface FamilyHelp {
  readonly city: string;
  readonly relation: string;
  readonly memberCity: string;
  readonly memberScheme: string;
  readonly walletOpen: string;
  readonly date: string;
  readonly policyFile: string;
  readonly json: string;
  readonly examples: string;
}

/** `yibao account`: its options and examples. */
export interface AccountHelp {
  readonly city: string;
  readonly type: string;
  readonly plan: string;
  readonly base: string;
  readonly date: string;
  readonly policyFile: string;
  readonly json: string;
  readonly examples: string;
}

/** `yibao compare`: its options and examples. */
export interface CompareHelp {
  readonly amount: string;
  readonly excluded: string;
  readonly level: string;
  readonly type: string;
  readonly cities: string;
  readonly date: string;
  readonly input: string;
  readonly encoding: string;
  readonly age: string;
  readonly birthDate: string;
  readonly policyFile: string;
  readonly json: string;
  readonly examples: string;
}

/** `yibao curve`: its options and examples; the line after an SVG file is written. */
export interface CurveHelp {
  readonly city: string;
  readonly type: string;
  readonly level: string;
  readonly to: string;
  readonly step: string;
  readonly visitSize: string;
  readonly date: string;
  readonly svg: string;
  readonly force: string;
  readonly age: string;
  readonly birthDate: string;
  readonly policyFile: string;
  readonly json: string;
  readonly examples: string;
  /** Said after the chart when `--svg` wrote a file. */
  readonly written: (file: string) => string;
}

/** `yibao policy` and its subcommands: their descriptions, arguments, options and examples. */
export interface PolicyHelp {
  readonly validate: string;
  readonly list: string;
  readonly show: string;
  readonly new: string;
  readonly schema: string;
  readonly file: string;
  readonly city: string;
  readonly date: string;
  readonly policyFile: string;
  readonly json: string;
  readonly examples: string;
  /** `policy new`: its options and examples. */
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly pinyin: string;
  readonly code: string;
  readonly province: string;
  readonly categories: string;
  readonly output: string;
  readonly force: string;
  readonly newExamples: string;
  /** Said after `policy new -o` wrote the skeleton: where, and what to do next. */
  readonly written: (file: string) => string;
}

/** `yibao schema`. */
export interface SchemaHelp {
  /** The argument: input or output. */
  readonly which: string;
  readonly examples: string;
}

/** `yibao completion`. */
export interface CompletionHelp {
  /** The argument: bash, zsh or fish. */
  readonly shell: string;
  readonly examples: string;
}

export interface Help {
  /** The entry point's words; also reachable alone (`programHelp`), without the commands' help. */
  readonly program: ProgramHelp;
  readonly calc: CalcHelp;
  readonly batch: BatchHelp;
  readonly family: FamilyHelp;
  readonly account: AccountHelp;
  readonly compare: CompareHelp;
  readonly curve: CurveHelp;
  readonly policy: PolicyHelp;
  readonly schema: SchemaHelp;
  readonly completion: CompletionHelp;
}
