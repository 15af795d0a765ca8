/**
 * `yibao family`: may an account holder bind this relative, and what may the money pay for.
 */
import { arg } from "../shared/errors.js";
import { type FamilyDecision, type FamilyRules, type PlaceClass, type Relation, type Scheme, decideFamily } from "../core/family.js";
import type { Division } from "../policy/divisions.js";
import { governingFamilyRules, placeClass } from "../policy/family.js";
import { parseDate, parseRelation, parseScheme } from "../policy/inputs.js";
import { type Registry, findCity, versionOn } from "../policy/registry.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";
import { divisionOf, findPlace } from "../policy/places.js";

export interface FamilyRequest {
  /** The account holder's insured city. */
  readonly city: string;
  /** Who the relative is to the account holder. */
  readonly relation: string;
  /** The relative's insured city; the account holder's when absent. */
  readonly memberCity?: string | undefined;
  readonly memberScheme?: string | undefined;
  /** Both places have opened 医保钱包, as the person says. */
  readonly walletOpen?: boolean | undefined;
  readonly date: string;
}

export interface FamilyCheck {
  readonly policy: Policy;
  readonly version: PolicyVersion;
  readonly relation: Relation;
  readonly authorizer: Division;
  readonly member: Division;
  readonly memberScheme: Scheme;
  readonly place: PlaceClass;
  readonly decision: FamilyDecision;
  /** The rules that decided, the account holder's first. */
  readonly governing: readonly FamilyRules[];
}

export function checkFamily(registry: Registry, request: FamilyRequest): FamilyCheck {
  const policy = findCity(registry, request.city);
  const date = parseDate(request.date);
  const version = versionOn(policy, date);
  const relation = parseRelation(request.relation, arg("relation"));
  const memberScheme = request.memberScheme === undefined ? "employee" : parseScheme(request.memberScheme, arg("memberScheme"));
  const authorizer = divisionOf(policy);
  const member = request.memberCity === undefined ? authorizer : findPlace(registry, request.memberCity, arg("memberCity"));
  const governing = governingFamilyRules(registry, authorizer, member, date, { policy, version });
  const place = placeClass(authorizer, member);
  const decision = decideFamily(governing, {
    relation,
    memberScheme,
    place,
    // The relative uses the money where they are insured.
    treatmentInAuthorizerProvince: member.province.code === authorizer.province.code,
    walletsOpen: request.walletOpen ?? null,
  });
  return { policy, version, relation, authorizer, member, memberScheme, place, decision, governing };
}
