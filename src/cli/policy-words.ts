/**
 * Problems in a policy file in words, with a hint on how to fix each: zod's common issue codes, the
 * schema's own (English) messages recognised by pattern, and the loader's refusals. The sentences
 * are in the catalogue (`i18n/zh/policy-issues.ts`, `i18n/en/…`); this module only decides which one applies.
 */
import type { PlaceholderKind, PolicyIssue } from "../app/model.js";
import { showCharacter } from "./characters.js";
import type { ErrorWords } from "./i18n/errors.js";
import { catalogue } from "./i18n/index.js";
import type { PolicyIssueWords, Said, SchemaMessageWords } from "./i18n/policy-issues.js";
import type { Lang } from "./lang.js";

export interface ExplainedIssue {
  readonly message: string;
  readonly hint: string;
}

const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const shown = (value: unknown): string[] => (Array.isArray(value) ? value.map(show) : [show(value)]);
const list = (value: unknown) => shown(value).join(" | ");

const PLACEHOLDER_KINDS: readonly PlaceholderKind[] = ["yuan", "ratio", "quote", "title", "file", "date", "name", "province", "english", "pinyin", "code", "other"];
const isPlaceholderKind = (kind: unknown): kind is PlaceholderKind => PLACEHOLDER_KINDS.includes(kind as PlaceholderKind);

/** The schema's own messages (src/policy/schema.ts), each with the words that say it. */
const SCHEMA_MESSAGES: readonly { readonly pattern: RegExp; readonly words: (w: SchemaMessageWords, m: RegExpExecArray) => Said }[] = [
  { pattern: /^expected a date as YYYY-MM-DD$/, words: (w) => w.dateFormat() },
  { pattern: /^not a real calendar date$/, words: (w) => w.notRealDate() },
  { pattern: /^interpretation ids look like I1, I2, …$/, words: (w) => w.interpretationId() },
  { pattern: /^yuan as a string/, words: (w) => w.yuanString() },
  { pattern: /^a ratio between 0 and 1/, words: (w) => w.ratioString() },
  { pattern: /^lower-case letters, digits and hyphens/, words: (w) => w.idFormat() },
  { pattern: /^six-digit GB\/T 2260 code$/, words: (w) => w.adminCode() },
  { pattern: /^a value needs a source, an interpretation id, or both$/, words: (w) => w.valueNeedsSource() },
  { pattern: /^a yearly deductible must say whether levels share one accumulator$/, words: (w) => w.accumulatorNeeded() },
  { pattern: /^a yearly ceiling only applies to per-visit deductibles$/, words: (w) => w.ceilingPerVisitOnly() },
  { pattern: /^(\S+) with plan (\S+) is listed twice$/, words: (w, m) => w.creditListedTwice(m[1] ?? "", m[2] ?? "") },
  { pattern: /^effectiveTo is before effectiveFrom$/, words: (w) => w.endBeforeStart() },
  { pattern: /^give the outpatient parameters, or list them under `missing`$/, words: (w) => w.outpatientOrMissing() },
  { pattern: /^`missing` cannot list outpatient parameters when `outpatient` is given$/, words: (w) => w.outpatientAlsoMissing() },
  { pattern: /^give the (account|family|crossRegion) rules, or list `\w+` under `missing`$/, words: (w, m) => w.sectionOrMissing(m[1] ?? "") },
  { pattern: /^`missing` cannot list (\w+) when it is given$/, words: (w, m) => w.sectionAlsoMissing(m[1] ?? "") },
  { pattern: /^give the pharmacy rule, or list `pharmacy` under `missing`$/, words: (w) => w.pharmacyOrMissing() },
  { pattern: /^only the last version may be open-ended; give effectiveTo$/, words: (w) => w.openEndedNotLast() },
  {
    pattern: /^(overlaps|leaves a gap after) the previous version \(which ends (\S+)\); start on (\S+)$/,
    words: (w, m) => w.versionsOverlapOrGap(m[1] === "overlaps", m[2] ?? "", m[3] ?? ""),
  },
  { pattern: /^unknown source "(.*)"; add it under `sources`$/, words: (w, m) => w.unknownSource(m[1] ?? "") },
  { pattern: /^unknown interpretation "(.*)"; add it under `interpretations`$/, words: (w, m) => w.unknownInterpretation(m[1] ?? "") },
  { pattern: /^duplicate version id (.*)$/, words: (w, m) => w.duplicateVersion(m[1] ?? "") },
];

