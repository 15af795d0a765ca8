/**
 * The settlement mode (结算方式) of a visit: a local visit as usual; a visit elsewhere directly at the
 * facility when every condition the insured city sets is met, otherwise paid in full and reimbursed
 * back home; with what the person pays at the counter and what comes back later.
 */
import * as f from "../facts.js";
import { ZERO } from "../money.js";
import type { CrossRegionRules, PlannedStepOf, Reason, Settlement, SettlementAction } from "../types.js";
import type { Work } from "./work.js";

/**
 * How a visit is settled, with the reasons: a local visit as usual; a visit elsewhere directly when
 * every condition the insured city sets is met, otherwise paid in full and reimbursed back home.
 */
export function settlement(w: Work, { rule: { crossRegion } }: PlannedStepOf<"settlement">): void {
  w.settlement = settlementOf(w, crossRegion);
}

/** No action to take: shared by every visit settled as usual (it is read-only). */
const NO_ACTIONS: readonly SettlementAction[] = Object.freeze([]);

function settlementOf(w: Work, cross: CrossRegionRules | null): Settlement {
  const visit = w.visit;
  const covered = w.refused === null;
  if (visit.place === "local") return { mode: "local", atCounter: covered ? w.selfPaid : visit.amount, reimbursedLater: ZERO, actions: NO_ACTIONS };
  if (!covered) {
    // Refused there before anything else could be (see `coverage`).
    const elsewhereOnly = w.refused === "NOT_DESIGNATED_ELSEWHERE";
    return { mode: "none", atCounter: visit.amount, reimbursedLater: ZERO, actions: elsewhereOnly ? ["USE_DESIGNATED"] : NO_ACTIONS };
  }
  // Null when the caller wants the amounts only.
  const reasons = w.reasons;
  const s = cross?.settlement ?? null;
  if (s === null) {
    reasons?.push({ code: "SETTLEMENT_UNSTATED", params: { place: f.place(visit.place) } });
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
    const fileFirst: SettlementAction[] = unmet.some((r) => r.code === "DIRECT_NEEDS_FILING") ? ["FILE_FIRST"] : [];
    if (s.byHand === null || s.byHand.onlySystemFailure) {
      // The sources give no route for this case: the amounts are what the rules give, nothing is promised.
      reasons?.push(...unmet, { code: "SETTLEMENT_NO_ROUTE", params: { amount: f.fen(visit.amount), fund: f.fen(w.fundPaid) }, ...(s.byHand === null ? {} : { cite: s.byHand.cite }) });
      return { mode: "no-route", atCounter: visit.amount, reimbursedLater: null, actions: [...fileFirst, "ASK_AGENCY", "KEEP_RECEIPTS"] };
    }
    reasons?.push(...unmet, { code: "SETTLEMENT_BY_HAND", params: { amount: f.fen(visit.amount), fund: f.fen(w.fundPaid) }, cite: s.byHand.cite });
    return { mode: "by-hand", atCounter: visit.amount, reimbursedLater: w.fundPaid, actions: ["KEEP_RECEIPTS", ...fileFirst] };
  }
  if (s.facilityOpen !== null && visit.directSettlement === null) {
    reasons?.push({
      code: "SETTLEMENT_IF_OPEN",
      params: { amount: f.fen(visit.amount), self: f.fen(w.selfPaid), fund: f.fen(w.fundPaid) },
      cite: s.facilityOpen,
    });
    return { mode: "if-open", atCounter: null, reimbursedLater: null, actions: ["CHECK_FACILITY", "KEEP_RECEIPTS"] };
  }
  reasons?.push({ code: "SETTLEMENT_DIRECT", params: { self: f.fen(w.selfPaid) }, cite: s.direct });
  return { mode: "direct", atCounter: w.selfPaid, reimbursedLater: ZERO, actions: NO_ACTIONS };
}
