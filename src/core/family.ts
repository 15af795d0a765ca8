/**
 * Who pays the self-paid part of a visit: the person's own personal account (个人账户), then one
 * relative's account through family mutual aid (家庭共济), then cash. Pure: the rules come compiled
 * from the policy files, the facts (relationship, where each side is insured) from the caller.
 */
import * as f from "./facts.js";
import { type Fen, maxFen, minFen } from "./money.js";
import type { Citation, PlaceClass, Reason, Relation, Scheme } from "./types.js";

export type { PlaceClass, Relation, Scheme };

/** If A is B's parent, B is A's child. */
export function inverseRelation(relation: Relation): Relation {
  switch (relation) {
    case "spouse":
    case "sibling":
      return relation;
    case "parent":
      return "child";
    case "child":
      return "parent";
    case "grandparent":
      return "grandchild";
    case "grandchild":
      return "grandparent";
    case "maternal-grandparent":
      return "maternal-grandchild";
    case "maternal-grandchild":
      return "maternal-grandparent";
    case "parent-in-law":
      return "child-in-law";
    case "child-in-law":
      return "parent-in-law";
  }
}

export interface PlaceRule {
  readonly allowed: boolean;
  /** The shareable balance must cover the whole amount due, or aid pays nothing (余额必须足够支付). */
  readonly allOrNothing: boolean;
  /** Schemes the relative must be in for this place, when narrower than the general rule. */
  readonly memberSchemes: readonly Scheme[] | null;
  /** Allowed only where both places have opened 医保钱包 (松原). */
  readonly walletOpen: Citation | null;
  readonly cite: Citation;
}

/** One city's (or province's) family-aid rules, compiled from a policy file. */
export interface FamilyRules {
  /** Whose rules these are, for messages: 吕梁市 / Lüliang. */
  readonly name: { readonly zh: string; readonly en: string };
  /** Set when the rules are the province's and hold for any account holder in it. */
  readonly provinceWide: Citation | null;
  readonly relations: readonly Relation[];
  readonly relationsCite: Citation;
  readonly memberSchemes: readonly Scheme[];
  readonly memberSchemesCite: Citation;
  /** Only the balance above this may be shared. */
  readonly reserve: { readonly value: Fen; readonly cite: Citation } | null;
  /** What the limit set by the account holder means: per payment, or a running total. */
  readonly limit: { readonly kind: "per-payment" | "total"; readonly cite: Citation };
  readonly ownAccountFirst: Citation;
  readonly places: Readonly<Partial<Record<PlaceClass, PlaceRule>>>;
  /** Family money pays only for treatment inside the account holder's province. */
  readonly treatmentInProvince: Citation | null;
  /** What the money may pay for: medical costs, contributions, … */
  readonly uses: readonly { readonly use: string; readonly cite: Citation }[];
}

/** The facts about one binding. */
export interface FamilyFacts {
  /** Who the relative using the money is to the account holder. */
  readonly relation: Relation;
  readonly memberScheme: Scheme;
  readonly place: PlaceClass;
  /** Whether the treatment takes place in the account holder's province; null when the place of treatment is not known. */
  readonly treatmentInAuthorizerProvince: boolean | null;
  /** Whether both people's places have opened 医保钱包, as the person says; null when not said. */
  readonly walletsOpen: boolean | null;
}

/** Whether family money may pay, and the bounds it pays within, under every rule that governs. */
export interface FamilyDecision {
  readonly allowed: boolean;
  /** Refusals when not allowed; the rules that allow it otherwise. */
  readonly reasons: readonly Reason[];
  readonly reserve: { readonly value: Fen; readonly cite: Citation } | null;
  readonly limit: { readonly kind: "per-payment" | "total"; readonly cite: Citation };
  readonly allOrNothing: Citation | null;
  readonly ownAccountFirst: Citation;
}

/**
 * Decides a binding under several sets of rules (the relative's city's and the account holder's,
 * when both are known): every set must allow it. The first set is the one whose limit and
 * own-account rule apply when the others do not say otherwise; pass the account holder's first.
 */
export function decideFamily(governing: readonly FamilyRules[], facts: FamilyFacts): FamilyDecision {
  const first = governing[0];
  if (first === undefined) throw new Error("decideFamily needs at least one set of rules");
  const refusals: Reason[] = [];
  const grounds: Reason[] = [];
  let reserve: FamilyDecision["reserve"] = null;
  let allOrNothing: Citation | null = null;
  for (const rules of governing) {
    const who = f.name(rules.name);
    if (!rules.relations.includes(facts.relation)) {
      refusals.push({
        code: "FAMILY_RELATION_REFUSED",
        params: { relation: f.relation(facts.relation), allowed: f.relations(rules.relations), rules: who },
        cite: rules.relationsCite,
      });
    } else {
      grounds.push({ code: "FAMILY_RELATION_ALLOWED", params: { relation: f.relation(facts.relation), rules: who }, cite: rules.relationsCite });
    }
    const place = rules.places[facts.place];
    const schemes = place?.memberSchemes ?? rules.memberSchemes;
    if (!schemes.includes(facts.memberScheme)) {
      refusals.push({
        code: "FAMILY_SCHEME_REFUSED",
        params: { scheme: f.scheme(facts.memberScheme), allowed: f.schemes(schemes), place: f.placeClass(facts.place), rules: who },
        cite: place?.memberSchemes === undefined || place.memberSchemes === null ? rules.memberSchemesCite : place.cite,
      });
    }
    if (place === undefined && facts.place === "other-province") {
      // No source allows aid across provinces; a policy file may.
      refusals.push({ code: "FAMILY_PLACE_NO_SOURCE", params: { place: f.placeClass(facts.place), rules: who } });
    } else if (place === undefined) {
      grounds.push({ code: "FAMILY_PLACE_UNSTATED", params: { place: f.placeClass(facts.place), rules: who } });
    } else if (!place.allowed) {
      refusals.push({ code: "FAMILY_PLACE_REFUSED", params: { place: f.placeClass(facts.place), rules: who }, cite: place.cite });
    } else {
      grounds.push({ code: "FAMILY_PLACE_ALLOWED", params: { place: f.placeClass(facts.place), rules: who }, cite: place.cite });
      if (place.walletOpen !== null) {
        if (facts.walletsOpen === true) grounds.push({ code: "FAMILY_WALLET_OPEN", params: { rules: who }, cite: place.walletOpen });
        else refusals.push({ code: "FAMILY_WALLET_UNCONFIRMED", params: { rules: who }, cite: place.walletOpen });
      }
      if (place.allOrNothing) allOrNothing ??= place.cite;
    }
    if (rules.treatmentInProvince !== null && facts.treatmentInAuthorizerProvince !== true) {
      const code = facts.treatmentInAuthorizerProvince === null ? "FAMILY_TREATMENT_UNKNOWN" : "FAMILY_TREATMENT_REFUSED";
      refusals.push({ code, params: { rules: who }, cite: rules.treatmentInProvince });
    }
    if (rules.reserve !== null && (reserve === null || rules.reserve.value > reserve.value)) reserve = rules.reserve;
  }
  return {
    allowed: refusals.length === 0,
    reasons: refusals.length === 0 ? grounds : refusals,
    reserve,
    limit: first.limit,
    allOrNothing,
    ownAccountFirst: first.ownAccountFirst,
  };
}


