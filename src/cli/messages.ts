/**
 * The words of errors, reasons, warnings and citations, from the catalogue of the reader's language:
 * what was wrong and how to fix it, why a visit settled as it did, and where a rule comes from.
 */
import type { Citation, Reason, Status, Warning } from "../app/model.js";
import { formatYuan } from "../app/model.js";
import type { ErrorParams, Field, PolicyProblem, SkipReason, YibaoError } from "../shared/errors.js";
import type { ErrorKit, Explained } from "./i18n/errors.js";
import { type LevelNames, type Words, catalogue, words } from "./i18n/index.js";
import type { Lang } from "./lang.js";
import { showCharacter } from "./characters.js";
import { explainPolicyIssue } from "./policy-words.js";

export type { Explained };

/** A field's option on the command line: `treatmentCity` → `--treatment-city`. */
const optionName = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** How the fields of an input record are named where it came from: a spreadsheet's own column headers. */
export interface ErrorNaming {
  /** The header of the column that holds a field, when the input is a spreadsheet that has one. */
  readonly column?: (field: string) => string | undefined;
}

function errorKit(lang: Lang, naming: ErrorNaming = {}): ErrorKit {
  const e = catalogue(lang).errors;
  const record = (name: string): string => {
    const header = naming.column?.(name);
    return header === undefined ? e.recordField(name) : e.column(header);
  };
  const valueHint = (p: ErrorParams["INVALID_VALUE"]): string => {
    switch (p.kind) {
      case "money":
      case "date":
      case "positive":
      case "text":
      case "age":
        return e.valueKind[p.kind];
      case "city-id":
        return e.valueKind.cityId;
      case "admin-code":
        return e.valueKind.adminCode;
      case "no-such-day":
        return e.valueKind.noSuchDay(p.value, p.days);
      case "too-fine":
        return e.valueKind.tooFine(String(p.visits), String(p.limit));
      case undefined:
        return e.valueKind.accepted(p.accepted.join(", "));
    }
  };
  return {
    field: (f: Field) => (f.variable === true ? e.variableField(f.name) : f.record ? record(f.name) : optionName(f.name)),
    fieldValue: (f: Field, value: string) => (f.variable === true ? `${f.name}=${value}` : f.record ? `"${f.name}": "${value}"` : `${optionName(f.name)} ${value}`),
    given: (f: Field, value?: string) =>
      f.variable === true ? `${f.name}${value === undefined ? "" : `=${value}`}` : `${f.record ? f.name : optionName(f.name)}${value === undefined ? "" : ` ${value}`}`,
    list: (items) => items.join(", "),
    explain: (error) => explainError(error, lang, naming),
    policyIssue: (issue: PolicyProblem) => explainPolicyIssue(issue, lang).message,
    valueHint: (p) => {
      const hint = valueHint(p);
      return p.field.variable === true ? e.valueKind.withVariable(hint, p.field.name) : hint;
    },
    source: (file) => (file === "-" || file === "stdin" ? e.stdin : e.inputFile(file)),
    character: showCharacter,
    number: (n) => n.toLocaleString("en-US"),
    skippedReason: (s) => skippedReason(s, lang),
    inputProblem: (p) => {
      if ("cause" in p) return explainError(p.cause, lang);
      const said = e.fieldProblem;
      const message =
        p.problem === "type"
          ? said.type(p.field, (p.expected ?? []).map((k) => said.kinds[k] ?? k).join(said.or), said.kinds[p.detail] ?? p.detail)
          : p.problem === "not-object" ? said.notObject(p.detail, p.line !== undefined) : said[p.problem](p.field);
      return { message, hint: said.fields(p.fields) };
    },
  };
}

/** Why `compare` or `curve` skipped a city: no version on the date, or parameters the sources leave out. */
export function skippedReason(
  s: { readonly reason: SkipReason; readonly fields: readonly string[]; readonly level?: string; readonly status?: Status; readonly categories?: readonly { readonly zh: string; readonly en: string }[] },
  lang: Lang,
): string {
  const { names, labels } = catalogue(lang);
  const fields = s.fields.map((f) => policyPartName(f, lang)).join(names.listSeparator);
  const where = [s.level === undefined ? undefined : labels.compare.atLevel(s.level), s.status === undefined ? undefined : names.status[s.status]].filter((x) => x !== undefined).join(" · ");
  switch (s.reason) {
    case "no-version":
      return labels.compare.noVersion;
    case "missing":
      return labels.compare.notPublished(fields);
    case "cell":
      return `${where === "" ? "" : `${where}: `}${labels.compare.notPublished(fields)}`;
    case "age":
      return labels.compare.needsAge(fields);
    case "level":
      return labels.compare.noSuchLevel((s.categories ?? []).map((c) => c[lang]).join(names.listSeparator));
  }
}

/** Words for an error: what was wrong and how to fix it. */
export function explainError(error: YibaoError, lang: Lang, naming: ErrorNaming = {}): Explained {
  const say = catalogue(lang).errors.byCode[error.code] as (p: YibaoError["params"], k: ErrorKit) => Explained;
  return say(error.params, errorKit(lang, naming));
}

/** The parts of a version that `missing` can list, as people name them. */
export function policyPartName(field: string, lang: Lang): string {
  const parts = catalogue(lang).errors.policyPart;
  return Object.hasOwn(parts, field) ? parts[field as keyof typeof parts] : field;
}

/** Words for why a visit settled as it did, naming levels as the city does. */
export function explainReason(reason: Reason, lang: Lang, levelNames?: LevelNames): string {
  const say = catalogue(lang).reasons[reason.code] as (params: Reason["params"], w: Words) => string;
  return say(reason.params, words(lang, levelNames));
}

/** Where a source from a user's policy file came from: [用户文件 my-city.json]. */
export function formatPolicyFile(file: string, lang: Lang): string {
  return catalogue(lang).errors.userFile(file);
}

/** A citation for people: 《title》“quote” [解读 I2], and the user's file it comes from, if any. */
export function formatCitation(cite: Citation, lang: Lang): string {
  const e = catalogue(lang).errors;
  const parts: string[] = [];
  if (cite.quote !== "") parts.push(e.quote(cite.document, cite.quote));
  if (cite.quote !== "" && cite.grade !== undefined) parts.push(e.grade[cite.grade]);
  if (cite.quote !== "" && cite.policyFile !== undefined) parts.push(e.userFile(cite.policyFile));
  if (cite.interpretation !== undefined) {
    parts.push(e.interpretation(cite.interpretation, cite.interpretationNote === undefined ? "" : `: ${cite.interpretationNote[lang]}`));
  }
  return parts.join(" ");
}

/** A warning of a calculation in words. */
export function explainWarning(w: Warning, lang: Lang): string {
  const say = catalogue(lang).errors.warnings;
  switch (w.code) {
    case "PAST_CONFIRMED":
      return say.PAST_CONFIRMED(w);
    case "INTERPRETED":
      return say.INTERPRETED({ id: w.id, note: w.note?.[lang] ?? "" });
    case "CAP_LOW":
      return say.CAP_LOW({ year: String(w.year), remaining: formatYuan(w.remaining), cap: formatYuan(w.cap) });
    case "NO_START":
      return say.NO_START({ version: w.version, to: w.to });
    case "CAP_SHARED":
      return say.CAP_SHARED({ scheme: w.scheme[lang] });
  }
}
