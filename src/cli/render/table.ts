/** The default output: a table per visit, the year's totals, and the policy behind them. */
import Table from "cli-table3";
import type { Calculation, SettledVisit } from "../../app/calculate.js";
import { type YearSummary, categoryNames, formatPercent, formatYuan, reasonsOf } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainReason, explainWarning, formatCitation, formatPolicyFile } from "../messages.js";
import { explainStep } from "../explain-words.js";
import type { Theme } from "../theme.js";

function newTable(): Table.Table {
  return new Table({ style: { head: [], border: [], compact: true }, colAligns: ["left", "right"] });
}

/** The arithmetic of a visit, one numbered line per step, each with its source. */
function stepLines(v: SettledVisit, lang: Lang, theme: Theme): string[] {
  const l = catalogue(lang).labels;
  return [...v.result.steps, ...v.payment.steps].map((step, i) => {
    const { rule, formula } = explainStep(step, lang);
    const source = step.cite === undefined ? "" : formatCitation(step.cite, lang);
    return `  ${l.table.step(i + 1, rule, formula)}${source === "" ? "" : `\n     ${theme.muted(`${l.common.source}: ${source}`)}`}`;
  });
}

function visitBlock(v: SettledVisit, lang: Lang, theme: Theme, withWallet: boolean, explain: boolean): string {
  const { names, labels } = catalogue(lang);
  const t = labels.table;
  const r = v.result;
  const treatment = v.where.treatment;
  const place =
    r.visit.place === "local" && treatment === null ? "" : `  ${names.visitPlace[r.visit.place]}${treatment === null ? "" : t.treatmentCity(treatment.name)}`;
  const title = `${t.visit} ${v.index}  ${r.visit.date}  ${labels.common.text(v.level.label)}  ${t.facility[r.visit.facility]}${place}`;
  const table = newTable();
  const row = (label: string, value: string) => table.push([label, value]);
  row(t.amount, formatYuan(r.visit.amount));
  row(t.excluded, formatYuan(r.excluded));
  if (r.uncovered > 0) row(t.uncovered, formatYuan(r.uncovered));
  row(t.inPolicy, formatYuan(r.inPolicy));
  row(t.deductible, formatYuan(r.deductible));
  row(t.eligible, formatYuan(r.eligible));
  row(t.ratio, r.ratio === null ? t.notCovered : formatPercent(r.ratio.bp));
  row(theme.fund(t.fundPaid), theme.fund(formatYuan(r.fundPaid)));
  row(theme.self(t.selfPaid), theme.self(formatYuan(r.selfPaid)));
  row(t.ofExcluded, formatYuan(r.excluded));
  if (r.uncovered > 0) row(t.ofUncovered, formatYuan(r.uncovered));
  if (r.classBFirst !== null) row(t.ofClassBFirst, formatYuan(r.classBFirst));
  if (r.accountFirst !== null) row(t.ofAccountFirst, formatYuan(v.payment.accountCurrentPaid));
  row(t.ofDeductible, formatYuan(r.deductible));
  row(t.ofCopay, formatYuan(r.copay));
  row(t.ofOverCap, formatYuan(r.overCap));
  if (withWallet) {
    const after = v.payment.after;
    row(t.byAccount, formatYuan(v.payment.accountPaid));
    row(t.byFamily, formatYuan(v.payment.familyPaid));
    row(t.byCash, formatYuan(v.payment.cashPaid));
    if (after.account !== null) row(t.accountLeft, formatYuan(after.account));
    if (after.family !== null) row(t.familyLeft, formatYuan(after.family.balance));
    if (after.family?.limitLeft !== null && after.family?.limitLeft !== undefined && after.family.decision.limit.kind === "total") {
      row(t.familyLimitLeft, formatYuan(after.family.limitLeft));
    }
  }
  const settlement = r.settlement;
  if (settlement.mode !== "local") {
    row(t.settlement, names.settlement[settlement.mode]);
    if (settlement.atCounter !== null) row(t.atCounter, formatYuan(settlement.atCounter));
    if (settlement.reimbursedLater !== null && settlement.mode === "by-hand") row(t.reimbursedLater, formatYuan(settlement.reimbursedLater));
  }
  const reasons = reasonsOf(v).map((reason) => {
    const source = reason.cite === undefined ? "" : formatCitation(reason.cite, lang);
    return `  · ${explainReason(reason, lang, categoryNames(v.version))}${source === "" ? "" : `\n    ${theme.muted(`${labels.common.source}: ${source}`)}`}`;
  });
  const todo = settlement.actions.map((code) => `  · ${names.action[code]}`);
  return [
    theme.heading(title),
    table.toString(),
    ...(explain ? [`${t.steps}:`, ...stepLines(v, lang, theme)] : []),
    ...(reasons.length > 0 ? [`${labels.common.why}:`, ...reasons] : []),
    ...(todo.length > 0 ? [`${t.todo}:`, ...todo] : []),
  ].join("\n");
}

