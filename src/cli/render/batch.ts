/**
 * A batch outcome as its output line (JSON, without the newline), and the summary at the end. By
 * default a settled line carries the numbers and each reason as its code, its typed values and a
 * reference to the policy value it cites (`--reasons codes`); `--reasons full` gives the words and
 * quotes of `calc --json` on every line. An error line is the same in both.
 */
import type { BatchTotals, LineOutcome } from "../../app/batch.js";
import type { SettledVisit } from "../../app/calculate.js";
import { type Citation, type Fen, REASON_VALUES, type Reason, type ReasonCode, type Reasons, type Value, categoryNames, formatRatio, formatYuan, levelNote, reasonsOf } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainError, explainReason } from "../messages.js";
import { sourceJson } from "./json.js";
import type { ReasonsForm } from "./reasons-form.js";

const quoted = (text: string) => JSON.stringify(text);

const NON_ASCII = /[^\x00-\x7f]/;
/** Whether the settled line being written holds only ASCII so far (most do: the writer then copies it without encoding). */
let ascii = true;
/** Text that may hold any character, as JSON, noting when it is not ASCII. */
const anyText = (text: string) => {
  if (ascii && NON_ASCII.test(text)) ascii = false;
  return JSON.stringify(text);
};

/** Whether the last line `batchLine` gave is ASCII only: an error line, or a line with words, counts as not. */
export const lastLineAscii = (): boolean => ascii;

const yuan = (fen: Fen) => (fen === 0 ? '"0.00"' : `"${formatYuan(fen)}"`);
const yuanOrNull = (fen: Fen | null | undefined) => (fen === null || fen === undefined ? "null" : yuan(fen));
const echo = (value: string | number) => (typeof value === "number" ? String(value) : anyText(value));

export function batchLine(outcome: LineOutcome, lang: Lang, reasons: ReasonsForm = "codes"): string {
  // One object literal per line, the echoed id and person spread in place: spreading an echo object
  // built beforehand made JSON.stringify several times slower (measured with npm run bench).
  if (outcome.kind === "error") {
    ascii = false;
    const { message, hint } = explainError(outcome.error, lang);
    return JSON.stringify({
      line: outcome.line,
      ...(outcome.id === undefined ? {} : { id: outcome.id }),
      ...(outcome.person === undefined ? {} : { person: outcome.person }),
      error: { code: outcome.error.code, message, ...(hint === undefined ? {} : { hint }) },
    });
  }
  return settledLine(outcome, lang, reasons === "full");
}

/** A typed value of a fact as JSON, given as its type and its raw value: money as yuan, ratios as decimals, names in the language asked. */
function valueJson(t: Value["t"], v: unknown, lang: Lang): string {
  switch (t) {
    case "fen":
      return yuan(v as Fen);
    case "bp":
      return `"${formatRatio(v as number)}"`;
    case "level":
      return String(v);
    case "flag":
      return v ? "true" : "false";
    case "name":
      return anyText((v as { readonly zh: string; readonly en: string })[lang]);
    case "relations":
    case "schemes":
      return `[${(v as readonly string[]).map((x) => `"${x}"`).join(",")}]`;
    case "input":
      return anyText(v as string);
    default:
      return `"${v as string}"`;
  }
}

/** Text from a policy file as JSON, written once, with whether it is ASCII. */
const policyTexts = new Map<string, { readonly json: string; readonly ascii: boolean }>();

function policyText(text: string): string {
  let known = policyTexts.get(text);
  if (known === undefined) {
    known = { json: JSON.stringify(text), ascii: !NON_ASCII.test(text) };
    policyTexts.set(text, known);
  }
  if (!known.ascii) ascii = false;
  return known.json;
}

const citeMember = (cite: Citation | undefined): string => (cite?.at === undefined ? "" : `,"cite":${policyText(cite.at)}`);

function reasonJson(reason: Reason, lang: Lang): string {
  const params = reason.params as Readonly<Record<string, Value>>;
  let values = "";
  for (const key in params) {
    const value = params[key] as Value;
    values += `${values === "" ? "" : ","}"${key}":${valueJson(value.t, value.v, lang)}`;
  }
  return `{"code":"${reason.code}","values":{${values}}${citeMember(reason.cite)}}`;
}

/** The JSON of a code's reasons up to its values (`{"code":"X","values":{`), before each value (`"a":`, then `,"b":`), and the values' types: made once a code. */
interface ReasonShape {
  readonly start: string;
  readonly keys: readonly string[];
  readonly types: readonly Value["t"][];
}
const reasonShapes = new Map<ReasonCode, ReasonShape>();

function reasonShape(code: ReasonCode): ReasonShape {
  let shape = reasonShapes.get(code);
  if (shape === undefined) {
    const spec = REASON_VALUES[code] as readonly (readonly [string, Value["t"]])[];
    shape = { start: `{"code":"${code}","values":{`, keys: spec.map(([name], j) => `${j === 0 ? "" : ","}"${name}":`), types: spec.map(([, t]) => t) };
    reasonShapes.set(code, shape);
  }
  return shape;
}

/** Reason `i` of a settlement's log, as `reasonJson` writes it, read from the log without making an object. */
function loggedReasonJson(log: Reasons, i: number, lang: Lang): string {
  const { start, keys, types } = reasonShape(log.code(i));
  let json = start;
  for (let j = 0; j < keys.length; j++) json += (keys[j] as string) + valueJson(types[j] as Value["t"], log.raw(i, j), lang);
  return `${json}}${citeMember(log.cite(i))}}`;
}

