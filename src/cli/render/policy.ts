/** `yibao policy`: the cities loaded, the parameters in force on a date, and the check of a file. */
import Table from "cli-table3";
import {
  type Policy,
  type PolicyOrigin,
  type PolicyVersion,
  type SourceRef,
  type TableNode,
  ZERO,
  capTable,
  categoriesOf,
  categoryNames,
  deductibleTable,
  formatPercent,
  ratioTableOf,
  formatYuan,
  parseRatio,
  parseYuan,
} from "../../app/model.js";
import type { CitySummary, PolicyInForce, PolicyValidation, PolicyValue } from "../../app/policy.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { formatPolicyFile, policyPartName } from "../messages.js";
import { explainPolicyIssue } from "../policy-words.js";
import type { Theme } from "../theme.js";

const join = (items: readonly string[], lang: Lang) => items.join(catalogue(lang).names.listSeparator);
const fieldNames = (fields: readonly string[], lang: Lang) => join(fields.map((f) => policyPartName(f, lang)), lang);
/** Words the policy gives in both languages, in this one. */
const text = (words: { readonly zh: string; readonly en: string }, lang: Lang) => catalogue(lang).labels.common.text(words);

function originText(origin: PolicyOrigin, lang: Lang): string {
  const shipped = origin.shipped ? [catalogue(lang).labels.policy.shipped] : [];
  const files = origin.files.map((f) => formatPolicyFile(f, lang));
  return [...shipped, ...files].join(" + ");
}

function spanText(v: { effectiveFrom?: string | undefined; effectiveTo?: string | undefined; confirmedThrough?: string | undefined }, lang: Lang): string {
  const l = catalogue(lang).labels.policy;
  const span =
    v.effectiveFrom === undefined ? l.until(v.effectiveTo) : v.effectiveTo === undefined ? l.from(v.effectiveFrom) : `${v.effectiveFrom} – ${v.effectiveTo}`;
  if (v.confirmedThrough === undefined) return span;
  return l.confirmed(span, v.confirmedThrough);
}

function sourceLine(policy: Policy, ref: string, lang: Lang): string {
  const s = policy.sources[ref];
  if (s === undefined) return ref;
  const grade = s.grade === undefined ? "" : ` ${catalogue(lang).errors.grade[s.grade]}`;
  return `${ref} ${catalogue(lang).labels.policy.sourceTitle(s.title)}${grade}${s.policyFile === undefined ? "" : ` ${formatPolicyFile(s.policyFile, lang)}`}`;
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
    sources: Object.entries(p.sources).map(([ref, s]) => ({
      ref,
      title: s.title,
      ...(s.grade === undefined ? {} : { grade: s.grade }),
      ...(s.policyFile === undefined ? {} : { policyFile: s.policyFile }),
    })),
  }));
}

