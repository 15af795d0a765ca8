/**
 * The schema's own checks, each a rule: a name with typed values (the facts of the problem) and an
 * English sentence for the library's `message`. A problem found by a rule carries `params.rule` and
 * its values, so that the CLI can say it in any language (`cli/i18n/<lang>/policy-issues.ts`, typed
 * over `RuleValues`: a rule a catalogue does not word fails to compile).
 *
 * Every check of `schema.ts` and `categories.ts` goes through a rule: custom problems through
 * `ruleIssue` (or `ruleCheck` for a refine), and the formats a regular expression checks through
 * `ruleMessage`, found again by `ruleOfMessage` (a format problem cannot carry values). So do the
 * loader's checks of a file's notes and placeholders before the schema sees it (`prepare.ts`).
 */

type None = Readonly<Record<never, never>>;

/** A part of a version that is a table, and may have cells listed under `missing`. */
export type TablePart = "deductible" | "ratios" | "cap";
/** A part of a version given as a whole or listed under `missing`. */
export type SectionPart = "designation" | "pharmacy" | "account" | "family" | "crossRegion";
/** What a JSON value is, when it is not what was expected. */
export type JsonType = "string" | "number" | "boolean" | "object" | "array" | "null";
/**
 * The kinds of placeholder a skeleton (`yibao policy new`) leaves for a value to take from a source,
 * each found by its own rule (`placeholderYuan`, …); `other` is any text written `<填写 …>`.
 */
export type PlaceholderKind = "yuan" | "ratio" | "quote" | "title" | "file" | "date" | "name" | "province" | "english" | "pinyin" | "code" | "other";
/** A placeholder still in place: its text. */
type Placeholder = { readonly text: string };

export interface RuleValues {
  // Formats, checked by a regular expression.
  readonly dateFormat: None;
  readonly interpretationId: None;
  readonly yuanString: None;
  readonly ratioString: None;
  readonly idFormat: None;
  readonly conditionId: None;
  readonly categoryId: None;
  readonly adminCode: None;
  readonly provinceCode: None;
  // Values.
  readonly notRealDate: None;
  readonly yuanTooLarge: { readonly max: string };
  readonly valueNeedsSource: None;
  // Tables.
  readonly oneBranch: { readonly branches: readonly string[]; readonly found: readonly string[] };
  readonly besideValue: None;
  readonly ageBandStart: { readonly start: number };
  readonly ageBandBelow: None;
  readonly ageBandOpenNotLast: None;
  readonly ageBandLastOpen: None;
  // Outpatient parameters.
  readonly deductibleForm: None;
  readonly accumulatorNeeded: None;
  readonly yearlyCeilingShared: None;
  readonly ratiosForm: None;
  readonly ratioBandsOrder: None;
  readonly conditionForm: None;
  readonly duplicateCondition: { readonly id: string };
  readonly capForm: None;
  readonly secondTierNeedsCap: None;
  readonly creditListedTwice: { readonly member: string; readonly plan: string };
  // Categories.
  readonly categoriesForm: None;
  readonly duplicateCategory: { readonly id: string };
  readonly categoryNameTwice: { readonly name: string };
  readonly gradeTwice: { readonly grade: number };
  readonly specialtyBeyond: { readonly count: number };
  // What a version gives, and what it lists under `missing`.
  readonly missingUnknownCategory: { readonly id: string; readonly ids: readonly string[] };
  readonly cellsOnlyForTables: None;
  readonly outpatientEmpty: None;
  readonly tableOrMissing: { readonly part: TablePart };
  readonly tableAlsoMissing: { readonly part: TablePart };
  readonly sectionOrMissing: { readonly section: SectionPart };
  readonly sectionAlsoMissing: { readonly section: SectionPart };
  readonly tableUnknownCategory: { readonly id: string; readonly ids: readonly string[] };
  readonly noCell: { readonly field: TablePart; readonly category: string; readonly status: "in-service" | "retired" };
  readonly cellGiven: { readonly field: TablePart };
  // Versions and references.
  readonly endBeforeStart: None;
  readonly openEndedNotLast: None;
  readonly startOnlyFirst: None;
  readonly versionsOverlapOrGap: { readonly overlaps: boolean; readonly previousEnd: string; readonly start: string };
  readonly duplicateVersion: { readonly id: string };
  readonly unknownSource: { readonly key: string };
  readonly unknownInterpretation: { readonly id: string };
  // Notes and placeholders, found before the schema's check (prepare.ts).
  readonly commentNotString: { readonly received: JsonType };
  readonly placeholderYuan: Placeholder;
  readonly placeholderRatio: Placeholder;
  readonly placeholderQuote: Placeholder;
  readonly placeholderTitle: Placeholder;
  readonly placeholderFile: Placeholder;
  readonly placeholderDate: Placeholder;
  readonly placeholderName: Placeholder;
  readonly placeholderProvince: Placeholder;
  readonly placeholderEnglish: Placeholder;
  readonly placeholderPinyin: Placeholder;
  readonly placeholderCode: Placeholder;
  readonly placeholderOther: Placeholder;
}

