/** Visits elsewhere: covered or not, and settled directly or by hand, as the insured city's rules say. */
import { describe, expect, it } from "vitest";
import { settleVisit, emptyYear } from "../../src/core/settle.js";
import type { CrossRegionRules, Place, Rules, Visit } from "../../src/core/types.js";
import { amount, cite, testRules } from "./rules.js";

/** 100 deductible per visit, 50%, cap 1000; direct settlement at level 2+, filed, at an open facility. */
const TONGLIAO_LIKE: CrossRegionRules = {
  places: {
    "resident-elsewhere": { covered: true, cite, designatedOnly: null },
    "temporary-elsewhere": { covered: true, cite, designatedOnly: null },
  },
  amounts: { value: "insured", cite },
  settlement: { direct: cite, minLevel: { level: 2, cite }, filing: cite, facilityOpen: cite, byHand: cite },
};

function rules(crossRegion: CrossRegionRules | null): Rules {
  return testRules({ deductible: { amount: amount(10000) }, designation: { required: true, emergencyException: true, cite }, crossRegion });
}

const visit = (over: Partial<Visit> & { place: Place }): Visit => ({
  date: "2025-05-01", level: 2, facility: "hospital", amount: 50000, excluded: 0, designated: true, emergency: false, prescription: true,
  filed: false, directSettlement: null, age: null, conditions: [], classB: 0, ...over,
});

const settle = (r: Rules, v: Visit) => settleVisit(r, "in-service", v, emptyYear(2025));
const codes = (r: ReturnType<typeof settle>) => r.reasons.list().map((x) => x.code);

describe("settlement of a 500 visit elsewhere (fund 200, self 300)", () => {
  it("settles directly when filed, at level 2, at an open facility: 300 at the counter, nothing to claim", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "temporary-elsewhere", filed: true, directSettlement: true }));
    expect(r.fundPaid).toBe(20000);
    expect(r.settlement).toEqual({ mode: "direct", atCounter: 30000, reimbursedLater: 0, actions: [] });
    expect(codes(r)).toEqual(expect.arrayContaining(["PLACE_COVERED", "AMOUNTS_INSURED_PLACE", "SETTLEMENT_DIRECT"]));
  });

  it("is paid in full and claimed back home when not filed: 500 at the counter, 200 reimbursed, file first next time", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "resident-elsewhere", filed: false, directSettlement: true }));
    expect(r.fundPaid).toBe(20000);
    expect(r.settlement).toEqual({ mode: "by-hand", atCounter: 50000, reimbursedLater: 20000, actions: ["KEEP_RECEIPTS", "FILE_FIRST"] });
    expect(codes(r)).toEqual(expect.arrayContaining(["DIRECT_NEEDS_FILING", "SETTLEMENT_BY_HAND"]));
  });

  it("is claimed back home at a level-1 facility, filed or not, and says why", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "temporary-elsewhere", level: 1, filed: true, directSettlement: true }));
    expect(r.settlement.mode).toBe("by-hand");
    expect(r.settlement.actions).toEqual(["KEEP_RECEIPTS"]);
    expect(codes(r)).toContain("DIRECT_NEEDS_LEVEL");
    expect(codes(r)).not.toContain("DIRECT_NEEDS_FILING");
  });

  it("is claimed back home at a facility not open for direct settlement, with every unmet condition listed", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "temporary-elsewhere", level: 1, filed: false, directSettlement: false }));
    expect(codes(r)).toEqual(expect.arrayContaining(["DIRECT_NEEDS_LEVEL", "DIRECT_NEEDS_FILING", "DIRECT_NEEDS_OPEN_FACILITY", "SETTLEMENT_BY_HAND"]));
  });

  it("depends on the facility when it is not known whether it is open: neither counter amount is certain", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "temporary-elsewhere", filed: true, directSettlement: null }));
    expect(r.settlement).toEqual({ mode: "if-open", atCounter: null, reimbursedLater: null, actions: ["CHECK_FACILITY", "KEEP_RECEIPTS"] });
  });

  it("is unstated when the rules give no settlement conditions, and the amounts are the same", () => {
    const r = settle(rules({ ...TONGLIAO_LIKE, settlement: null }), visit({ place: "resident-elsewhere" }));
    expect(r.fundPaid).toBe(20000);
    expect(r.settlement.mode).toBe("unstated");
  });

  it("a local visit is settled locally whatever the cross-region rules", () => {
    const r = settle(rules(TONGLIAO_LIKE), visit({ place: "local", level: 1 }));
    expect(r.settlement).toEqual({ mode: "local", atCounter: 30000, reimbursedLater: 0, actions: [] });
    expect(codes(r)).not.toContain("PLACE_COVERED");
  });
});

describe("coverage elsewhere", () => {
  it("a kind of visit the city does not pay is wholly self-paid", () => {
    const r = settle(rules({ ...TONGLIAO_LIKE, places: { ...TONGLIAO_LIKE.places, "temporary-elsewhere": { covered: false, cite, designatedOnly: null } } }), visit({ place: "temporary-elsewhere" }));
    expect(r.covered).toBe(false);
    expect(r.selfPaid).toBe(50000);
    expect(r.settlement.mode).toBe("none");
  });

  it("without cross-region rules a visit elsewhere is refused, not guessed", () => {
    const r = settle(rules(null), visit({ place: "resident-elsewhere" }));
    expect(r.covered).toBe(false);
    expect(codes(r)).toEqual(["PLACE_RULES_MISSING"]);
  });

  it("designated-only elsewhere overrides the local emergency exception", () => {
    const strict: CrossRegionRules = { ...TONGLIAO_LIKE, places: { ...TONGLIAO_LIKE.places, "resident-elsewhere": { covered: true, cite, designatedOnly: cite } } };
    const elsewhere = settle(rules(strict), visit({ place: "resident-elsewhere", designated: false, emergency: true }));
    expect(elsewhere.covered).toBe(false);
    expect(codes(elsewhere)).toEqual(["NOT_DESIGNATED_ELSEWHERE"]);
    expect(elsewhere.settlement.actions).toEqual(["USE_DESIGNATED"]);
    const atHome = settle(rules(strict), visit({ place: "local", designated: false, emergency: true }));
    expect(atHome.covered).toBe(true);
  });
});
