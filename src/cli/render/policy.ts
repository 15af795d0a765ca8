/** `yibao policy`: the cities loaded, the parameters in force on a date, and the check of a file. */
import Table from "cli-table3";
import { ZERO, formatPercent, formatYuan, parseRatio, parseYuan } from "../../app/model.js";
import type { PolicyInForce, CitySummary, PolicyValidation } from "../../app/policy.js";
import type { PolicyOrigin } from "../../app/model.js";
import type { Policy, PolicyVersion, SourceRef } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { FIELD_NAME, formatPolicyFile } from "../messages.js";
import { explainPolicyIssue } from "../policy-words.js";
import type { Theme } from "../theme.js";

const join = (items: readonly string[], lang: Lang) => items.join(lang === "zh" ? "、" : ", ");
const fieldNames = (fields: readonly string[], lang: Lang) => join(fields.map((f) => FIELD_NAME[f]?.[lang] ?? f), lang);

function originText(origin: PolicyOrigin, lang: Lang): string {
  const shipped = origin.shipped ? [lang === "zh" ? "内置" : "shipped"] : [];
  const files = origin.files.map((f) => formatPolicyFile(f, lang));
  return [...shipped, ...files].join(" + ");
}

function spanText(v: { effectiveFrom: string; effectiveTo?: string | undefined; confirmedThrough?: string | undefined }, lang: Lang): string {
  const span = v.effectiveTo === undefined ? (lang === "zh" ? `${v.effectiveFrom} 起` : `from ${v.effectiveFrom}`) : `${v.effectiveFrom} – ${v.effectiveTo}`;
  if (v.confirmedThrough === undefined) return span;
  return lang === "zh" ? `${span},来源确认至 ${v.confirmedThrough}` : `${span}, confirmed through ${v.confirmedThrough}`;
}

function sourceLine(policy: Policy, ref: string, lang: Lang): string {
  const s = policy.sources[ref];
  if (s === undefined) return ref;
  return `${ref} ${lang === "zh" ? `《${s.title}》` : `"${s.title}"`}${s.policyFile === undefined ? "" : ` ${formatPolicyFile(s.policyFile, lang)}`}`;
}

// ---- policy list ------------------------------------------------------------------------------

export function policyListJson(cities: readonly CitySummary[]) {
  return cities.map(({ policy: p, origin }) => ({
    id: p.id,
    name: p.name,
    province: p.province,
    adminCode: p.adminCode,
    origin: { shipped: origin.shipped, files: origin.files },
    versions: p.versions.map((v) => ({
      id: v.id,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      confirmedThrough: v.confirmedThrough ?? null,
      missing: v.missing.map((m) => m.field),
    })),
    sources: Object.entries(p.sources).map(([ref, s]) => ({ ref, title: s.title, ...(s.policyFile === undefined ? {} : { policyFile: s.policyFile }) })),
  }));
}

