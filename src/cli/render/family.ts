/** Output of `yibao family` and `yibao account`: a table for people, an object for `--json`. */
import type { AccountInfo } from "../../app/account.js";
import { formatPercent, formatYuan } from "../../app/model.js";
import type { Citation, FamilyUse } from "../../app/model.js";
import type { FamilyCheck } from "../../app/family.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainReason, formatCitation } from "../messages.js";
import type { Theme } from "../theme.js";
import { sourceJson } from "./json.js";

type Text = { readonly zh: string; readonly en: string };

const cityTitle = (c: { policy: FamilyCheck["policy"] }, lang: Lang) =>
  lang === "zh" ? `${c.policy.name.zh}(${c.policy.province.zh})` : `${c.policy.name.pinyin} (${c.policy.province.en})`;

const versionLine = (c: { policy: FamilyCheck["policy"]; version: FamilyCheck["version"] }, lang: Lang) =>
  lang === "zh"
    ? `政策: ${c.policy.name.zh} 版本 ${c.version.id}(${c.version.effectiveFrom} 起施行)`
    : `Policy: ${c.policy.id} version ${c.version.id} (in force from ${c.version.effectiveFrom})`;

/** A line and, under it, where it comes from. */
function cited(text: string, cite: Citation | undefined, lang: Lang, theme: Theme): string {
  const source = cite === undefined ? "" : formatCitation(cite, lang);
  return `  · ${text}${source === "" ? "" : `\n    ${theme.muted(`${lang === "zh" ? "依据" : "Source"}: ${source}`)}`}`;
}

/** The bounds family money pays within, as sentences with their sources. */
function familyBounds(c: FamilyCheck, lang: Lang): { text: string; cite: Citation }[] {
  const d = c.decision;
  const t = (text: Text) => text[lang];
  const bounds = [
    {
      text:
        d.limit.kind === "per-payment"
          ? t({ zh: "授权人可为使用人设置每次支付额度(支付额度/次)。", en: "The account holder may set a limit per payment for the relative." })
          : t({ zh: "授权人可为使用人设置共济额度:该亲属累计可用的余额上限。", en: "The account holder may set a sharing limit: the most this relative may use in total." }),
      cite: d.limit.cite,
    },
    {
      text: t({ zh: "使用人应先用本人的个人账户,不足时才用共济资金。", en: "The relative's own account pays first; family money pays only the rest." }),
      cite: d.ownAccountFirst,
    },
  ];
  if (d.reserve !== null) {
    bounds.push({
      text: t({
        zh: `授权人账户须保留 ${formatYuan(d.reserve.value)} 元,只有超过部分可共济。`,
        en: `The account holder keeps ${formatYuan(d.reserve.value)}; only the balance above it may be shared.`,
      }),
      cite: d.reserve.cite,
    });
  }
  if (d.allOrNothing !== null) {
    bounds.push({
      text: t({
        zh: "授权人余额必须足够支付使用人个人负担的全部费用,不够时本次不支付。",
        en: "The account holder's balance must cover the relative's whole share of a visit, or it pays nothing for that visit.",
      }),
      cite: d.allOrNothing,
    });
  }
  return bounds;
}

const useName = (use: string, lang: Lang) => {
  const names = catalogue(lang).names.use;
  return Object.hasOwn(names, use) ? names[use as FamilyUse] : use;
};

/** What the money may pay for, by the account holder's rules. */
const familyUses = (c: FamilyCheck) => c.governing[0]?.uses ?? [];

export function familyJson(c: FamilyCheck, lang: Lang) {
  const d = c.decision;
  const division = (x: FamilyCheck["member"]) => ({ code: x.code, name: x.name, province: x.province.name });
  return {
    city: c.policy.id,
    cityName: c.policy.name.zh,
    policyVersion: c.version.id,
    relation: c.relation,
    relationName: catalogue(lang).names.relation[c.relation],
    accountHolderCity: division(c.authorizer),
    memberCity: division(c.member),
    memberScheme: c.memberScheme,
    place: c.place,
    allowed: d.allowed,
    rules: c.governing.map((g) => g.name[lang]),
    reasons: d.reasons.map((r) => ({ code: r.code, message: explainReason(r, lang), ...withSource(r.cite, lang) })),
    limit: { kind: d.limit.kind, ...withSource(d.limit.cite, lang) },
    reserve: d.reserve === null ? null : { amount: formatYuan(d.reserve.value), ...withSource(d.reserve.cite, lang) },
    allOrNothing: d.allOrNothing === null ? null : withSource(d.allOrNothing, lang),
    ownAccountFirst: withSource(d.ownAccountFirst, lang),
    uses: familyUses(c).map((u) => ({ use: u.use, description: useName(u.use, lang), ...withSource(u.cite, lang) })),
  };
}

function withSource(cite: Citation | undefined, lang: Lang) {
  const source = sourceJson(cite, lang);
  return source === undefined ? {} : { source };
}

