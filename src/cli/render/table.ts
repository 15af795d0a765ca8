/** The default output: a table per visit, the year's totals, and the policy behind them. */
import Table from "cli-table3";
import type { Calculation, SettledVisit } from "../../app/calculate.js";
import { formatPercent, formatYuan } from "../../app/model.js";
import type { Facility } from "../../app/model.js";
import type { YearSummary } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainReason, explainWarning, formatCitation, formatPolicyFile } from "../messages.js";
import { explainStep } from "../explain-words.js";
import type { Theme } from "../theme.js";

const L = {
  zh: {
    visit: "就诊",
    amount: "总费用",
    excluded: "目录外费用(自费)",
    inPolicy: "政策范围内费用",
    deductible: "起付线部分",
    eligible: "可报销部分",
    ratio: "统筹支付比例",
    fundPaid: "统筹基金支付",
    selfPaid: "个人支付",
    ofExcluded: "  其中 目录外自费",
    ofDeductible: "  其中 起付线",
    ofCopay: "  其中 按比例自付",
    ofOverCap: "  其中 超过限额",
    byAccount: "  由 本人个人账户支付",
    byFamily: "  由 家庭共济支付",
    byCash: "  由 现金支付",
    accountLeft: "本人个人账户余额",
    familyLeft: "授权人账户余额",
    familyLimitLeft: "共济额度剩余",
    settlement: "结算方式",
    atCounter: "就医时支付",
    reimbursedLater: "回参保地报销",
    todo: "需要办理",
    steps: "计算步骤",
    notCovered: "不予支付",
    reasons: "说明",
    basis: "依据",
    yearTitle: (y: number) => `${y} 年度合计`,
    deductibleMet: "本年已付起付",
    fundUsed: "本年已用限额",
    cap: "年度最高支付限额",
    capRemaining: "剩余限额",
    policy: "政策",
    from: "起施行",
    yuan: "元",
    total: "合计",
  },
  en: {
    visit: "Visit",
    amount: "Total cost",
    excluded: "Outside catalogues (self-paid)",
    inPolicy: "In-policy cost",
    deductible: "Deductible",
    eligible: "Eligible",
    ratio: "Fund ratio",
    fundPaid: "Fund pays",
    selfPaid: "You pay",
    ofExcluded: "  of which outside catalogues",
    ofDeductible: "  of which deductible",
    ofCopay: "  of which co-pay",
    ofOverCap: "  of which over the cap",
    byAccount: "  paid by your own account",
    byFamily: "  paid by family aid",
    byCash: "  paid in cash",
    accountLeft: "Your account left",
    familyLeft: "Account holder's balance left",
    familyLimitLeft: "Sharing limit left",
    settlement: "Settlement",
    atCounter: "Paid at the facility",
    reimbursedLater: "Reimbursed back home",
    todo: "To do",
    steps: "Steps",
    notCovered: "not covered",
    reasons: "Why",
    basis: "Source",
    yearTitle: (y: number) => `Year ${y}`,
    deductibleMet: "Deductible met",
    fundUsed: "Cap used",
    cap: "Annual cap",
    capRemaining: "Cap left",
    policy: "Policy",
    from: "in force from",
    yuan: "yuan",
    total: "Total",
  },
} as const;


const FACILITY_NAME: Record<Lang, Record<Facility, string>> = {
  zh: { hospital: "医疗机构", pharmacy: "定点零售药店", specialty: "专科医疗机构" },
  en: { hospital: "hospital", pharmacy: "pharmacy", specialty: "specialty facility" },
};

function newTable(): Table.Table {
  return new Table({ style: { head: [], border: [], compact: true }, colAligns: ["left", "right"] });
}

/** The arithmetic of a visit, one numbered line per step, each with its source. */
function stepLines(v: SettledVisit, lang: Lang, theme: Theme): string[] {
  const basis = L[lang].basis;
  return v.result.steps.map((step, i) => {
    const { rule, formula } = explainStep(step, lang);
    const source = step.cite === undefined ? "" : formatCitation(step.cite, lang);
    return `  ${i + 1}. ${rule}${lang === "zh" ? ":" : ": "}${formula}${source === "" ? "" : `\n     ${theme.muted(`${basis}: ${source}`)}`}`;
  });
}