/** A message of the schema's own, in the language wanted. */
function schemaMessage(w: PolicyIssueWords, message: string): Said | undefined {
  for (const entry of SCHEMA_MESSAGES) {
    const m = entry.pattern.exec(message);
    if (m !== null) return entry.words(w.schema, m);
  }
  return undefined;
}

function said(w: PolicyIssueWords, jsonWords: ErrorWords["jsonProblem"], issue: PolicyIssue): Said {
  const p = issue.params ?? {};
  const typeName = (name: unknown) => (Object.hasOwn(w.typeName, String(name)) ? w.typeName[String(name) as keyof PolicyIssueWords["typeName"]] : String(name));
  const withSchemaHint = (say: string): Said => ({ say, hint: w.schemaHint });
  switch (issue.code) {
    case "invalid_type":
      if (p.received === "undefined") return w.missingValue(typeName(p.expected));
      return w.wrongType(typeName(p.expected), typeName(p.received), p.expected === "string" && p.received === "number");
    case "unrecognized_keys":
      return w.unknownKeys(shown(p.keys));
    case "invalid_value":
      return p.input === undefined ? w.missingChoice(list(p.values)) : w.notAllowed(show(p.input), list(p.values));
    case "too_small":
      return p.origin === "array" ? w.tooFewItems(String(p.minimum)) : w.tooShort(String(p.minimum));
    case "too_big":
      return withSchemaHint(w.tooLong(String(p.maximum)));
    case "invalid_format":
    case "custom": {
      const known = schemaMessage(w, issue.message);
      if (known !== undefined) return known;
      return withSchemaHint(issue.code === "invalid_format" ? w.wrongFormat(String(p.pattern ?? p.format)) : issue.message);
    }
    case "invalid_union":
      return p.discriminator === undefined ? withSchemaHint(w.noForm()) : w.wrongDiscriminator(String(p.discriminator), list(p.options));
    case "invalid_key": {
      const inner = Array.isArray(p.issues) ? (p.issues as { message?: unknown }[])[0] : undefined;
      const known = schemaMessage(w, String(inner?.message ?? ""));
      return { say: w.invalidKey(known?.say), hint: known?.hint ?? w.schemaHint };
    }
    case "not-file":
      return w.notFile(String(p.kind));
    case "too-large":
      return w.tooLarge(String(p.max));
    case "not-json": {
      const problem = typeof p.problem === "string" && Object.hasOwn(jsonWords, p.problem) ? jsonWords[p.problem as keyof typeof jsonWords] : undefined;
      const how = problem === undefined ? String(p.detail) : problem(showCharacter(typeof p.character === "string" ? p.character : ""));
      return w.notJson(p.line === undefined ? undefined : { line: String(p.line), column: String(p.column) }, how);
    }
    case "too-deep":
      return w.tooDeep(String(p.max));
    case "forbidden-key":
      return w.forbiddenKey(String(p.key));
    case "unknown-base":
      return w.unknownBase(String(p.city), Array.isArray(p.cities) ? p.cities.map(String) : [String(p.cities ?? "")]);
    case "duplicate-key":
      return w.duplicateKey(String(p.city), String(p.key), p.table === "sources" ? "sources" : "interpretations");
    case "comment-not-string":
      return w.commentNotString(typeName(p.received));
    case "placeholder":
      return w.placeholder(isPlaceholderKind(p.kind) ? p.kind : "other", String(p.text));
    default:
      return withSchemaHint(issue.message);
  }
}

/** A problem of a policy file, in words, with a hint on how to fix it. */
export function explainPolicyIssue(issue: PolicyIssue, lang: Lang): ExplainedIssue {
  const w = catalogue(lang).policyIssues;
  const { say, hint } = said(w, catalogue(lang).errors.jsonProblem, issue);
  const p = issue.params ?? {};
  // A problem in a version of the extended city that the file does not touch.
  const extended = issue.path === "extends" && p.version !== undefined ? w.inExtended(String(p.city), String(p.version), String(p.at)) : undefined;
  return { message: `${say}${extended?.where ?? ""}`, hint: `${hint}${extended?.extra ?? ""}` };
}
