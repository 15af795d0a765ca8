/** Output of `yibao family` and `yibao account`: a table for people, an object for `--json`. */
import type { AccountInfo } from "../../app/account.js";
import type { FamilyCheck } from "../../app/family.js";
import { type Citation, type FamilyUse, formatPercent, formatYuan } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainReason, formatCitation } from "../messages.js";
import type { Theme } from "../theme.js";
import { sourceJson } from "./json.js";

/** A line and, under it, where it comes from. */
function cited(text: string, cite: Citation | undefined, lang: Lang, theme: Theme): string {
  const source = cite === undefined ? "" : formatCitation(cite, lang);
  return `  · ${text}${source === "" ? "" : `\n    ${theme.muted(`${catalogue(lang).labels.common.source}: ${source}`)}`}`;
}

/** The bounds family money pays within, as sentences with their sources. */
function familyBounds(c: FamilyCheck, lang: Lang): { text: string; cite: Citation }[] {
  const d = c.decision;
  const l = catalogue(lang).labels.family;
  const bounds = [
    { text: d.limit.kind === "per-payment" ? l.limitPerPayment : l.limitTotal, cite: d.limit.cite },
    { text: l.ownAccountFirst, cite: d.ownAccountFirst },
  ];
  if (d.reserve !== null) bounds.push({ text: l.reserve(formatYuan(d.reserve.value)), cite: d.reserve.cite });
  if (d.allOrNothing !== null) bounds.push({ text: l.allOrNothing, cite: d.allOrNothing });
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
    rules: c.governing.map((g) => catalogue(lang).labels.common.text(g.name)),
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
  const { names, labels } = catalogue(lang);
  const l = labels.family;
  const member = `${c.member.province.name}${c.member.name === c.member.province.name ? "" : c.member.name}`;
  const parties = { authorizer: c.authorizer.name, relation: names.relation[c.relation], member, scheme: names.scheme[c.memberScheme], place: names.placeClass[c.place] };
  const lines = [
    theme.heading(`${labels.common.cityTitle(c.policy)} · ${l.title}`),
    l.parties(parties),
    "",
    c.decision.allowed ? theme.fund(l.allowed) : theme.warn(l.notAllowed),
    `${labels.common.why}:`,
    ...c.decision.reasons.map((r) => cited(explainReason(r, lang), r.cite, lang, theme)),
  ];
  if (c.decision.allowed) {
    lines.push(`${l.limits}:`, ...familyBounds(c, lang).map((b) => cited(b.text, b.cite, lang, theme)));
    lines.push(`${l.mayPayFor}:`, ...familyUses(c).map((u) => cited(useName(u.use, lang), u.cite, lang, theme)));
  }
  lines.push("", theme.muted(labels.common.policyVersion(c.policy, c.version)));
  return `${lines.join("\n")}\n`;
}

/** The rule of the credit in words, with its source. */
function creditLines(a: AccountInfo, lang: Lang): { text: string; cite?: Citation }[] {
  const { names, labels } = catalogue(lang);
  const l = labels.account;
  const c = a.credit;
  switch (c.kind) {
    case "none":
      return [{ text: l.none, cite: c.cite }, ...(c.pooling === null ? [] : [{ text: l.poolingStill, cite: c.pooling }])];
    case "base-share": {
      const base = labels.common.text(c.base);
      const missing = a.base === null ? [{ text: l.baseMissing(base) }] : [];
      return [{ text: l.baseShare(formatPercent(c.bp), base), cite: c.cite }, ...missing];
    }
    case "fixed-monthly":
      return [{ text: l.fixedMonthly(formatYuan(c.monthly)), cite: c.cite }];
    case "not-given":
      return [{ text: labels.common.text(c.note), cite: c.cite }];
    case "unstated":
      return [{ text: l.unstated(names.member[a.member], names.plan[a.plan]) }];
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
      ...(c.kind === "base-share" ? { share: c.share, base: catalogue(lang).labels.common.text(c.base) } : {}),
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
  const { names, labels } = catalogue(lang);
  const l = labels.account;
  const table = new Table({ style: { head: [], border: [], compact: true }, colAligns: ["left", "right"] });
  const has = a.hasAccount === null ? l.notStated : a.hasAccount ? l.yes : l.no;
  table.push([l.hasAccount, has]);
  if (a.credit.kind === "base-share" && a.base !== null) table.push([l.base, formatYuan(a.base)]);
  table.push([theme.fund(l.monthly), theme.fund(a.monthly === null ? l.unknown : formatYuan(a.monthly))]);
  table.push([theme.fund(l.yearly), theme.fund(a.yearly === null ? l.unknown : formatYuan(a.yearly))]);
  const title = `${labels.common.cityTitle(a.policy)} · ${l.title} · ${names.member[a.member]} · ${names.plan[a.plan]}`;
  const lines = [theme.heading(title), table.toString(), `${labels.common.why}:`, ...creditLines(a, lang).map((x) => cited(x.text, x.cite, lang, theme))];
  if (a.baseUnused) lines.push(theme.warn(l.baseUnused));
  lines.push("", theme.muted(labels.common.policyVersion(a.policy, a.version)));
  return `${lines.join("\n")}\n`;
}
