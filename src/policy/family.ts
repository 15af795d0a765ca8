/**
 * The personal-account and family-aid rules of a policy version, compiled for the core, and the
 * choice of which cities' rules govern a binding between two people.
 */
import type { Credit, MemberKind, Plan } from "../core/account.js";
import type { FamilyRules, PlaceClass, PlaceRule } from "../core/family.js";
import { ZERO, parseRatio, parseYuan } from "../core/money.js";
import type { Citation } from "../core/types.js";
import { YibaoError } from "../shared/errors.js";
import type { Division } from "./divisions.js";
import { type Registry, cite, citeOf, versionAt } from "./registry.js";
import type { Policy, PolicyVersion } from "./schema.js";

const compiledFamily = new WeakMap<PolicyVersion, FamilyRules>();

/** A version's family-aid rules; POLICY_INCOMPLETE when no source gives them. */
export function familyRules(policy: Policy, version: PolicyVersion): FamilyRules {
  const cached = compiledFamily.get(version);
  if (cached !== undefined) return cached;
  const f = version.family;
  if (f === undefined) {
    throw new YibaoError("POLICY_INCOMPLETE", {
      city: policy.name.zh,
      cityId: policy.id,
      version: version.id,
      fields: ["family"],
      notes: version.missing.filter((m) => m.field === "family").map((m) => m.note),
    });
  }
  const c = (v: { source?: { ref: string; quote: string } | undefined; interpretation?: string | undefined }) => citeOf(policy, v);
  const place = (key: PlaceClass): PlaceRule | undefined => {
    const p = f.places[key];
    return p === undefined
      ? undefined
      : { allowed: p.allowed, allOrNothing: p.allOrNothing, memberSchemes: p.memberSchemes ?? null, walletOpen: p.walletOpen === undefined ? null : c(p.walletOpen), cite: c(p) };
  };
  const places: Partial<Record<PlaceClass, PlaceRule>> = {};
  for (const key of ["same-city", "same-province", "other-province"] as const) {
    const rule = place(key);
    if (rule !== undefined) places[key] = rule;
  }
  const reserve = f.reserve === undefined ? null : { value: parseYuan(f.reserve.value) ?? ZERO, cite: c(f.reserve) };
  const rules: FamilyRules = {
    name: f.scope === undefined ? { zh: policy.name.zh, en: policy.name.pinyin } : { zh: policy.province.zh, en: policy.province.en },
    provinceWide: f.scope === undefined ? null : c(f.scope),
    relations: f.relations.value,
    relationsCite: c(f.relations),
    memberSchemes: f.memberSchemes.value,
    memberSchemesCite: c(f.memberSchemes),
    reserve,
    limit: { kind: f.limit.value, cite: c(f.limit) },
    ownAccountFirst: c(f.ownAccountFirst),
    places,
    treatmentInProvince: f.treatment === undefined ? null : c(f.treatment),
    uses: f.uses.map((u) => ({ use: u.use, cite: c(u) })),
  };
  compiledFamily.set(version, rules);
  return rules;
}

/**
 * Where account and family money may pay only at designated facilities and pharmacies: the family
 * rules' own clause where there is one (山西), else what they say the money pays for at a designated
 * facility.
 */
export function designatedOnlyCite(policy: Policy, version: PolicyVersion): Citation | undefined {
  const f = version.family;
  if (f === undefined) return undefined;
  if (f.designatedOnly !== undefined) return citeOf(policy, f.designatedOnly);
  const medical = f.uses.find((u) => u.use === "medical");
  return medical === undefined ? undefined : citeOf(policy, medical);
}

/** Where account and family money may pay only the in-policy part (I6), when the policy says. */
export function inPolicyOnlyCite(policy: Policy, version: PolicyVersion): Citation | undefined {
  const a = version.account;
  return a === undefined ? undefined : citeOf(policy, a.inPolicyOnly);
}

/** How a member of this kind and plan is credited; `unstated` when no source says. */
export function creditOf(policy: Policy, version: PolicyVersion, member: MemberKind, plan: Plan): Credit {
  const entry = version.account?.credits.find((e) => e.members.includes(member) && e.plans.includes(plan));
  if (entry === undefined) return { kind: "unstated" };
  const credit = entry.credit;
  switch (credit.kind) {
    case "none":
      return {
        kind: "none",
        cite: citeOf(policy, credit),
        pooling: entry.pooling === undefined ? null : cite(policy, entry.pooling.source, undefined, entry.pooling),
      };
    case "base-share":
      return {
        kind: "base-share",
        share: credit.share.value,
        bp: parseRatio(credit.share.value) ?? 0,
        base: credit.base,
        cite: citeOf(policy, credit.share),
      };
    case "fixed-monthly":
      return { kind: "fixed-monthly", monthly: parseYuan(credit.monthly.value) ?? ZERO, cite: citeOf(policy, credit.monthly) };
    case "not-given":
      return { kind: "not-given", note: credit.note, cite: cite(policy, credit.source, undefined, credit) };
  }
}

/** 同一城市, 省内其他城市 or 外省, from the account holder's city to the relative's. */
export function placeClass(authorizer: Division, member: Division): PlaceClass {
  if (authorizer.code === member.code) return "same-city";
  return authorizer.province.code === member.province.code ? "same-province" : "other-province";
}

/** The family-aid rules of the policies on file for a place: its city's, or its province's when province-wide. */
function rulesFor(registry: Registry, place: Division, date: string): FamilyRules[] {
  const rules: FamilyRules[] = [];
  for (const policy of registry.policies) {
    const inCity = policy.adminCode === place.code;
    if (!inCity && policy.province.code !== place.province.code) continue;
    const version = versionAt(policy, date);
    if (version?.family === undefined) continue;
    if (inCity || version.family.scope !== undefined) rules.push(familyRules(policy, version));
  }
  return rules;
}

/**
 * The family-aid rules that govern a binding: those on file for the account holder's city (or
 * province, for province-wide rules) first, then those for the relative's. Every one of them must
 * allow the binding. `own` is the policy the question was asked under; when no rules are on file
 * for either place, its missing family rules are the answer (POLICY_INCOMPLETE).
 */
export function governingFamilyRules(
  registry: Registry,
  authorizer: Division,
  member: Division,
  date: string,
  own: { readonly policy: Policy; readonly version: PolicyVersion },
): FamilyRules[] {
  const rules = [...new Set([...rulesFor(registry, authorizer, date), ...rulesFor(registry, member, date)])];
  return rules.length > 0 ? rules : [familyRules(own.policy, own.version)];
}