export type Rule = keyof RuleValues;

/** Each rule in English: the `message` of the problems it finds. */
const ENGLISH: { readonly [R in Rule]: (v: RuleValues[R]) => string } = {
  dateFormat: () => "expected a date as YYYY-MM-DD",
  interpretationId: () => "interpretation ids look like I1, I2, …",
  yuanString: () => 'yuan as a string with at most two decimals, e.g. "300" or "12.50"',
  ratioString: () => 'a ratio between 0 and 1 as a string, e.g. "0.55"',
  idFormat: () => "lower-case letters, digits and hyphens, e.g. anshan",
  conditionId: () => "lower-case letters, digits and hyphens, e.g. family-doctor",
  categoryId: () => "lower-case letters, digits and hyphens, starting with a letter or digit, e.g. community",
  adminCode: () => "six-digit GB/T 2260 code",
  provinceCode: () => "six-digit GB/T 2260 code of the province, e.g. 150000",
  notRealDate: () => "not a real calendar date",
  yuanTooLarge: (v) => `at most ${v.max} yuan`,
  valueNeedsSource: () => "a value needs a source, an interpretation id, or both",
  oneBranch: (v) => `give exactly one of ${v.branches.join(", ")}${v.found.length > 1 ? ` (found ${v.found.join(", ")})` : ""}`,
  besideValue: () => "`source` and `share` belong beside a `value`",
  ageBandStart: (v) => `bands must follow each other: this one should start at ${v.start}`,
  ageBandBelow: () => "`below` must be above `from`",
  ageBandOpenNotLast: () => "only the last band may be open-ended",
  ageBandLastOpen: () => "the last band must be open-ended (leave out its `below`)",
  deductibleForm: () => "give the amount either as `byLevel` or as `amount`, not both or neither",
  accumulatorNeeded: () => "a daily, monthly or yearly deductible must say whether categories share one accumulator",
  yearlyCeilingShared: () =>
    "a yearly deductible shared by the categories needs no yearly ceiling; it applies to per-visit, daily, monthly or per-category deductibles",
  ratiosForm: () => "give the ratios either as `ratios` or as `ratio`, not both",
  ratioBandsOrder: () => "bands start above 0, in increasing order",
  conditionForm: () => "a condition either adds points (`addPoints`) or has its own table (`ratio`)",
  duplicateCondition: (v) => `duplicate condition id ${v.id}`,
  capForm: () => "give exactly one of `byStatus`, `amount` or `none`",
  secondTierNeedsCap: () => "a second tier needs a first cap",
  creditListedTwice: (v) => `${v.member} with plan ${v.plan} is listed twice`,
  categoriesForm: () => "give the facility categories either as `levels` (一级, 二级, 三级) or as `categories`, not both or neither",
  duplicateCategory: (v) => `duplicate category id ${v.id}`,
  categoryNameTwice: (v) => `the name ${v.name} is used by two categories`,
  gradeTwice: (v) => `level ${v.grade} is already in another category`,
  specialtyBeyond: (v) => `there are only ${v.count} categories`,
  missingUnknownCategory: (v) => `no category has the id "${v.id}"; the ids are ${v.ids.join(", ")}`,
  cellsOnlyForTables: () => "only the tables (deductible, ratios, cap) have cells",
  outpatientEmpty: () => "give at least one of deductible, ratio and cap, or leave out `outpatient`",
  tableOrMissing: (v) => `give the ${v.part}, or list \`${v.part}\` under \`missing\``,
  tableAlsoMissing: (v) => `\`missing\` cannot list ${v.part} when it is given (name the missing cells by category and status instead)`,
  sectionOrMissing: (v) => `give the ${v.section} rules, or list \`${v.section}\` under \`missing\``,
  sectionAlsoMissing: (v) => `\`missing\` cannot list ${v.section} when it is given`,
  tableUnknownCategory: (v) => `no category has the id "${v.id}"; the ids are ${v.ids.join(", ")}`,
  noCell: (v) =>
    `no value for category ${v.category}, ${v.status}: give it, or list it under \`missing\` ({"field": "${v.field}", "category": "${v.category}", "status": "${v.status}", "note": …})`,
  cellGiven: (v) => `the ${v.field} table gives every cell this entry names; remove the entry`,
  endBeforeStart: () => "effectiveTo is before effectiveFrom",
  openEndedNotLast: () => "only the last version may be open-ended; give effectiveTo",
  startOnlyFirst: () => "only the first version may leave out effectiveFrom",
  versionsOverlapOrGap: (v) =>
    `${v.overlaps ? "overlaps" : "leaves a gap after"} the previous version (which ends ${v.previousEnd}); start on ${v.start}`,
  duplicateVersion: (v) => `duplicate version id ${v.id}`,
  unknownSource: (v) => `unknown source "${v.key}"; add it under \`sources\``,
  unknownInterpretation: (v) => `unknown interpretation "${v.id}"; add it under \`interpretations\``,
  commentNotString: (v) => `"$comment" is a note and must be a string, not ${v.received === "null" ? "null" : `${v.received === "array" || v.received === "object" ? "an" : "a"} ${v.received}`}`,
  placeholderYuan: (v) => `still the placeholder ${v.text}: write the amount in yuan`,
  placeholderRatio: (v) => `still the placeholder ${v.text}: write the ratio`,
  placeholderQuote: (v) => `still the placeholder ${v.text}: quote the source`,
  placeholderTitle: (v) => `still the placeholder ${v.text}: write the source's title`,
  placeholderFile: (v) => `still the placeholder ${v.text}: write the path of the source's text`,
  placeholderDate: (v) => `still the placeholder ${v.text}: write the date`,
  placeholderName: (v) => `still the placeholder ${v.text}: write the name`,
  placeholderProvince: (v) => `still the placeholder ${v.text}: write the province`,
  placeholderEnglish: (v) => `still the placeholder ${v.text}: write the name in English`,
  placeholderPinyin: (v) => `still the placeholder ${v.text}: write the pinyin`,
  placeholderCode: (v) => `still the placeholder ${v.text}: write the administrative code`,
  placeholderOther: (v) => `still the placeholder ${v.text}: fill in the value`,
};

