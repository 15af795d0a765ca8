/**
 * Problems in a policy file in words, with a hint on how to fix each: zod's common issue codes, the
 * rules of the schema and of the loader's notes and placeholders (each with its values in `params`),
 * and the loader's refusals. The sentences are in the catalogue (`i18n/zh/policy-issues.ts`,
 * `i18n/en/…`); this module only decides which one applies.
 */
import type { PolicyIssue, Rule } from "../app/model.js";
import { showCharacter } from "./characters.js";
import type { ErrorWords } from "./i18n/errors.js";
import { catalogue } from "./i18n/index.js";
import type { PolicyIssueWords, Said } from "./i18n/policy-issues.js";
import type { Lang } from "./lang.js";

export interface ExplainedIssue {
  readonly message: string;
  readonly hint: string;
}

const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const shown = (value: unknown): string[] => (Array.isArray(value) ? value.map(show) : [show(value)]);
const list = (value: unknown) => shown(value).join(" | ");

/** A problem found by one of the rules (src/policy/rules.ts), in the language wanted: its values are in `params`. */
function ruleWords(w: PolicyIssueWords, params: Readonly<Record<string, unknown>>): Said | undefined {
  const rule = params.rule;
  if (typeof rule !== "string" || !Object.hasOwn(w.schema, rule)) return undefined;
  // The values were set with the rule (`ruleIssue`), so they have the rule's types.
  const words = w.schema[rule as Rule] as (values: Readonly<Record<string, unknown>>) => Said;
  return words(params);
}

function said(w: PolicyIssueWords, jsonWords: ErrorWords["jsonProblem"], issue: PolicyIssue, inPackage: boolean): Said {
  const p = issue.params ?? {};
  const typeName = (name: unknown) => (Object.hasOwn(w.typeName, String(name)) ? w.typeName[String(name) as keyof PolicyIssueWords["typeName"]] : String(name));
  const withSchemaHint = (say: string): Said => ({ say, hint: w.schemaHint(inPackage) });
  switch (issue.code) {
    case "invalid_type":
      if (p.expected === "never") return w.notHere();
      if (p.received === "undefined") return w.missingValue(typeName(p.expected));
      return w.wrongType(typeName(p.expected), typeName(p.received), p.expected === "string" && p.received === "number");
    case "unrecognized_keys":
      return w.unknownKeys(shown(p.keys), inPackage);
    case "invalid_value":
      return p.input === undefined ? w.missingChoice(list(p.values)) : w.notAllowed(show(p.input), list(p.values));
    case "too_small":
      return p.origin === "array" ? w.tooFewItems(String(p.minimum)) : p.origin === "number" ? w.belowMinimum(String(p.minimum)) : w.tooShort(String(p.minimum));
    case "too_big":
      if (p.origin === "array") return w.tooManyItems(String(p.maximum));
      return p.origin === "number" ? w.aboveMaximum(String(p.maximum)) : withSchemaHint(w.tooLong(String(p.maximum)));
    case "invalid_format":
    case "custom": {
      const known = ruleWords(w, p);
      if (known !== undefined) return known;
      return withSchemaHint(issue.code === "invalid_format" ? w.wrongFormat(String(p.pattern ?? p.format)) : issue.message);
    }
    case "invalid_union":
      return p.discriminator === undefined ? withSchemaHint(w.noForm()) : w.wrongDiscriminator(String(p.discriminator), list(p.options));
    case "invalid_key": {
      const inner = Array.isArray(p.issues) ? (p.issues as Record<string, unknown>[])[0] : undefined;
      const known = inner === undefined ? undefined : ruleWords(w, inner);
      return { say: w.invalidKey(known?.say), hint: known?.hint ?? w.schemaHint(inPackage) };
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
    case "placeholder":
      // The loader's checks of notes and placeholders are rules too (src/policy/prepare.ts).
      return ruleWords(w, p) ?? withSchemaHint(issue.message);
    default:
      return withSchemaHint(issue.message);
  }
}

/**
 * A problem of a policy file, in words, with a hint on how to fix it. `inPackage`: whether the file is
 * in the package's policies/ folder, beside policies/schema.json (a user's file elsewhere is pointed
 * to `yibao policy schema` instead).
 */
export function explainPolicyIssue(issue: PolicyIssue, lang: Lang, inPackage = false): ExplainedIssue {
  const w = catalogue(lang).policyIssues;
  const { say, hint } = said(w, catalogue(lang).errors.jsonProblem, issue, inPackage);
  const p = issue.params ?? {};
  // A problem in a version of the extended city that the file does not touch.
  const extended = issue.path === "extends" && p.version !== undefined ? w.inExtended(String(p.city), String(p.version), String(p.at)) : undefined;
  return { message: `${say}${extended?.where ?? ""}`, hint: `${hint}${extended?.extra ?? ""}` };
}