export function renderPolicyList(cities: readonly CitySummary[], lang: Lang, theme: Theme): string {
  const l = catalogue(lang).labels.policy.list;
  const blocks = cities.map(({ policy: p, origin }) => {
    const title = l.title(p, originText(origin, lang));
    const versions = p.versions.map((v) => {
      const missing = v.missing.map((m) => m.field);
      return `  ${l.version(v.id, spanText(v, lang), missing.length === 0 ? undefined : fieldNames(missing, lang))}`;
    });
    const sources = Object.keys(p.sources).map((ref) => `  ${l.source(sourceLine(p, ref, lang))}`);
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

const yuan = (text: string, lang: Lang) => catalogue(lang).labels.policy.yuan(formatYuan(parseYuan(text) ?? ZERO));
const percent = (text: string) => formatPercent(parseRatio(text) ?? 0);
const yesNo = (value: boolean, lang: Lang) => (value ? catalogue(lang).labels.policy.yes : catalogue(lang).labels.policy.no);
const STATUSES = ["in-service", "retired"] as const;

/**
 * A table of the file as rows, one per cell: labelled by category, status and age band as the file
 * nests them (a level's name alone for a value by level), a cell no source gives shown as such.
 */
function tableRows(version: PolicyVersion, node: TableNode, lang: Lang, show: (n: TableNode & { value: string }) => string, prefix: readonly string[] = []): Row[] {
  const { names, labels } = catalogue(lang);
  const t = labels.policy.sections.tables;
  const label = (parts: readonly string[]) => (parts.length === 0 ? t.all : parts.join(" · "));
  if (node.value !== undefined) return [{ label: label(prefix), value: show(node as TableNode & { value: string }), basis: basis(node.source, node.interpretation) }];
  const gap = (parts: readonly string[]): Row => ({ label: label(parts), value: t.missing, basis: "" });
  if (node.byCategory !== undefined) {
    const cells = node.byCategory;
    return categoriesOf(version).flatMap((c) => {
      const child = Object.hasOwn(cells, c.id) ? cells[c.id] : undefined;
      const parts = [...prefix, text(c.name, lang)];
      return child === undefined ? [gap(parts)] : tableRows(version, child, lang, show, parts);
    });
  }
  if (node.byStatus !== undefined) {
    const cells = node.byStatus;
    return STATUSES.flatMap((status) => {
      const child = cells[status];
      const parts = [...prefix, names.status[status]];
      return child === undefined ? [gap(parts)] : tableRows(version, child, lang, show, parts);
    });
  }
  return (node.byAge ?? []).flatMap((band) => tableRows(version, band, lang, show, [...prefix, t.age(band.from ?? 0, band.below ?? null)]));
}

const ratioText = (lang: Lang) => (n: TableNode & { value: string }) => {
  if (n.share !== "self") return percent(n.value);
  const self = parseRatio(n.value) ?? 0;
  return catalogue(lang).labels.policy.sections.ratios.selfShare(formatPercent(10_000 - self), formatPercent(self));
};

const deductibleSection: SectionRenderer = (_policy, version, lang) => {
  const d = version.outpatient?.deductible;
  if (d === undefined) return undefined;
  const l = catalogue(lang).labels.policy.sections.deductible;
  const period = { visit: l.perVisit, day: l.perDay, month: l.perMonth, year: l.perYear }[d.period.value];
  const rows: Row[] = [{ label: l.period, value: period, basis: basis(d.period.source, d.period.interpretation) }];
  if (d.accumulator !== undefined) {
    rows.push({
      label: l.accumulator,
      value: d.accumulator.value === "shared" ? l.shared : l.perLevel,
      basis: basis(d.accumulator.source, d.accumulator.interpretation),
    });
  }
  if (d.yearlyCeiling !== undefined) {
    rows.push({ label: l.yearlyCeiling, value: yuan(d.yearlyCeiling.value, lang), basis: basis(d.yearlyCeiling.source, d.yearlyCeiling.interpretation) });
  }
  const table = deductibleTable(d);
  if (table !== undefined) rows.push(...tableRows(version, table, lang, (n) => yuan(n.value, lang)));
  return { title: l.title, rows };
};

const ratiosSection: SectionRenderer = (_policy, version, lang) => {
  const o = version.outpatient;
  const table = o === undefined ? undefined : ratioTableOf(o);
  if (o === undefined || table === undefined) return undefined;
  const l = catalogue(lang).labels.policy.sections.ratios;
  const show = ratioText(lang);
  const rows = tableRows(version, table, lang, show);
  for (const band of o.ratioBands ?? []) {
    rows.push(...tableRows(version, band.ratio, lang, show, [l.band(yuan(band.from.value, lang))]));
  }
  for (const c of o.conditions ?? []) {
    const name = l.condition(text(c.name, lang));
    if (c.addPoints !== undefined) rows.push({ label: name, value: l.addPoints(percent(c.addPoints.value)), basis: basis(c.addPoints.source, c.addPoints.interpretation) });
    if (c.ratio !== undefined) rows.push(...tableRows(version, c.ratio, lang, show, [name]));
  }
  return { title: l.title, rows };
};

const capSection: SectionRenderer = (_policy, version, lang) => {
  const cap = version.outpatient?.cap;
  if (cap === undefined) return undefined;
  const l = catalogue(lang).labels.policy.sections.cap;
  const rows: Row[] = [];
  if (cap.none !== undefined) rows.push({ label: l.title, value: l.none, basis: basis(cap.none.source, cap.none.interpretation) });
  else rows.push({ label: l.limits, value: cap.basis === "fund" ? l.fund : l.eligible, basis: "" });
  const table = capTable(cap);
  if (table !== undefined) rows.push(...tableRows(version, table, lang, (n) => yuan(n.value, lang)));
  if (cap.sharedWith !== undefined) rows.push({ label: l.sharedWith, value: text(cap.sharedWith.name, lang), basis: basis(cap.sharedWith.source, cap.sharedWith.interpretation) });
  if (cap.secondTier !== undefined) {
    rows.push(...tableRows(version, cap.secondTier.ratio, lang, ratioText(lang), [l.secondTier]));
    rows.push(...tableRows(version, cap.secondTier.amount, lang, (n) => yuan(n.value, lang), [l.secondTierCap]));
  }
  return { title: l.title, rows };
};

const facilitiesSection: SectionRenderer = (_policy, version, lang) => {
  const l = catalogue(lang).labels.policy.sections.facilities;
  const rows: Row[] = [];
  if (version.categories !== undefined) {
    rows.push({ label: l.categories, value: join(categoriesOf(version).map((c) => text(c.name, lang)), lang), basis: "" });
  }
  const d = version.designation;
  if (d !== undefined) rows.push({ label: l.designation, value: d.required ? l.designatedOnly(d.emergencyException) : l.anyFacility, basis: basis(d.source) });
  const ph = version.pharmacy;
  if (ph !== undefined) {
    rows.push({
      label: l.pharmacies,
      value: ph.covered ? (ph.requiresPrescription ? l.withPrescription : l.covered) : l.notCovered,
      basis: basis(ph.source, ph.interpretation),
    });
  }
  const sp = version.specialty;
  if (sp !== undefined) {
    rows.push({ label: l.specialty, value: l.asLevel(text(categoryNames(version)[String(sp.level)] ?? { zh: String(sp.level), en: String(sp.level) }, lang)), basis: basis(sp.source, sp.interpretation) });
  }
  return { title: l.title, rows };
};

const accountSection: SectionRenderer = (_policy, version, lang) => {
  const a = version.account;
  if (a === undefined) return undefined;
  const { names, labels } = catalogue(lang);
  const l = labels.policy.sections.account;
  const rows: Row[] = a.credits.map((entry) => {
    const label = `${join(entry.members.map((m) => names.member[m]), lang)} · ${join(entry.plans.map((p) => l.plan(p)), lang)}`;
    const c = entry.credit;
    switch (c.kind) {
      case "none":
        return { label, value: l.none, basis: basis(c.source, c.interpretation) };
      case "base-share":
        return { label, value: l.baseShare(percent(c.share.value), text(c.base, lang)), basis: basis(c.share.source, c.share.interpretation) };
      case "fixed-monthly":
        return { label, value: l.fixedMonthly(yuan(c.monthly.value, lang)), basis: basis(c.monthly.source, c.monthly.interpretation) };
      case "not-given":
        return { label, value: l.notGiven, basis: basis(c.source) };
    }
  });
  rows.push({ label: l.inPolicyOnly, value: yesNo(a.inPolicyOnly.value, lang), basis: basis(a.inPolicyOnly.source, a.inPolicyOnly.interpretation) });
  return { title: l.title, rows };
};

const familySection: SectionRenderer = (_policy, version, lang) => {
  const f = version.family;
  if (f === undefined) return undefined;
  const { names, labels } = catalogue(lang);
  const l = labels.policy.sections.family;
  const rows: Row[] = [
    { label: l.relatives, value: join(f.relations.value.map((r) => names.relation[r]), lang), basis: basis(f.relations.source, f.relations.interpretation) },
    { label: l.insurance, value: join(f.memberSchemes.value.map((s) => names.scheme[s]), lang), basis: basis(f.memberSchemes.source, f.memberSchemes.interpretation) },
  ];
  if (f.reserve !== undefined) rows.push({ label: l.reserve, value: yuan(f.reserve.value, lang), basis: basis(f.reserve.source, f.reserve.interpretation) });
  rows.push({
    label: l.limit,
    value: f.limit.value === "per-payment" ? l.perPayment : l.runningTotal,
    basis: basis(f.limit.source, f.limit.interpretation),
  });
  rows.push({ label: l.ownAccountFirst, value: yesNo(f.ownAccountFirst.value, lang), basis: basis(f.ownAccountFirst.source, f.ownAccountFirst.interpretation) });
  for (const place of ["same-city", "same-province", "other-province"] as const) {
    const rule = f.places[place];
    if (rule === undefined) continue;
    const schemes = rule.memberSchemes === undefined ? undefined : join(rule.memberSchemes.map((s) => names.scheme[s]), lang);
    const value = rule.allowed ? l.allowed(rule.allOrNothing, schemes) : l.notAllowed;
    rows.push({ label: names.placeClass[place], value, basis: basis(rule.source, rule.interpretation) });
  }
  if (f.treatment !== undefined) rows.push({ label: l.treatment, value: l.provinceOnly, basis: basis(f.treatment.source, f.treatment.interpretation) });
  for (const use of f.uses) rows.push({ label: l.mayPayFor, value: names.use[use.use], basis: basis(use.source, use.interpretation) });
  return { title: l.title, rows };
};

const crossRegionSection: SectionRenderer = (_policy, version, lang) => {
  const c = version.crossRegion;
  if (c === undefined) return undefined;
  const { names, labels } = catalogue(lang);
  const l = labels.policy.sections.crossRegion;
  const rows: Row[] = [];
  for (const place of ["resident-elsewhere", "temporary-elsewhere"] as const) {
    const rule = c.places[place];
    rows.push({ label: names.visitPlace[place], value: rule.covered ? l.paid : l.notPaid, basis: basis(rule.source, rule.interpretation) });
    if (rule.designatedOnly !== undefined) {
      rows.push({
        label: `${names.visitPlace[place]} · ${l.nonDesignated}`,
        value: l.notPaidNoEmergency,
        basis: basis(rule.designatedOnly.source, rule.designatedOnly.interpretation),
      });
    }
  }
  rows.push({
    label: l.amounts,
    value: c.amounts.value === "insured" ? l.amountsInsured : l.amountsTreatment,
    basis: basis(c.amounts.source, c.amounts.interpretation),
  });
  const s = c.settlement;
  if (s === undefined) {
    rows.push({ label: l.settlement, value: l.notStated, basis: "" });
  } else {
    rows.push({ label: l.direct, value: l.possible, basis: basis(s.direct.source, s.direct.interpretation) });
    if (s.minLevel !== undefined) {
      const name = text(categoryNames(version)[String(s.minLevel.value)] ?? { zh: String(s.minLevel.value), en: String(s.minLevel.value) }, lang);
      rows.push({ label: l.minLevel, value: l.orHigher(name), basis: basis(s.minLevel.source, s.minLevel.interpretation) });
    }
    if (s.filing !== undefined) rows.push({ label: l.filing, value: l.filingFirst, basis: basis(s.filing.source, s.filing.interpretation) });
    if (s.facilityOpen !== undefined) {
      rows.push({ label: l.facilityOpen, value: l.mustBeOpen, basis: basis(s.facilityOpen.source, s.facilityOpen.interpretation) });
    }
    if (s.byHand !== undefined) {
      rows.push({ label: l.otherwise, value: s.byHand.value === true ? l.byHand : l.byHandOnSystemFailure, basis: basis(s.byHand.source, s.byHand.interpretation) });
    }
  }
  return { title: l.title, rows };
};

const missingSection: SectionRenderer = (_policy, version, lang) => {
  if (version.missing.length === 0) return undefined;
  return {
    title: catalogue(lang).labels.policy.sections.missing.title,
    rows: version.missing.map((m) => ({ label: policyPartName(m.field, lang), value: text(m.note, lang), basis: basis(m.source) })),
  };
};

/** The parts of a version, in the order shown; a new part of the schema is one more renderer here. */
const SECTIONS: readonly SectionRenderer[] = [deductibleSection, ratiosSection, capSection, facilitiesSection, accountSection, familySection, crossRegionSection, missingSection];

const CJK = /[\u1100-\uFFFF]/;
const widthOf = (text: string): number => {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 2 : 1;
  return w;
};

/**
 * Wraps long text so that the table fits a terminal; CJK characters count double. Words break at
 * spaces only; Chinese, which has none, breaks between characters, and so does a word too long for a
 * line of its own.
 */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const put = (s: string, w: number) => {
    line += s;
    used += w;
  };
  const newLine = () => {
    lines.push(line);
    line = "";
    used = 0;
  };
  text.split(" ").forEach((word, i) => {
    const w = widthOf(word);
    const space = i > 0 && used > 0 ? 1 : 0;
    if (used + space + w <= width) {
      put(space === 1 ? ` ${word}` : word, space + w);
      return;
    }
    if (!CJK.test(word) && w <= width) {
      newLine();
      put(word, w);
      return;
    }
    // Chinese text, or a word longer than a line: character by character.
    const first = [...word][0] ?? "";
    if (space === 1 && used + 1 + widthOf(first) <= width) put(" ", 1);
    else if (space === 1) newLine();
    for (const ch of word) {
      const cw = widthOf(ch);
      if (used + cw > width) newLine();
      put(ch, cw);
    }
  });
  return [...lines, line].join("\n");
}

export function renderPolicyShow(shown: PolicyInForce, lang: Lang, theme: Theme): string {
  const { policy: p, version: v, origin } = shown;
  const l = catalogue(lang).labels.policy.show;
  const header = theme.heading(l.header(p, shown.date));
  const versionLine = l.version(v.id, spanText(v, lang), basis(v.source), originText(origin, lang));
  const table = new Table({ head: [l.head.item, l.head.value, l.head.basis], style: { head: [], border: [], compact: true } });
  for (const section of SECTIONS.map((render) => render(p, v, lang)).filter((s): s is Section => s !== undefined)) {
    table.push([{ colSpan: 3, content: theme.heading(section.title) }]);
    for (const row of section.rows) table.push([row.label, wrap(row.value, 40), row.basis]);
  }
  const refs = [...new Set(JSON.stringify(v).match(/"ref":"[^"]*"/g)?.map((m) => m.slice(7, -1)) ?? [])].sort();
  const sources = refs.map((ref) => theme.muted(`  ${sourceLine(p, ref, lang)}`));
  const used = [...new Set(JSON.stringify(v).match(/"(?:numbersI|i)nterpretation":"[^"]*"/g)?.map((m) => m.replace(/^.*:"|"$/g, "")) ?? [])].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  const readings = used.map((id) => theme.muted(`  ${id} ${p.interpretations[id] === undefined ? "" : text(p.interpretations[id], lang)}`));
  return [
    header,
    versionLine,
    table.toString(),
    `${l.sources}:`,
    ...sources,
    ...(readings.length > 0 ? [`${l.interpretations}:`, ...readings] : []),
  ].join("\n") + "\n";
}

// ---- policy show city@version:field ------------------------------------------------------------

/** The source, quote and reading of a value the file gives with them. */
function citedParts(policy: Policy, value: unknown) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { source: undefined, interpretation: undefined };
  const node = value as { source?: SourceRef; interpretation?: string };
  const source = node.source !== undefined && Object.hasOwn(policy.sources, node.source.ref) ? { ref: node.source.ref, entry: policy.sources[node.source.ref], quote: node.source.quote } : undefined;
  const note = node.interpretation === undefined ? undefined : policy.interpretations[node.interpretation];
  const interpretation = node.interpretation === undefined || note === undefined ? undefined : { id: node.interpretation, note };
  return { source, interpretation };
}

/** A value a reference names, as JSON: the file's own value, and its source and reading spelled out. */
export function policyValueJson(v: PolicyValue) {
  const { source, interpretation } = citedParts(v.policy, v.value);
  return {
    reference: v.reference,
    city: v.policy.id,
    version: v.version.id,
    field: v.field,
    value: v.value,
    ...(source === undefined
      ? {}
      : { source: { ref: source.ref, document: source.entry?.title, ...(source.entry?.grade === undefined ? {} : { grade: source.entry.grade }), ...(source.entry?.url === undefined ? {} : { url: source.entry.url }), quote: source.quote } }),
    ...(interpretation === undefined ? {} : { interpretation: { id: interpretation.id, note: interpretation.note } }),
  };
}

export function renderPolicyValue(v: PolicyValue, lang: Lang, theme: Theme): string {
  const l = catalogue(lang).labels.policy.show.reference;
  const { source, interpretation } = citedParts(v.policy, v.value);
  const leaf = v.value !== null && typeof v.value === "object" && "value" in v.value ? (v.value as { value: unknown }).value : v.value;
  const shown = typeof leaf === "string" || typeof leaf === "number" || typeof leaf === "boolean" ? String(leaf) : JSON.stringify(leaf, null, 2);
  return [
    theme.heading(l.header(v.policy, v.version.id, v.field)),
    `${l.value}: ${shown}`,
    ...(source === undefined ? [] : [`${l.source}: ${sourceLine(v.policy, source.ref, lang)}`, `${l.quote}: "${source.quote}"`]),
    ...(interpretation === undefined ? [] : [`${l.interpretation}: ${interpretation.id} ${text(interpretation.note, lang)}`]),
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
    issues: v.issues.map((issue) => ({ path: issue.path, ...explainPolicyIssue(issue, lang, v.inPackage) })),
  };
}

export function renderValidation(v: PolicyValidation, lang: Lang, theme: Theme): string {
  const l = catalogue(lang).labels.policy.validate;
  if (!v.ok) {
    const head = l.problems(v.file, v.issues.length);
    const lines = v.issues.flatMap((issue) => {
      const { message, hint } = explainPolicyIssue(issue, lang, v.inPackage);
      return [`  ${theme.error(issue.path)}`, `    ${message}`, `    ${theme.hint(l.hint)} ${hint}`];
    });
    return `${[head, ...lines].join("\n")}\n`;
  }
  const lines = [theme.heading(l.valid(v.file))];
  const city = v.city === undefined ? "" : `${v.city.name} (${v.city.id})`;
  lines.push(l.city(city, v.kind === "extends"));
  for (const version of v.versions) lines.push(l.version(version.id, spanText(version, lang)));
  if (v.sources.length > 0) lines.push(l.sources(v.sources.join(", ")));
  for (const kind of ["adds", "overrides", "version"] as const) {
    const paths = v.changes.filter((c) => c.kind === kind).map((c) => `  ${c.path}`);
    if (paths.length > 0) lines.push(`${l.changes[kind]}:`, ...paths);
  }
  for (const s of v.supplied) lines.push(l.noLongerLacks(s.version, fieldNames(s.fields, lang)));
  return `${lines.join("\n")}\n`;
}
