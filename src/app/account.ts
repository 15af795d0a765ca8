/**
 * `yibao account`: what goes into a person's personal account each month and each year, and
 * whether they have one at all.
 */
import { arg } from "../shared/errors.js";
import { type Credit, MONTHS_PER_YEAR, type MemberKind, type Plan, monthlyCredit } from "../core/account.js";
import { type Fen, fen } from "../core/money.js";
import { creditOf } from "../policy/family.js";
import { parseDate, parseMemberKind, parseMoney, parsePlan } from "../policy/inputs.js";
import { type Registry, findCity, versionOn } from "../policy/registry.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";

export interface AccountRequest {
  readonly city: string;
  readonly type: string;
  readonly plan?: string | undefined;
  /** The monthly base the share is taken of (月缴费基数, or what the city names). */
  readonly base?: string | undefined;
  readonly date: string;
}

export interface AccountInfo {
  readonly policy: Policy;
  readonly version: PolicyVersion;
  readonly member: MemberKind;
  readonly plan: Plan;
  readonly credit: Credit;
  readonly base: Fen | null;
  /** true: has an account; false: none (pooling only); null: no source says. */
  readonly hasAccount: boolean | null;
  readonly monthly: Fen | null;
  readonly yearly: Fen | null;
  /** A base was given but the rule does not use one. */
  readonly baseUnused: boolean;
}

export function accountInfo(registry: Registry, request: AccountRequest): AccountInfo {
  const policy = findCity(registry, request.city);
  const version = versionOn(policy, parseDate(request.date));
  const member = parseMemberKind(request.type, arg("type"));
  const plan = request.plan === undefined ? "combined" : parsePlan(request.plan, arg("plan"));
  const base = request.base === undefined ? null : parseMoney(request.base, arg("base"));
  const credit = creditOf(policy, version, member, plan);
  const monthly = monthlyCredit(credit, base);
  return {
    policy,
    version,
    member,
    plan,
    credit,
    base,
    hasAccount: credit.kind === "unstated" ? null : credit.kind !== "none",
    monthly,
    yearly: monthly === null ? null : fen(monthly * MONTHS_PER_YEAR),
    baseUnused: base !== null && credit.kind !== "base-share",
  };
}
