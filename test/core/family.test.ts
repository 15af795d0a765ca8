/** Who pays the self-paid part: invariants for random balances and rules, and the decision rules. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FamilyDecision, type FamilyRules, type Relation, decideFamily, inverseRelation } from "../../src/core/family.js";
import { payVisit } from "../../src/core/steps/waterfall.js";
import { loadRegistry } from "../../src/policy/load.js";
import { familyRules } from "../../src/policy/family.js";
import { relationSchema } from "../../src/policy/schema.js";

const registry = loadRegistry();
const rulesOf = (id: string): FamilyRules => {
  const policy = registry.policies.find((p) => p.id === id);
  const version = policy?.versions.at(-1);
  if (policy === undefined || version === undefined) throw new Error(id);
  return familyRules(policy, version);
};
/** Every city whose sources give family aid (the others list it as missing). */
const everyCity = registry.policies.filter((p) => p.versions.at(-1)?.family !== undefined).map((p) => rulesOf(p.id));

const RELATIONS: readonly Relation[] = relationSchema.options;

const decision = fc
  .record({
    rules: fc.constantFrom(...everyCity),
    relation: fc.constantFrom(...RELATIONS),
    place: fc.constantFrom("same-city" as const, "same-province" as const, "other-province" as const),
    inProvince: fc.boolean(),
  })
  .map(({ rules, relation, place, inProvince }): FamilyDecision =>
    decideFamily([rules], { relation, memberScheme: "employee", place, treatmentInAuthorizerProvince: inProvince, walletsOpen: null }),
  );
const fen = (max: number) => fc.integer({ min: 0, max });

describe("payment invariants", () => {
  it("accountPaid + familyPaid + cashPaid = selfPaid; account and family pay only the in-policy part, within their balances and limits", () => {
    fc.assert(
      fc.property(
        fen(500_000),
        fen(100),
        fc.option(fen(300_000)),
        fc.option(fc.record({ balance: fen(500_000), limitLeft: fc.option(fen(200_000)), decision })),
        fc.boolean(),
        (selfPaid, excludedShare, account, family, designated) => {
          const excluded = Math.floor((selfPaid * excludedShare) / 100);
          const p = payVisit(selfPaid, excluded, { account, family }, { designated });
          // At a facility that is not designated, neither account nor family money pays.
          if (!designated) expect(p.cashPaid).toBe(selfPaid);
          expect(p.accountPaid + p.familyPaid + p.cashPaid).toBe(selfPaid);
          expect(p.accountPaid + p.familyPaid).toBeLessThanOrEqual(selfPaid - excluded);
          expect(p.cashPaid).toBeGreaterThanOrEqual(excluded);
          expect(Math.min(p.accountPaid, p.familyPaid, p.cashPaid)).toBeGreaterThanOrEqual(0);
          expect(p.accountPaid).toBeLessThanOrEqual(account ?? 0);
          if (family === null) {
            expect(p.familyPaid).toBe(0);
            return;
          }
          const d = family.decision;
          if (!d.allowed) expect(p.familyPaid).toBe(0);
          expect(p.familyPaid).toBeLessThanOrEqual(Math.max(0, family.balance - (d.reserve?.value ?? 0)));
          if (family.limitLeft !== null) expect(p.familyPaid).toBeLessThanOrEqual(family.limitLeft);
          // Own account first: family money only once the own account is empty or has paid all.
          if (p.familyPaid > 0) expect(p.accountPaid === (account ?? 0) || p.accountPaid === selfPaid - excluded).toBe(true);
          // All or nothing: either everything left after the own account, or nothing.
          if (d.allOrNothing !== null) expect([0, selfPaid - excluded - p.accountPaid]).toContain(p.familyPaid);
          expect(p.after.family?.balance).toBe(family.balance - p.familyPaid);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("relations", () => {
  it("inverting twice gives the relation back", () => {
    for (const r of RELATIONS) expect(inverseRelation(inverseRelation(r))).toBe(r);
  });

  it("every city's list of relations holds both directions of each pair", () => {
    for (const rules of everyCity) {
      for (const r of rules.relations) expect(rules.relations, rules.name.en).toContain(inverseRelation(r));
    }
  });
});

describe("decisions under several cities' rules", () => {
  const facts = { relation: "sibling" as const, memberScheme: "employee" as const, place: "other-province" as const, treatmentInAuthorizerProvince: false, walletsOpen: true };

  it("Songyuan allows a sibling in another province once both places have opened the 医保钱包; with Anshan's rules as well it is refused", () => {
    expect(decideFamily([rulesOf("songyuan")], facts).allowed).toBe(true);
    const unstated = decideFamily([rulesOf("songyuan")], { ...facts, walletsOpen: null });
    expect(unstated.reasons.map((r) => r.code)).toEqual(["FAMILY_WALLET_UNCONFIRMED"]);
    const both = decideFamily([rulesOf("songyuan"), rulesOf("anshan")], facts);
    expect(both.allowed).toBe(false);
    expect(both.reasons.map((r) => r.code)).toEqual(["FAMILY_RELATION_REFUSED", "FAMILY_PLACE_REFUSED"]);
  });

  it("the reserve is the highest of the governing rules, the limit the account holder's", () => {
    const d = decideFamily([rulesOf("songyuan"), rulesOf("lvliang")], { ...facts, relation: "spouse", place: "same-province", treatmentInAuthorizerProvince: true, walletsOpen: null });
    expect(d.reserve?.value).toBe(100_000);
    expect(d.limit.kind).toBe("total");
  });

  it("Liaoning cross-city aid needs the relative in employee insurance", () => {
    const d = decideFamily([rulesOf("anshan")], { relation: "child", memberScheme: "resident", place: "same-province", treatmentInAuthorizerProvince: true, walletsOpen: null });
    expect(d.reasons.map((r) => r.code)).toEqual(["FAMILY_SCHEME_REFUSED"]);
    const sameCity = decideFamily([rulesOf("anshan")], { relation: "child", memberScheme: "resident", place: "same-city", treatmentInAuthorizerProvince: true, walletsOpen: null });
    expect(sameCity.allowed).toBe(true);
  });
});