/** A settled visit's reasons, each its code, values and reference: the level's reading, the settlement's, the payment's. */
function reasonsJson(v: SettledVisit, lang: Lang): string {
  const note = levelNote(v);
  let json = note === null ? "" : reasonJson(note, lang);
  const log = v.result.reasons;
  for (let i = 0; i < log.length; i++) json += `${json === "" ? "" : ","}${loggedReasonJson(log, i, lang)}`;
  for (const reason of v.payment.reasons) json += `${json === "" ? "" : ","}${reasonJson(reason, lang)}`;
  return json;
}

/** The `"source"` member of each citation, in each language, written once. */
const sourceMembers: Record<Lang, WeakMap<Citation, string>> = { zh: new WeakMap(), en: new WeakMap() };

function sourceMember(cite: Citation | undefined, lang: Lang): string {
  if (cite === undefined) return "";
  let member = sourceMembers[lang].get(cite);
  if (member === undefined) {
    const source = sourceJson(cite, lang);
    member = source === undefined ? "" : `,"source":${JSON.stringify(source)}`;
    sourceMembers[lang].set(cite, member);
  }
  return member;
}

/**
 * A settled line, written field by field, without JSON.stringify of the whole: the fields of
 * `calc --json`'s visits in their order. By default without the words (the level's name, the
 * settlement's description, the messages and quotes): each reason is its code, values and
 * reference. With `words`, byte for byte what JSON.stringify of `visitJson` gives. Only text that
 * may need escaping goes through JSON.stringify: a city's id and a date are checked to be letters,
 * digits and hyphens before they get here.
 */
function settledLine(outcome: Extract<LineOutcome, { kind: "settled" }>, lang: Lang, words: boolean): string {
  const v: SettledVisit = outcome.visit;
  const r = v.result;
  const visit = r.visit;
  const p = v.payment;
  const s = r.settlement;
  const where = v.where.treatment;
  const c = words ? catalogue(lang) : undefined;
  ascii = !words && where === null;
  let reasons = "";
  if (c === undefined) reasons = reasonsJson(v, lang);
  else {
    const levelNames = categoryNames(v.version);
    for (const reason of reasonsOf(v)) {
      reasons += `${reasons === "" ? "" : ","}{"code":"${reason.code}","message":${quoted(explainReason(reason, lang, levelNames))}${sourceMember(reason.cite, lang)}}`;
    }
  }
  const actions = c === undefined ? s.actions.map((a) => `"${a}"`).join(",") : s.actions.map((a) => `{"code":"${a}","message":${quoted(c.names.action[a])}}`).join(",");
  return (
    `{"line":${outcome.line}` +
    (outcome.id === undefined ? "" : `,"id":${echo(outcome.id)}`) +
    (outcome.person === undefined ? "" : `,"person":${echo(outcome.person)}`) +
    `,"city":"${outcome.policy.id}","type":"${outcome.status}","date":"${visit.date}","level":${visit.level}` +
    (c === undefined ? "" : `,"levelName":${quoted(c.labels.common.text(v.level.label))}`) +
    `,"appliedLevel":${r.appliedLevel}` +
    `,"facility":"${visit.facility}","designated":${visit.designated},"emergency":${visit.emergency},"place":"${visit.place}","filed":${visit.filed}` +
    `,"directSettlement":${visit.directSettlement},"treatmentCity":${where === null ? "null" : JSON.stringify({ code: where.code, name: where.name, province: where.province.name })}` +
    `,"policyVersion":${policyText(v.version.id)},"amount":${yuan(visit.amount)},"excluded":${yuan(r.excluded)},"uncovered":${yuan(r.uncovered)},"inPolicy":${yuan(r.inPolicy)}` +
    (r.classBFirst === null ? "" : `,"classBFirst":${yuan(r.classBFirst)}`) +
    (r.accountFirst === null ? "" : `,"accountCurrentPaid":${yuan(p.accountCurrentPaid)}`) +
    `,"deductible":${yuan(r.deductible)},"eligible":${yuan(r.eligible)},"ratio":${r.ratio === null ? "null" : quoted(r.ratio.value)}` +
    `,"fundPaid":${yuan(r.fundPaid)},"selfPaid":${yuan(r.selfPaid)},"copay":${yuan(r.copay)},"overCap":${yuan(r.overCap)},"covered":${r.covered},"capRemaining":${yuanOrNull(r.capRemaining)}` +
    `,"accountPaid":${yuan(p.accountPaid)},"familyPaid":${yuan(p.familyPaid)},"cashPaid":${yuan(p.cashPaid)}` +
    `,"accountLeft":${yuanOrNull(p.after.account)},"familyBalanceLeft":${yuanOrNull(p.after.family?.balance)},"familyLimitLeft":${yuanOrNull(p.after.family?.limitLeft)}` +
    `,"settlement":{"mode":"${s.mode}"${c === undefined ? "" : `,"description":${quoted(c.names.settlement[s.mode])}`},"atCounter":${yuanOrNull(s.atCounter)},"reimbursedLater":${yuanOrNull(s.reimbursedLater)},"actions":[${actions}]}` +
    `,"reasons":[${reasons}]}`
  );
}

export function batchSummary(t: BatchTotals, lang: Lang): string {
  const said = catalogue(lang).labels.batch.summary({
    lines: t.lines,
    settled: t.settled,
    errors: t.errors,
    blank: t.blank,
    amount: formatYuan(t.amount),
    fundPaid: formatYuan(t.fundPaid),
    selfPaid: formatYuan(t.selfPaid),
    accountCurrentPaid: t.accountCurrentPaid === 0 ? null : formatYuan(t.accountCurrentPaid),
    accountPaid: formatYuan(t.accountPaid),
    familyPaid: formatYuan(t.familyPaid),
    cashPaid: formatYuan(t.cashPaid),
  });
  return `${said}\n`;
}