export function renderFamilyTable(c: FamilyCheck, lang: Lang, theme: Theme): string {
  const zh = lang === "zh";
  const who = catalogue(lang).names.relation[c.relation];
  const member = `${c.member.province.name}${c.member.name === c.member.province.name ? "" : c.member.name}`;
  const lines = [
    theme.heading(`${cityTitle(c, lang)} · ${zh ? "家庭共济" : "family mutual aid"}`),
    zh
      ? `授权人:${c.authorizer.name}参保职工 · 使用人:授权人的${who},${member}参保,${catalogue("zh").names.scheme[c.memberScheme]}(双方${catalogue("zh").names.placeClass[c.place]})`
      : `Account holder: employee insured in ${c.authorizer.name} · relative: the holder's ${who}, insured in ${member}, ${catalogue("en").names.scheme[c.memberScheme]} (the two are insured ${catalogue("en").names.placeClass[c.place]})`,
    "",
    c.decision.allowed
      ? theme.fund(zh ? "结论:可以绑定,共济资金可以支付。" : "Answer: the relative may be bound; family money may pay.")
      : theme.warn(zh ? "结论:不能绑定,共济资金不能支付。" : "Answer: the relative may not be bound; family money may not pay."),
    `${zh ? "说明" : "Why"}:`,
    ...c.decision.reasons.map((r) => cited(explainReason(r, lang), r.cite, lang, theme)),
  ];
  if (c.decision.allowed) {
    lines.push(`${zh ? "限制" : "Limits"}:`, ...familyBounds(c, lang).map((b) => cited(b.text, b.cite, lang, theme)));
    lines.push(`${zh ? "可以支付" : "It may pay for"}:`, ...familyUses(c).map((u) => cited(useName(u.use, lang), u.cite, lang, theme)));
  }
  lines.push("", theme.muted(versionLine(c, lang)));
  return `${lines.join("\n")}\n`;
}

/** The rule of the credit in words, with its source. */
function creditLines(a: AccountInfo, lang: Lang): { text: string; cite?: Citation }[] {
  const zh = lang === "zh";
  const c = a.credit;
  switch (c.kind) {
    case "none":
      return [
        { text: zh ? "不建立个人账户,缴费全部计入统筹基金。" : "No personal account: all contributions go to the pooling fund.", cite: c.cite },
        ...(c.pooling === null
          ? []
          : [{ text: zh ? "仍享受职工医保门诊统筹待遇。" : "Outpatient pooling still applies.", cite: c.pooling }]),
      ];
    case "base-share": {
      const pct = formatPercent(c.bp);
      const base = c.base[lang];
      const rule = zh ? `每月按${base}的 ${pct} 计入。` : `Each month ${pct} of ${base} is credited.`;
      const missing =
        a.base === null
          ? [{ text: zh ? `来源未给出${base}的金额,无法算出每月多少;知道时用 --base 给出。` : `The source does not give ${base}, so the amount cannot be worked out; give it with --base if you know it.` }]
          : [];
      return [{ text: rule, cite: c.cite }, ...missing];
    }
    case "fixed-monthly":
      return [{ text: zh ? `每人每月定额划入 ${formatYuan(c.monthly)} 元。` : `A fixed ${formatYuan(c.monthly)} a month is credited.`, cite: c.cite }];
    case "not-given":
      return [{ text: c.note[lang], cite: c.cite }];
    case "unstated":
      return [
        {
          text: zh
            ? `来源材料没有说明${catalogue("zh").names.member[a.member]}(${catalogue("zh").names.plan[a.plan]})的个人账户,不作推测。`
            : `No source says how the account of a ${catalogue("en").names.member[a.member]} member (${catalogue("en").names.plan[a.plan]}) is credited; yibao does not guess.`,
        },
      ];
  }
}

export function accountJson(a: AccountInfo, lang: Lang) {
  const c = a.credit;
  return {
    city: a.policy.id,
    cityName: a.policy.name.zh,
    policyVersion: a.version.id,
    type: a.member,
    plan: a.plan,
    hasAccount: a.hasAccount,
    pooling: c.kind === "none" && c.pooling !== null ? true : null,
    rule: {
      kind: c.kind,
      ...(c.kind === "base-share" ? { share: c.share, base: c.base[lang] } : {}),
      ...(c.kind === "fixed-monthly" ? { monthly: formatYuan(c.monthly) } : {}),
      ...(c.kind === "unstated" ? {} : withSource(c.cite, lang)),
    },
    base: a.base === null ? null : formatYuan(a.base),
    monthly: a.monthly === null ? null : formatYuan(a.monthly),
    yearly: a.yearly === null ? null : formatYuan(a.yearly),
    notes: creditLines(a, lang).map((l) => l.text),
  };
}

export async function renderAccountTable(a: AccountInfo, lang: Lang, theme: Theme): Promise<string> {
  const { default: Table } = await import("cli-table3");
  const zh = lang === "zh";
  const table = new Table({ style: { head: [], border: [], compact: true }, colAligns: ["left", "right"] });
  const unknown = zh ? "无法确定" : "unknown";
  const has = a.hasAccount === null ? (zh ? "来源未说明" : "not stated") : a.hasAccount ? (zh ? "有" : "yes") : zh ? "无" : "no";
  table.push([zh ? "个人账户" : "Personal account", has]);
  if (a.credit.kind === "base-share" && a.base !== null) table.push([zh ? "计算基数(元/月)" : "Base (yuan a month)", formatYuan(a.base)]);
  table.push([theme.fund(zh ? "每月划入(元)" : "Credited a month"), theme.fund(a.monthly === null ? unknown : formatYuan(a.monthly))]);
  table.push([theme.fund(zh ? "每年划入(元)" : "Credited a year"), theme.fund(a.yearly === null ? unknown : formatYuan(a.yearly))]);
  const title = `${cityTitle(a, lang)} · ${zh ? "个人账户" : "personal account"} · ${catalogue(lang).names.member[a.member]} · ${catalogue(lang).names.plan[a.plan]}`;
  const lines = [theme.heading(title), table.toString(), `${zh ? "说明" : "Why"}:`, ...creditLines(a, lang).map((l) => cited(l.text, l.cite, lang, theme))];
  if (a.baseUnused) lines.push(theme.warn(zh ? "注意:这类人员的计入办法不用基数,--base 未使用。" : "Note: this rule uses no base; --base was not used."));
  lines.push("", theme.muted(versionLine(a, lang)));
  return `${lines.join("\n")}\n`;
}
