/** `yibao compare`: the cities ranked by what the person pays, as a table or JSON. */
import Table from "cli-table3";
import type { Comparison, CompareRow, Skipped } from "../../app/compare.js";
import { formatYuan } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { FIELD_NAME } from "../messages.js";
import type { Theme } from "../theme.js";

function skippedText(s: Skipped, lang: Lang): string {
  if (s.reason === "no-version") return lang === "zh" ? "该日期没有有效的政策版本" : "no policy version in force on the date";
  const fields = s.fields.map((f) => FIELD_NAME[f]?.[lang] ?? f).join(lang === "zh" ? "、" : ", ");
  return lang === "zh" ? `来源未公布${fields},可用 --policy-file 提供` : `the sources do not publish ${fields}; supply them with --policy-file`;
}

/** The inputs as parsed (null: not fixed, so every level or both statuses), then the rows and the cities skipped. */
export function comparisonJson(c: Comparison, lang: Lang, input: { visits?: number | undefined }) {
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
      levelName: r.level?.label[lang] ?? null,
      ...(r.level?.interpretation === undefined ? {} : { levelInterpretation: r.level.interpretation }),
      amount: formatYuan(r.amount),
      fundPaid: formatYuan(r.fundPaid),
      selfPaid: formatYuan(r.selfPaid),
      differenceToBest: formatYuan(r.differenceToBest),
      policyVersion: r.policyVersion,
    })),
    skipped: c.skipped.map((s) => ({ city: s.policy.id, cityName: s.policy.name.zh, reason: s.reason, fields: s.fields, message: skippedText(s, lang) })),
  };
}

export function renderComparison(c: Comparison, lang: Lang, theme: Theme): string {
  const zh = lang === "zh";
  const withLevel = c.rows.some((r) => r.level !== null);
  const head = zh
    ? ["城市", "人员类别", ...(withLevel ? ["级别"] : []), "总费用", "统筹基金支付", "个人支付", "比最低多付"]
    : ["City", "Status", ...(withLevel ? ["Level"] : []), "Total", "Fund pays", "You pay", "Above the best"];
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: ["left", "left", ...(withLevel ? ["left" as const] : []), "right", "right", "right", "right"] });
  let group = "";
  for (const r of c.rows) {
    const key = `${r.level?.level ?? 0}/${r.status}`;
    if (group !== "" && key !== group) table.push([{ colSpan: head.length, content: "" }]);
    group = key;
    const city = zh ? r.policy.name.zh : r.policy.name.pinyin;
    const diff = r.differenceToBest === 0 ? (zh ? "最低" : "best") : `+${formatYuan(r.differenceToBest)}`;
    table.push([
      city,
      catalogue(lang).names.status[r.status],
      ...(withLevel ? [r.level?.label[lang] ?? ""] : []),
      formatYuan(r.amount),
      theme.fund(formatYuan(r.fundPaid)),
      theme.self(formatYuan(r.selfPaid)),
      r.differenceToBest === 0 ? theme.fund(diff) : diff,
    ]);
  }
  const title = theme.heading(
    zh
      ? `同一笔门诊费用在各城市的结算${c.date === null ? "(一年的门诊)" : `(${c.date})`},按个人支付从低到高`
      : `The same outpatient costs settled in each city${c.date === null ? " (a year of visits)" : ` (${c.date})`}, by what you pay`,
  );
  const skipped = c.skipped.map((s) =>
    theme.muted(zh ? `未比较:${s.policy.name.zh}(${skippedText(s, lang)})` : `Not compared: ${s.policy.name.pinyin} (${skippedText(s, lang)})`),
  );
  const readings = [...new Map(c.rows.filter((r) => r.level?.interpretation !== undefined).map((r) => [`${r.policy.id}/${r.level?.level}`, r])).values()].map((r) =>
    theme.muted(
      zh
        ? `${r.policy.name.zh}:级别 ${r.level?.level} 按解读 ${r.level?.interpretation} 对应“${r.level?.label.zh}”。`
        : `${r.policy.name.pinyin}: level ${r.level?.level} is read as "${r.level?.label.en}" (interpretation ${r.level?.interpretation}).`,
    ),
  );
  const body = c.rows.length > 0 ? table.toString() : zh ? "没有可以比较的城市。" : "No city could be compared.";
  return `${[title, body, ...readings, ...skipped].join("\n")}\n`;
}
