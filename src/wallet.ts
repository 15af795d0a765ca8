/**
 * A person's balances across visits: their own personal account and one relative's account bound
 * through family mutual aid. Each visit may state a balance or a family field afresh (a statement
 * after a monthly credit, a new binding); otherwise what was left after the previous visit carries.
 */
import type { ResolvedPlace } from "./cross-region.js";
import { type Payment, type Relation, type Wallet, decideFamily, inverseRelation, payVisit } from "./core/family.js";
import type { Fen } from "./core/money.js";
import type { VisitResult } from "./core/types.js";
import { YibaoError } from "./errors.js";
import { type Division, divisionByCode, findDivision } from "./policy/divisions.js";
import { governingFamilyRules, inPolicyOnlyCite, placeClass } from "./policy/family.js";
import { parseMoney, parseRelation } from "./policy/inputs.js";
import { type Registry, lookupCity } from "./policy/registry.js";
import type { Policy, PolicyVersion } from "./policy/schema.js";

/** The balance fields of a visit, as typed (`--account`, `familyBalance`, …). */
export interface WalletInput {
  readonly account?: string | number | undefined;
  readonly familyBalance?: string | number | undefined;
  /** Who the account holder is to the person visiting: 父母 when a parent pays. */
  readonly familyRelation?: string | undefined;
  /** Where the account holder is insured; the person's own city when absent. */
  readonly familyCity?: string | undefined;
  /** The limit the account holder set: per payment, or a total, as the city's rules say. */
  readonly familyLimit?: string | number | undefined;
}

const FIELDS = ["account", "familyBalance", "familyRelation", "familyCity", "familyLimit"] as const;

/** Whether an input states any balance at all. */
export function hasWalletInput(input: WalletInput): boolean {
  return FIELDS.some((f) => input[f] !== undefined);
}

interface Binding {
  balance: Fen | undefined;
  /** Who the account holder is to the person, as typed. */
  relation: Relation | undefined;
  city: Division | undefined;
  limit: Fen | null;
  limitLeft: Fen | null;
}

/** Option names on the command line, field names in a file. */
export type FieldName = (field: (typeof FIELDS)[number]) => string;
/** A field's option on the command line: `treatmentCity` → `--treatment-city`. */
export const optionName = (field: string): string => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
export const optionNames: FieldName = optionName;
export const fileFields: FieldName = (f) => f;

export class WalletTracker {
  private account: Fen | null = null;
  private binding: Binding | undefined;
  private readonly places = new Map<string, Division>();

  constructor(
    private readonly registry: Registry,
    /** The insured city of the person whose balances these are. */
    readonly policy: Policy,
  ) {}

  /** Takes the balances a visit states; the rest carry from the previous visit. Nothing changes on an error. */
  update(input: WalletInput, name: FieldName): void {
    const account = input.account === undefined ? this.account : parseMoney(input.account, name("account"));
    const familyGiven = FIELDS.some((f) => f !== "account" && input[f] !== undefined);
    let binding = this.binding;
    if (familyGiven) {
      const b: Binding = { ...(this.binding ?? { balance: undefined, relation: undefined, city: undefined, limit: null, limitLeft: null }) };
      if (input.familyBalance !== undefined) b.balance = parseMoney(input.familyBalance, name("familyBalance"));
      if (input.familyRelation !== undefined) b.relation = parseRelation(input.familyRelation, name("familyRelation"));
      if (input.familyCity !== undefined) b.city = this.place(input.familyCity, name("familyCity"));
      if (input.familyLimit !== undefined) {
        b.limit = parseMoney(input.familyLimit, name("familyLimit"));
        b.limitLeft = b.limit;
      }
      const missing = [...(b.balance === undefined ? [name("familyBalance")] : []), ...(b.relation === undefined ? [name("familyRelation")] : [])];
      if (missing.length > 0) throw new YibaoError("FAMILY_INCOMPLETE", { missing });
      binding = b;
    }
    this.account = account;
    this.binding = binding;
  }

  /** Splits what the person pays for a settled visit, and keeps the balances left. */
  pay(version: PolicyVersion, result: VisitResult, where: ResolvedPlace): Payment {
    const b = this.binding;
    const member = divisionOf(this.policy);
    let family: Wallet["family"] = null;
    if (b?.balance !== undefined && b.relation !== undefined) {
      const authorizer = b.city ?? member;
      const province = treatmentProvince(where, member);
      const governing = governingFamilyRules(this.registry, authorizer, member, result.visit.date, { policy: this.policy, version });
      const decision = decideFamily(governing, {
        relation: inverseRelation(b.relation),
        memberScheme: "employee",
        place: placeClass(authorizer, member),
        treatmentInAuthorizerProvince: province === null ? null : province === authorizer.province.code,
      });
      family = { balance: b.balance, limitLeft: b.limitLeft, decision };
    }
    const payment = payVisit(result.selfPaid, result.excluded, { account: this.account, family }, inPolicyOnlyCite(this.policy, version));
    this.account = payment.after.account;
    if (b !== undefined && payment.after.family !== null) {
      b.balance = payment.after.family.balance;
      b.limitLeft = payment.after.family.limitLeft;
    }
    return payment;
  }

  /** Balances left after the last visit. */
  get balances(): { account: Fen | null; familyBalance: Fen | null; familyLimitLeft: Fen | null } {
    return { account: this.account, familyBalance: this.binding?.balance ?? null, familyLimitLeft: this.binding?.limitLeft ?? null };
  }

  private place(value: string, option: string): Division {
    const cached = this.places.get(value);
    if (cached !== undefined) return cached;
    const found = findPlace(this.registry, value, option);
    this.places.set(value, found);
    return found;
  }
}

/** The province of treatment: the person's own for a local visit; unknown for a visit elsewhere with no city given. */
function treatmentProvince(where: ResolvedPlace, member: Division): string | null {
  if (where.treatment !== null) return where.treatment.province.code;
  return where.place === "local" ? member.province.code : null;
}

/** A place typed by a person: a city on file (by any of its names, pinyin too) or any city of China. */
export function findPlace(registry: Registry, value: string, option: string): Division {
  const onFile = lookupCity(registry, value);
  return (onFile === undefined ? undefined : divisionByCode(onFile.adminCode)) ?? findDivision(value, option);
}

/** The division of a city on file. */
export function divisionOf(policy: Policy): Division {
  const own = divisionByCode(policy.adminCode);
  if (own === undefined) throw new YibaoError("UNKNOWN_PLACE", { option: "adminCode", value: policy.adminCode, province: false });
  return own;
}

/** A payment of nothing, when no balance was given: the person pays all of it. */
export function cashOnly(result: VisitResult): Payment {
  return payVisit(result.selfPaid, result.excluded, { account: null, family: null }, undefined);
}