export function renderPolicyList(cities: readonly CitySummary[], lang: Lang, theme: Theme): string {
  const zh = lang === "zh";
  const blocks = cities.map(({ policy: p, origin }) => {
    const title = zh
      ? `${p.name.zh} ${p.id} · ${p.province.zh} · ${p.adminCode} · ${originText(origin, lang)}`
      : `${p.name.pinyin} ${p.id} · ${p.province.en} · ${p.adminCode} · ${originText(origin, lang)}`;
    const versions = p.versions.map((v) => {
      const missing = v.missing.map((m) => m.field);
      const gaps = missing.length === 0 ? "" : zh ? `;缺少 ${fieldNames(missing, lang)}` : `; missing ${fieldNames(missing, lang)}`;
      return `  ${zh ? "版本" : "version"} ${v.id}: ${spanText(v, lang)}${gaps}`;
    });
    const sources = Object.keys(p.sources).map((ref) => `  ${zh ? "来源" : "source"} ${sourceLine(p, ref, lang)}`);
    return [theme.heading(title), ...versions, ...sources.map((s) => theme.muted(s))].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

// ---- policy show ------------------------------------------------------------------------------

interface Row {
  readonly label: string;
  readonly value: string;
  /** Source ref, and the interpretation id when the value rests on one. */
  readonly basis: string;
}

interface Section {
  readonly title: string;
  readonly rows: readonly Row[];
}

/** One part of a version, as rows; undefined when the version does not have that part. */
type SectionRenderer = (policy: Policy, version: PolicyVersion, lang: Lang) => Section | undefined;

const basis = (source: SourceRef | undefined, interpretation?: string): string =>
  [source?.ref, interpretation].filter((s): s is string => s !== undefined && s !== "").join(" · ");

const yuan = (text: string, lang: Lang) => `${formatYuan(parseYuan(text) ?? ZERO)} ${lang === "zh" ? "元" : "yuan"}`;
const percent = (text: string) => formatPercent(parseRatio(text) ?? 0);
const yesNo = (value: boolean, lang: Lang) => (value ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no");
const LEVELS = ["1", "2", "3"] as const;
const STATUSES = ["in-service", "retired"] as const;

const deductibleSection: SectionRenderer = (_policy, version, lang) => {
  const d = version.outpatient?.deductible;
  if (d === undefined) return undefined;
  const zh = lang === "zh";
  const rows: Row[] = [
    { label: zh ? "计算周期" : "Period", value: d.period.value === "year" ? (zh ? "按自然年度" : "per calendar year") : zh ? "按次" : "per visit", basis: basis(d.period.source, d.period.interpretation) },
  ];
  if (d.accumulator !== undefined) {
    rows.push({
      label: zh ? "累计方式" : "Accumulator",
      value: d.accumulator.value === "shared" ? (zh ? "各级别共用(累计补差)" : "shared by all levels") : zh ? "各级别分别累计" : "one per level",
      basis: basis(d.accumulator.source, d.accumulator.interpretation),
    });
  }
  if (d.yearlyCeiling !== undefined) {
    rows.push({ label: zh ? "每年起付封顶" : "Yearly ceiling", value: yuan(d.yearlyCeiling.value, lang), basis: basis(d.yearlyCeiling.source, d.yearlyCeiling.interpretation) });
  }
  for (const level of LEVELS) {
    const v = d.byLevel[level];
    rows.push({ label: version.levels.names[level][lang], value: yuan(v.value, lang), basis: basis(v.source, v.interpretation) });
  }
  return { title: zh ? "起付标准" : "Deductible", rows };
};

const ratiosSection: SectionRenderer = (_policy, version, lang) => {
  const r = version.outpatient?.ratios;
  if (r === undefined) return undefined;
  const rows = LEVELS.flatMap((level) =>
    STATUSES.map((status) => {
      const v = r[level][status];
      return { label: `${version.levels.names[level][lang]} · ${catalogue(lang).names.status[status]}`, value: percent(v.value), basis: basis(v.source, v.interpretation) };
    }),
  );
  return { title: lang === "zh" ? "统筹基金支付比例" : "Fund ratio", rows };
};

const capSection: SectionRenderer = (_policy, version, lang) => {
  const cap = version.outpatient?.cap;
  if (cap === undefined) return undefined;
  const zh = lang === "zh";
  const limits = cap.basis === "fund" ? (zh ? "统筹基金支付额" : "the fund's payments") : zh ? "可报销费用" : "eligible spending";
  return {
    title: zh ? "年度最高支付限额" : "Annual cap",
    rows: [
      { label: zh ? "限额针对" : "Limits", value: limits, basis: "" },
      ...STATUSES.map((status) => {
        const v = cap.byStatus[status];
        return { label: catalogue(lang).names.status[status], value: yuan(v.value, lang), basis: basis(v.source, v.interpretation) };
      }),
    ],
  };
};

const facilitiesSection: SectionRenderer = (_policy, version, lang) => {
  const zh = lang === "zh";
  const rows: Row[] = [];
  const d = version.designation;
  rows.push({
    label: zh ? "定点要求" : "Designation",
    value: d.required
      ? `${zh ? "仅限定点医药机构" : "designated facilities only"}${d.emergencyException ? (zh ? ",非定点急诊抢救除外" : ", except emergency rescue") : ""}`
      : zh ? "不限" : "any facility",
    basis: basis(d.source),
  });
  const ph = version.pharmacy;
  if (ph !== undefined) {
    rows.push({
      label: zh ? "定点零售药店" : "Pharmacies",
      value: ph.covered ? (ph.requiresPrescription ? (zh ? "纳入,须凭外配处方" : "covered, with an external prescription") : zh ? "纳入" : "covered") : zh ? "不纳入" : "not covered",
      basis: basis(ph.source, ph.interpretation),
    });
  }
  const sp = version.specialty;
  if (sp !== undefined) {
    rows.push({ label: zh ? "专科医疗机构" : "Specialty facilities", value: zh ? `按${version.levels.names[String(sp.level) as "1"].zh}` : `as ${version.levels.names[String(sp.level) as "1"].en}`, basis: basis(sp.source, sp.interpretation) });
  }
  return { title: zh ? "医药机构" : "Facilities", rows };
};

const accountSection: SectionRenderer = (_policy, version, lang) => {
  const a = version.account;
  if (a === undefined) return undefined;
  const zh = lang === "zh";
  const rows: Row[] = a.credits.map((entry) => {
    const label = `${join(entry.members.map((m) => catalogue(lang).names.member[m]), lang)} · ${join(entry.plans.map((p) => (zh ? catalogue("zh").names.plan[p] : p)), lang)}`;
    const c = entry.credit;
    switch (c.kind) {
      case "none":
        return { label, value: zh ? "不建个人账户" : "no personal account", basis: basis(c.source, c.interpretation) };
      case "base-share":
        return { label, value: zh ? `每月 ${c.base.zh}的 ${percent(c.share.value)}` : `${percent(c.share.value)} of ${c.base.en} a month`, basis: basis(c.share.source, c.share.interpretation) };
      case "fixed-monthly":
        return { label, value: zh ? `每月 ${yuan(c.monthly.value, lang)}` : `${yuan(c.monthly.value, lang)} a month`, basis: basis(c.monthly.source, c.monthly.interpretation) };
      case "not-given":
        return { label, value: zh ? "来源未给出金额" : "no amount in the source", basis: basis(c.source) };
    }
  });
  rows.push({ label: zh ? "只付政策范围内" : "In-policy part only", value: yesNo(a.inPolicyOnly.value, lang), basis: basis(a.inPolicyOnly.source, a.inPolicyOnly.interpretation) });
  return { title: zh ? "个人账户每月划入" : "Personal account credits", rows };
};

const familySection: SectionRenderer = (_policy, version, lang) => {
  const f = version.family;
  if (f === undefined) return undefined;
  const zh = lang === "zh";
  const rows: Row[] = [
    { label: zh ? "亲属" : "Relatives", value: join(f.relations.value.map((r) => catalogue(lang).names.relation[r]), lang), basis: basis(f.relations.source, f.relations.interpretation) },
    { label: zh ? "亲属的医保" : "Their insurance", value: join(f.memberSchemes.value.map((s) => catalogue(lang).names.scheme[s]), lang), basis: basis(f.memberSchemes.source, f.memberSchemes.interpretation) },
  ];
  if (f.reserve !== undefined) rows.push({ label: zh ? "须保留余额" : "Reserve", value: yuan(f.reserve.value, lang), basis: basis(f.reserve.source, f.reserve.interpretation) });
  rows.push({
    label: zh ? "授权人设定的额度" : "Limit set",
    value: f.limit.value === "per-payment" ? (zh ? "每次支付额度" : "per payment") : zh ? "累计共济额度" : "a running total",
    basis: basis(f.limit.source, f.limit.interpretation),
  });
  rows.push({ label: zh ? "先用本人账户" : "Own account first", value: yesNo(f.ownAccountFirst.value, lang), basis: basis(f.ownAccountFirst.source, f.ownAccountFirst.interpretation) });
  for (const place of ["same-city", "same-province", "other-province"] as const) {
    const rule = f.places[place];
    if (rule === undefined) continue;
    const value = rule.allowed
      ? `${zh ? "允许" : "allowed"}${rule.allOrNothing ? (zh ? ",余额须足够支付" : ", all or nothing") : ""}${rule.memberSchemes === undefined ? "" : ` (${join(rule.memberSchemes.map((s) => catalogue(lang).names.scheme[s]), lang)})`}`
      : zh ? "不允许" : "not allowed";
    rows.push({ label: catalogue(lang).names.placeClass[place], value, basis: basis(rule.source, rule.interpretation) });
  }
  if (f.treatment !== undefined) rows.push({ label: zh ? "就医地" : "Treatment", value: zh ? "仅限本省" : "inside the province only", basis: basis(f.treatment.source, f.treatment.interpretation) });
  for (const use of f.uses) rows.push({ label: zh ? "可支付" : "May pay for", value: catalogue(lang).names.use[use.use], basis: basis(use.source, use.interpretation) });
  return { title: zh ? "家庭共济" : "Family mutual aid", rows };
};

const crossRegionSection: SectionRenderer = (_policy, version, lang) => {
  const c = version.crossRegion;
  if (c === undefined) return undefined;
  const zh = lang === "zh";
  const rows: Row[] = [];
  for (const place of ["resident-elsewhere", "temporary-elsewhere"] as const) {
    const rule = c.places[place];
    rows.push({ label: catalogue(lang).names.visitPlace[place], value: rule.covered ? (zh ? "支付" : "paid") : zh ? "不支付" : "not paid", basis: basis(rule.source, rule.interpretation) });
    if (rule.designatedOnly !== undefined) {
      rows.push({
        label: `${catalogue(lang).names.visitPlace[place]} · ${zh ? "非定点" : "non-designated"}`,
        value: zh ? "不支付(无急诊例外)" : "not paid (no emergency exception)",
        basis: basis(rule.designatedOnly.source, rule.designatedOnly.interpretation),
      });
    }
  }
  rows.push({
    label: zh ? "起付标准和比例" : "Deductible and ratios",
    value: c.amounts.value === "insured" ? (zh ? "按参保地,与本地共用年度累计" : "the insured city's, sharing the year's totals") : zh ? "按就医地(限额按参保地)" : "the treatment city's (the cap stays the insured city's)",
    basis: basis(c.amounts.source, c.amounts.interpretation),
  });
  const s = c.settlement;
  if (s === undefined) {
    rows.push({ label: zh ? "结算方式" : "Settlement", value: zh ? "来源未说明" : "not stated in the sources", basis: "" });
  } else {
    rows.push({ label: zh ? "直接结算" : "Direct settlement", value: zh ? "可以" : "possible", basis: basis(s.direct.source, s.direct.interpretation) });
    if (s.minLevel !== undefined) {
      const name = version.levels.names[String(s.minLevel.value) as "1"][lang];
      rows.push({ label: zh ? "  机构级别" : "  facility level", value: zh ? `${name}及以上` : `${name} or higher`, basis: basis(s.minLevel.source, s.minLevel.interpretation) });
    }
    if (s.filing !== undefined) rows.push({ label: zh ? "  备案" : "  filing", value: zh ? "须先备案" : "required first", basis: basis(s.filing.source, s.filing.interpretation) });
    if (s.facilityOpen !== undefined) {
      rows.push({ label: zh ? "  机构开通" : "  facility", value: zh ? "须已开通异地直接结算" : "must be open for it", basis: basis(s.facilityOpen.source, s.facilityOpen.interpretation) });
    }
    rows.push({ label: zh ? "否则" : "Otherwise", value: zh ? "回参保地手工报销" : "reimbursed by hand back home", basis: basis(s.byHand.source, s.byHand.interpretation) });
  }
  return { title: zh ? "异地就医" : "Visits elsewhere", rows };
};

const missingSection: SectionRenderer = (_policy, version, lang) => {
  if (version.missing.length === 0) return undefined;
  return {
    title: lang === "zh" ? "来源未给出" : "Not in the sources",
    rows: version.missing.map((m) => ({ label: FIELD_NAME[m.field]?.[lang] ?? m.field, value: m.note[lang], basis: basis(m.source) })),
  };
};

/** The parts of a version, in the order shown; a new part of the schema is one more renderer here. */
const SECTIONS: readonly SectionRenderer[] = [deductibleSection, ratiosSection, capSection, facilitiesSection, accountSection, familySection, crossRegionSection, missingSection];

/** Wraps long text so that the table fits a terminal; CJK characters count double. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const ch of text) {
    const w = /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
    if (used + w > width) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line].join("\n");
}

export function renderPolicyShow(shown: PolicyInForce, lang: Lang, theme: Theme): string {
  const { policy: p, version: v, origin } = shown;
  const zh = lang === "zh";
  const header = theme.heading(
    zh
      ? `${p.name.zh}(${p.province.zh})· 职工医保普通门诊统筹 · ${shown.date} 适用的政策`
      : `${p.name.pinyin} (${p.province.en}) · employee general outpatient pooling · the policy in force on ${shown.date}`,
  );
  const versionLine = zh
    ? `版本 ${v.id}(${spanText(v, lang)})· 依据 ${basis(v.source)} · ${originText(origin, lang)}`
    : `Version ${v.id} (${spanText(v, lang)}) · source ${basis(v.source)} · ${originText(origin, lang)}`;
  const table = new Table({ head: zh ? ["项目", "取值", "依据"] : ["Item", "Value", "Source"], style: { head: [], border: [], compact: true } });
  for (const section of SECTIONS.map((render) => render(p, v, lang)).filter((s): s is Section => s !== undefined)) {
    table.push([{ colSpan: 3, content: theme.heading(section.title) }]);
    for (const row of section.rows) table.push([row.label, wrap(row.value, 40), row.basis]);
  }
  const refs = [...new Set(JSON.stringify(v).match(/"ref":"[^"]*"/g)?.map((m) => m.slice(7, -1)) ?? [])].sort();
  const sources = refs.map((ref) => theme.muted(`  ${sourceLine(p, ref, lang)}`));
  const used = [...new Set(JSON.stringify(v).match(/"(?:numbersI|i)nterpretation":"[^"]*"/g)?.map((m) => m.replace(/^.*:"|"$/g, "")) ?? [])].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  const readings = used.map((id) => theme.muted(`  ${id} ${p.interpretations[id]?.[lang] ?? ""}`));
  return [
    header,
    versionLine,
    table.toString(),
    `${zh ? "来源" : "Sources"}:`,
    ...sources,
    ...(readings.length > 0 ? [`${zh ? "解读" : "Interpretations"}:`, ...readings] : []),
  ].join("\n") + "\n";
}

// ---- policy validate --------------------------------------------------------------------------

export function validationJson(v: PolicyValidation, lang: Lang) {
  return {
    ok: v.ok,
    file: v.file,
    ...(v.city === undefined ? {} : { city: v.city.id }),
    ...(v.kind === undefined ? {} : { kind: v.kind }),
    ...(v.ok ? { versions: v.versions, sources: v.sources, changes: v.changes, supplied: v.supplied } : {}),
    issues: v.issues.map((issue) => ({ path: issue.path, ...explainPolicyIssue(issue, lang) })),
  };
}

export function renderValidation(v: PolicyValidation, lang: Lang, theme: Theme): string {
  const zh = lang === "zh";
  if (!v.ok) {
    const head = zh ? `政策文件 ${v.file} 有 ${v.issues.length} 个问题:` : `Policy file ${v.file} has ${v.issues.length} problem${v.issues.length === 1 ? "" : "s"}:`;
    const lines = v.issues.flatMap((issue) => {
      const { message, hint } = explainPolicyIssue(issue, lang);
      return [`  ${theme.error(issue.path)}`, `    ${message}`, `    ${theme.hint(zh ? "提示:" : "Hint:")} ${hint}`];
    });
    return `${[head, ...lines].join("\n")}\n`;
  }
  const lines = [theme.heading(zh ? `政策文件 ${v.file} 有效。` : `Policy file ${v.file} is valid.`)];
  const city = v.city === undefined ? "" : `${v.city.name} (${v.city.id})`;
  lines.push(zh ? `城市:${city}${v.kind === "extends" ? ",扩展已加载的政策" : ",完整的政策"}` : `City: ${city}${v.kind === "extends" ? ", extending the policy loaded" : ", a whole policy"}`);
  for (const version of v.versions) lines.push(`${zh ? "版本" : "Version"} ${version.id}: ${spanText(version, lang)}`);
  if (v.sources.length > 0) lines.push(`${zh ? "本文件的来源" : "Sources of this file"}: ${v.sources.join(", ")}`);
  const group = (kind: "adds" | "overrides" | "version", zhTitle: string, enTitle: string) => {
    const paths = v.changes.filter((c) => c.kind === kind).map((c) => `  ${c.path}`);
    if (paths.length > 0) lines.push(`${zh ? zhTitle : enTitle}:`, ...paths);
  };
  group("adds", "补充的值", "Values supplied");
  group("overrides", "覆盖的值", "Values overridden");
  group("version", "新增的版本", "Versions added");
  for (const s of v.supplied) lines.push(zh ? `版本 ${s.version} 不再缺少:${fieldNames(s.fields, lang)}` : `Version ${s.version} no longer lacks ${fieldNames(s.fields, lang)}`);
  return `${lines.join("\n")}\n`;
}
