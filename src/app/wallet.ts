/**
 * A person's balances across visits: their own personal account and one relative's account bound
 * through family mutual aid. Each visit may state a balance or a family field afresh (a statement
 * after a monthly credit, a new binding); otherwise what was left after the previous visit carries.
 */
import type { ResolvedPlace } from "./cross-region.js";
import { type Relation, decideFamily, inverseRelation } from "../core/family.js";
import { type Payment, type Wallet, payVisit } from "../core/steps/waterfall.js";
import type { Ledger } from "../core/ledger.js";
import type { VisitResult } from "../core/types.js";
import { ZERO } from "../core/money.js";
import { type Field, YibaoError } from "../shared/errors.js";
import type { Division } from "../policy/divisions.js";
import { divisionOf, findPlace } from "../policy/places.js";
import { designatedOnlyCite, governingFamilyRules, inPolicyOnlyCite, placeClass } from "../policy/family.js";
import { parseMoney, parseRelation } from "../policy/inputs.js";
import type { Registry } from "../policy/registry.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";

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
  /** Both places have opened 医保钱包 (where a city allows aid between two places only then). */
  readonly familyWalletOpen?: boolean | undefined;
}

const FIELDS = ["account", "familyBalance", "familyRelation", "familyCity", "familyLimit", "familyWalletOpen"] as const;

/** Whether an input states any balance at all. */
export function hasWalletInput(input: WalletInput): boolean {
  return FIELDS.some((f) => input[f] !== undefined);
}

/** Who shares their account with the person; the balance and the limit left are in the ledger. */
interface Binding {
  /** Who the account holder is to the person, as typed. */
  readonly relation: Relation;
  readonly city: Division | undefined;
  /** Both places have opened 医保钱包, as stated; null when not said. */
  readonly walletsOpen: boolean | null;
}

/** A field of the request itself (`arg`) or of an input record (`rec`). */
export type FieldOf = (name: (typeof FIELDS)[number]) => Field;

/**
 * The person's balances in their ledger, and who shares an account with them: each visit may state
 * a balance or a family field afresh; otherwise what was left after the previous visit carries.
 */
export class WalletTracker {
  private binding: Binding | undefined;
  private readonly places = new Map<string, Division>();

  constructor(
    private readonly registry: Registry,
    /** The insured city of the person whose balances these are. */
    readonly policy: Policy,
    private readonly ledger: Ledger,
  ) {}

  /** Takes the balances a visit states; the rest carry from the previous visit. Nothing changes on an error. */
  update(input: WalletInput, name: FieldOf): void {
    const account = input.account === undefined ? this.ledger.account : parseMoney(input.account, name("account"));
    const familyGiven = FIELDS.some((f) => f !== "account" && input[f] !== undefined);
    let binding = this.binding;
    let family = this.ledger.family;
    if (familyGiven) {
      const balance = input.familyBalance === undefined ? family?.balance : parseMoney(input.familyBalance, name("familyBalance"));
      const relation = input.familyRelation === undefined ? binding?.relation : parseRelation(input.familyRelation, name("familyRelation"));
      const city = input.familyCity === undefined ? binding?.city : this.place(input.familyCity, name("familyCity"));
      const limitLeft = input.familyLimit === undefined ? (family?.limitLeft ?? null) : parseMoney(input.familyLimit, name("familyLimit"));
      const missing = [...(balance === undefined ? [name("familyBalance")] : []), ...(relation === undefined ? [name("familyRelation")] : [])];
      if (balance === undefined || relation === undefined) throw new YibaoError("FAMILY_INCOMPLETE", { missing });
      const walletsOpen = input.familyWalletOpen ?? binding?.walletsOpen ?? null;
      binding = { relation, city, walletsOpen };
      family = { balance, limitLeft };
    }
    this.ledger.account = account;
    this.ledger.family = family;
    this.binding = binding;
  }

  /** Splits what the person pays for a settled visit; the ledger books the balances left. */
  pay(version: PolicyVersion, result: VisitResult, where: ResolvedPlace): Payment {
    const b = this.binding;
    const held = this.ledger.family;
    const member = divisionOf(this.policy);
    let family: Wallet["family"] = null;
    if (b !== undefined && held !== null) {
      const authorizer = b.city ?? member;
      const province = treatmentProvince(where, member);
      const governing = governingFamilyRules(this.registry, authorizer, member, result.visit.date, { policy: this.policy, version });
      const decision = decideFamily(governing, {
        relation: inverseRelation(b.relation),
        memberScheme: "employee",
        place: placeClass(authorizer, member),
        treatmentInAuthorizerProvince: province === null ? null : province === authorizer.province.code,
        walletsOpen: b.walletsOpen,
      });
      family = { balance: held.balance, limitLeft: held.limitLeft, decision };
    }
    return payVisit(result.selfPaid, result.excluded, { account: this.ledger.account, family }, {
      inPolicyOnly: inPolicyOnlyCite(this.policy, version),
      designatedOnly: designatedOnlyCite(this.policy, version),
      designated: result.visit.designated,
    }, result.accountFirst ?? ZERO);
  }

  private place(value: string, field: Field): Division {
    const cached = this.places.get(value);
    if (cached !== undefined) return cached;
    const found = findPlace(this.registry, value, field);
    this.places.set(value, found);
    return found;
  }
}

/** The province of treatment: the person's own for a local visit; unknown for a visit elsewhere with no city given. */
function treatmentProvince(where: ResolvedPlace, member: Division): string | null {
  if (where.treatment !== null) return where.treatment.province.code;
  return where.place === "local" ? member.province.code : null;
}

/** A payment of nothing, when no balance was given: the person pays all of it. */
export function cashOnly(result: VisitResult): Payment {
  return payVisit(result.selfPaid, result.excluded, { account: null, family: null }, { designated: result.visit.designated }, result.accountFirst ?? ZERO);
}
