/** `yibao compare`: the cities ranked by what the person pays, as a table or JSON. */
import Table from "cli-table3";
import type { Comparison } from "../../app/compare.js";
import { formatYuan } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { skippedReason } from "../messages.js";
import type { Theme } from "../theme.js";


/** The inputs as parsed (null: not fixed, so every level or both statuses), then the rows and the cities skipped. */
export function comparisonJson(c: Comparison, lang: Lang, input: { visits?: number | undefined }) {
  const { text } = catalogue(lang).labels.common;
  return {
    date: c.date,
    ...(c.bill === null ? {} : { amount: formatYuan(c.bill.amount), excluded: formatYuan(c.bill.excluded), level: c.bill.level }),
    type: c.statuses.length === 1 ? c.statuses[0] : null,
    cities: c.cities,
    ...(input.visits === undefined ? {} : { visits: input.visits }),
    rows: c.rows.map((r) => ({
      city: r.policy.id,
      cityName: r.policy.name.zh,
      type: r.status,
      level: r.level?.level ?? null,
      levelName: r.level === null ? null : text(r.level.label),
      ...(r.level?.interpretation === undefined ? {} : { levelInterpretation: r.level.interpretation }),
      amount: formatYuan(r.amount),
      fundPaid: formatYuan(r.fundPaid),
      selfPaid: formatYuan(r.selfPaid),
      differenceToBest: formatYuan(r.differenceToBest),
      policyVersion: r.policyVersion,
    })),
    skipped: c.skipped.map((s) => ({ city: s.policy.id, cityName: s.policy.name.zh, reason: s.reason, fields: s.fields, message: skippedReason(s, lang) })),
  };
}

export function renderComparison(c: Comparison, lang: Lang, theme: Theme): string {
  const { names, labels } = catalogue(lang);
  const l = labels.compare;
  const withLevel = c.rows.some((r) => r.level !== null);
  const h = l.head;
  const head = [h.city, h.status, ...(withLevel ? [h.level] : []), h.total, h.fundPaid, h.selfPaid, h.aboveBest];
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: ["left", "left", ...(withLevel ? ["left" as const] : []), "right", "right", "right", "right"] });
  let group = "";
  for (const r of c.rows) {
    const key = `${r.level?.asked ?? 0}/${r.status}`;
    if (group !== "" && key !== group) table.push([{ colSpan: head.length, content: "" }]);
    group = key;
    const diff = r.differenceToBest === 0 ? l.best : `+${formatYuan(r.differenceToBest)}`;
    table.push([
      labels.common.cityName(r.policy),
      names.status[r.status],
      ...(withLevel ? [r.level === null ? "" : labels.common.text(r.level.label)] : []),
      formatYuan(r.amount),
      theme.fund(formatYuan(r.fundPaid)),
      theme.self(formatYuan(r.selfPaid)),
      r.differenceToBest === 0 ? theme.fund(diff) : diff,
    ]);
  }
  const title = theme.heading(l.title(c.date));
  const skipped = c.skipped.map((s) => theme.muted(l.notCompared(s.policy, skippedReason(s, lang))));
  const readings = [...new Map(c.rows.filter((r) => r.level?.interpretation !== undefined).map((r) => [`${r.policy.id}/${r.level?.level}`, r])).values()].flatMap((r) =>
    r.level === null || r.level.interpretation === undefined
      ? []
      : [theme.muted(l.reading(r.policy, { level: r.level.level, label: labels.common.text(r.level.label), interpretation: r.level.interpretation }))],
  );
  // Never empty: with no city to compare, `compare` fails (NO_CITY_COMPUTED).
  return `${[title, table.toString(), ...readings, ...skipped].join("\n")}\n`;
}
