/**
 * Visits outside the insured city (异地就医): whether the insured city pays for them at all, and how
 * they are settled (directly at the facility, or paid in full and reimbursed back home). The amounts
 * themselves are settled by `settle.ts` under the insured city's rules, sharing the year's totals.
 */
import * as f from "./facts.js";
import type { Fen } from "./money.js";
import type { Reason, Rules, Settlement, SettlementAction, Visit } from "./types.js";

/**
 * The coverage of a visit elsewhere. Returns a refusal when the insured city does not pay for this
 * kind of visit; otherwise notes why it is paid and whether the emergency exception still holds there.
 */
export function placeCoverage(rules: Rules, visit: Visit, notes: Reason[]): { refusal: Reason | null; emergencyException: boolean } {
  const emergencyException = rules.designation.emergencyException;
  if (visit.place === "local") return { refusal: null, emergencyException };
  const cross = rules.crossRegion;
  if (cross === null) return { refusal: { code: "PLACE_RULES_MISSING", params: { place: f.place(visit.place) } }, emergencyException };
  const rule = cross.places[visit.place];
  if (!rule.covered) return { refusal: { code: "PLACE_NOT_COVERED", params: { place: f.place(visit.place) }, cite: rule.cite }, emergencyException };
  notes.push({ code: "PLACE_COVERED", params: { place: f.place(visit.place) }, cite: rule.cite });
  if (rule.designatedOnly !== null && !visit.designated) {
    return { refusal: { code: "NOT_DESIGNATED_ELSEWHERE", params: { place: f.place(visit.place) }, cite: rule.designatedOnly }, emergencyException: false };
  }
  notes.push({
    code: cross.amounts.value === "insured" ? "AMOUNTS_INSURED_PLACE" : "AMOUNTS_TREATMENT_PLACE",
    params: { place: f.place(visit.place) },
    cite: cross.amounts.cite,
  });
  return { refusal: null, emergencyException };
}


/**
 * How a visit is settled, with the reasons: a local visit as usual; a visit elsewhere directly when
 * every condition the insured city sets is met, otherwise paid in full and reimbursed back home.
 */
export function settlementOf(
  rules: Rules,
  visit: Visit,
  outcome: { readonly covered: boolean; readonly fundPaid: Fen; readonly selfPaid: Fen },
  reasons: Reason[],
): Settlement {
  if (visit.place === "local") return { mode: "local", atCounter: outcome.selfPaid, reimbursedLater: 0, actions: [] };
  if (!outcome.covered) {
    const elsewhereOnly = reasons.some((r) => r.code === "NOT_DESIGNATED_ELSEWHERE");
    return { mode: "none", atCounter: visit.amount, reimbursedLater: 0, actions: elsewhereOnly ? ["USE_DESIGNATED"] : [] };
  }
  const s = rules.crossRegion?.settlement ?? null;
  if (s === null) {
    reasons.push({ code: "SETTLEMENT_UNSTATED", params: { place: f.place(visit.place) } });
    return { mode: "unstated", atCounter: null, reimbursedLater: null, actions: ["ASK_AGENCY", "KEEP_RECEIPTS"] };
  }
  const unmet: Reason[] = [];
  if (s.minLevel !== null && visit.level < s.minLevel.level) {
    unmet.push({ code: "DIRECT_NEEDS_LEVEL", params: { level: f.level(visit.level), minLevel: f.level(s.minLevel.level) }, cite: s.minLevel.cite });
  }
  if (s.filing !== null && !visit.filed) unmet.push({ code: "DIRECT_NEEDS_FILING", params: {}, cite: s.filing });
  if (s.facilityOpen !== null && visit.directSettlement === false) {
    unmet.push({ code: "DIRECT_NEEDS_OPEN_FACILITY", params: {}, cite: s.facilityOpen });
  }
  if (unmet.length > 0) {
    reasons.push(...unmet, {
      code: "SETTLEMENT_BY_HAND",
      params: { amount: f.fen(visit.amount), fund: f.fen(outcome.fundPaid) },
      cite: s.byHand,
    });
    const actions: SettlementAction[] = ["KEEP_RECEIPTS", ...(unmet.some((r) => r.code === "DIRECT_NEEDS_FILING") ? (["FILE_FIRST"] as const) : [])];
    return { mode: "by-hand", atCounter: visit.amount, reimbursedLater: outcome.fundPaid, actions };
  }
  if (s.facilityOpen !== null && visit.directSettlement === null) {
    reasons.push({
      code: "SETTLEMENT_IF_OPEN",
      params: { amount: f.fen(visit.amount), self: f.fen(outcome.selfPaid), fund: f.fen(outcome.fundPaid) },
      cite: s.facilityOpen,
    });
    return { mode: "if-open", atCounter: null, reimbursedLater: null, actions: ["CHECK_FACILITY", "KEEP_RECEIPTS"] };
  }
  reasons.push({ code: "SETTLEMENT_DIRECT", params: { self: f.fen(outcome.selfPaid) }, cite: s.direct });
  return { mode: "direct", atCounter: outcome.selfPaid, reimbursedLater: 0, actions: [] };
}