function yearBlock(y: YearSummary, lang: Lang, theme: Theme): string {
  const t = catalogue(lang).labels.table;
  const table = newTable();
  table.push(
    [t.amount, formatYuan(y.amount)],
    [theme.fund(t.fundPaid), theme.fund(formatYuan(y.fundPaid))],
    [theme.self(t.selfPaid), theme.self(formatYuan(y.selfPaid))],
    [t.deductibleMet, formatYuan(y.deductibleMet)],
    [t.cap, y.cap === null ? t.noCap : formatYuan(y.cap)],
    [t.fundUsed, formatYuan(y.fundUsed)],
    [t.capRemaining, y.capRemaining === null ? t.noCap : formatYuan(y.capRemaining)],
  );
  return [theme.heading(t.yearTitle(y.year)), table.toString()].join("\n");
}

/** @param explain also show each step of the arithmetic with its formula (`--explain`). */
export function renderCalculationTable(calc: Calculation, lang: Lang, theme: Theme, explain = false): string {
  const { names, labels } = catalogue(lang);
  const t = labels.table;
  const withWallet = calc.balances.account !== null || calc.balances.familyBalance !== null;
  const p = calc.policy;
  const header = theme.heading(t.header(p, names.status[calc.status]));
  const blocks = [header, ...calc.visits.map((v) => visitBlock(v, lang, theme, withWallet, explain)), ...calc.years.map((y) => yearBlock(y, lang, theme))];
  if (calc.visits.length > 1) {
    blocks.push(
      `${t.total}: ${t.amount} ${formatYuan(calc.totals.amount)} · ${theme.fund(`${t.fundPaid} ${formatYuan(calc.totals.fundPaid)}`)} · ${theme.self(`${t.selfPaid} ${formatYuan(calc.totals.selfPaid)}`)}` +
        (withWallet
          ? ` (${t.byAccount.trim()} ${formatYuan(calc.totals.accountPaid)} · ${t.byFamily.trim()} ${formatYuan(calc.totals.familyPaid)} · ${t.byCash.trim()} ${formatYuan(calc.totals.cashPaid)})`
          : ""),
    );
  }
  const versions = [...new Map(calc.visits.map((v) => [v.version.id, v.version])).values()];
  for (const version of versions) {
    const entry = Object.hasOwn(p.sources, version.source.ref) ? p.sources[version.source.ref] : undefined;
    const doc = entry?.title ?? version.source.ref;
    const grade = entry?.grade === undefined ? "" : ` ${catalogue(lang).errors.grade[entry.grade]}`;
    const file = entry?.policyFile === undefined ? "" : ` ${formatPolicyFile(entry.policyFile, lang)}`;
    blocks.push(theme.muted(t.policyLine(p, version, { document: doc, quote: version.source.quote }, `${grade}${file}`)));
  }
  for (const w of calc.warnings) blocks.push(theme.warn(explainWarning(w, lang)));
  return `${blocks.join("\n\n")}\n`;
}