/** Every rule, for tests and tools. */
export const RULES = Object.keys(ENGLISH) as Rule[];

/** The rule that finds each kind of placeholder. */
export const PLACEHOLDER_RULES = {
  yuan: "placeholderYuan",
  ratio: "placeholderRatio",
  quote: "placeholderQuote",
  title: "placeholderTitle",
  file: "placeholderFile",
  date: "placeholderDate",
  name: "placeholderName",
  province: "placeholderProvince",
  english: "placeholderEnglish",
  pinyin: "placeholderPinyin",
  code: "placeholderCode",
  other: "placeholderOther",
} as const satisfies { readonly [K in PlaceholderKind]: Rule };

export type PlaceholderRule = (typeof PLACEHOLDER_RULES)[PlaceholderKind];

/** The rules whose values are empty. */
type Plain = { [R in Rule]: RuleValues[R] extends None ? (keyof RuleValues[R] extends never ? R : never) : never }[Rule];

/** A rule's English sentence with its values. */
export const ruleEnglish = <R extends Rule>(rule: R, values: RuleValues[R]): string => ENGLISH[rule](values);

/** The sentence of a rule with no values: for a regular expression's message. */
export const ruleMessage = (rule: Plain): string => ENGLISH[rule]({} as never);

/** The rules whose sentence is a format's message, found again by that sentence. */
const FORMATS: readonly Plain[] = ["dateFormat", "interpretationId", "yuanString", "ratioString", "idFormat", "conditionId", "categoryId", "adminCode", "provinceCode"];
const BY_MESSAGE: ReadonlyMap<string, Rule> = new Map(FORMATS.map((rule) => [ruleMessage(rule), rule]));

/** The format rule a message belongs to, if any. */
export const ruleOfMessage = (message: string): Rule | undefined => BY_MESSAGE.get(message);

export type Path = (string | number)[];

/** A problem found by a rule: where, the English, and the rule with its values. */
export interface RuleIssue {
  readonly path: Path;
  readonly message: string;
  readonly params: { readonly rule: Rule } & Readonly<Record<string, unknown>>;
}

export function ruleIssue<R extends Rule>(path: Path, rule: R, values: RuleValues[R]): RuleIssue {
  return { path, message: ENGLISH[rule](values), params: { rule, ...values } };
}

/** The message and params of a refine that a rule with no values decides. */
export const ruleCheck = (rule: Plain) => ({ message: ruleMessage(rule), params: { rule } });

/** A plain object read from unchecked data (a JSON object, not an array). */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => value !== null && typeof value === "object" && !Array.isArray(value);