function visitBlock(v: SettledVisit, lang: Lang, theme: Theme, withWallet: boolean, explain: boolean): string {
  const t = L[lang];
  const r = v.result;
  const treatment = v.where.treatment;
  const place =
    r.visit.place === "local" && treatment === null
      ? ""
      : `  ${catalogue(lang).names.visitPlace[r.visit.place]}${treatment === null ? "" : lang === "zh" ? `(${treatment.name})` : ` (${treatment.name})`}`;
  const title = `${t.visit} ${v.index}  ${r.visit.date}  ${v.level.label[lang]}  ${FACILITY_NAME[lang][r.visit.facility]}${place}`;
  const table = newTable();
  const row = (label: string, value: string) => table.push([label, value]);
  row(t.amount, formatYuan(r.visit.amount));
  row(t.excluded, formatYuan(r.excluded));
  row(t.inPolicy, formatYuan(r.inPolicy));
  row(t.deductible, formatYuan(r.deductible));
  row(t.eligible, formatYuan(r.eligible));
  row(t.ratio, r.ratio === null ? t.notCovered : formatPercent(r.ratio.bp));
  row(theme.fund(t.fundPaid), theme.fund(formatYuan(r.fundPaid)));
  row(theme.self(t.selfPaid), theme.self(formatYuan(r.selfPaid)));
  row(t.ofExcluded, formatYuan(r.excluded));
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
    row(t.settlement, catalogue(lang).names.settlement[settlement.mode]);
    if (settlement.atCounter !== null) row(t.atCounter, formatYuan(settlement.atCounter));
    if (settlement.reimbursedLater !== null && settlement.mode === "by-hand") row(t.reimbursedLater, formatYuan(settlement.reimbursedLater));
  }
  const reasons = v.reasons.map((reason) => {
    const source = reason.cite === undefined ? "" : formatCitation(reason.cite, lang);
    return `  · ${explainReason(reason, lang, v.version.levels.names)}${source === "" ? "" : `\n    ${theme.muted(`${t.basis}: ${source}`)}`}`;
  });
  const todo = settlement.actions.map((code) => `  · ${catalogue(lang).names.action[code]}`);
  return [
    theme.heading(title),
    table.toString(),
    ...(explain ? [`${t.steps}:`, ...stepLines(v, lang, theme)] : []),
    ...(reasons.length > 0 ? [`${t.reasons}:`, ...reasons] : []),
    ...(todo.length > 0 ? [`${t.todo}:`, ...todo] : []),
  ].join("\n");
}

function yearBlock(y: YearSummary, lang: Lang, theme: Theme): string {
  const t = L[lang];
  const table = newTable();
  table.push(
    [t.amount, formatYuan(y.amount)],
    [theme.fund(t.fundPaid), theme.fund(formatYuan(y.fundPaid))],
    [theme.self(t.selfPaid), theme.self(formatYuan(y.selfPaid))],
    [t.deductibleMet, formatYuan(y.deductibleMet)],
    [t.cap, formatYuan(y.cap)],
    [t.fundUsed, formatYuan(y.fundUsed)],
    [t.capRemaining, formatYuan(y.capRemaining)],
  );
  return [theme.heading(t.yearTitle(y.year)), table.toString()].join("\n");
}

/** @param explain also show each step of the arithmetic with its formula (`--explain`). */
export function renderCalculationTable(calc: Calculation, lang: Lang, theme: Theme, explain = false): string {
  const t = L[lang];
  const withWallet = calc.balances.account !== null || calc.balances.familyBalance !== null;
  const p = calc.policy;
  const header = theme.heading(
    lang === "zh"
      ? `${p.name.zh}(${p.province.zh}) · 职工医保普通门诊统筹 · ${catalogue("zh").names.status[calc.status]}`
      : `${p.name.pinyin} (${p.province.en}) · employee general outpatient pooling · ${catalogue("en").names.status[calc.status]}`,
  );
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
    const file = entry?.policyFile === undefined ? "" : ` ${formatPolicyFile(entry.policyFile, lang)}`;
    blocks.push(
      theme.muted(
        lang === "zh"
          ? `${t.policy}: ${p.name.zh} 版本 ${version.id}(${version.effectiveFrom} ${t.from})· 来源:《${doc}》“${version.source.quote}”${file}`
          : `${t.policy}: ${p.id} version ${version.id} (${t.from} ${version.effectiveFrom}) · source: "${version.source.quote}" (${doc})${file}`,
      ),
    );
  }
  for (const w of calc.warnings) blocks.push(theme.warn(explainWarning(w, lang)));
  return `${blocks.join("\n\n")}\n`;
}
