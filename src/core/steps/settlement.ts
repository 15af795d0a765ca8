/**
 * The settlement mode (结算方式) of a visit: a local visit as usual; a visit elsewhere directly at the
 * facility when every condition the insured city sets is met, otherwise paid in full and reimbursed
 * back home; with what the person pays at the counter and what comes back later.
 */
import { ZERO } from "../money.js";
import type { CrossRegionRules, PlannedStepOf, Settlement, SettlementAction } from "../types.js";
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
    reasons?.add("SETTLEMENT_UNSTATED", undefined, visit.place);
    return { mode: "unstated", atCounter: null, reimbursedLater: null, actions: ["ASK_AGENCY", "KEEP_RECEIPTS"] };
  }
  // The conditions of direct settlement the visit does not meet.
  const level = s.minLevel !== null && visit.level < s.minLevel.level ? s.minLevel : null;
  const filing = s.filing !== null && !visit.filed ? s.filing : null;
  const open = s.facilityOpen !== null && visit.directSettlement === false ? s.facilityOpen : null;
  if (level !== null || filing !== null || open !== null) {
    if (level !== null) reasons?.add("DIRECT_NEEDS_LEVEL", level.cite, visit.level, level.level);
    if (filing !== null) reasons?.add("DIRECT_NEEDS_FILING", filing);
    if (open !== null) reasons?.add("DIRECT_NEEDS_OPEN_FACILITY", open);
    const fileFirst: SettlementAction[] = filing !== null ? ["FILE_FIRST"] : [];
    if (s.byHand === null || s.byHand.onlySystemFailure) {
      // The sources give no route for this case: the amounts are what the rules give, nothing is promised.
      reasons?.add("SETTLEMENT_NO_ROUTE", s.byHand?.cite, visit.amount, w.fundPaid);
      return { mode: "no-route", atCounter: visit.amount, reimbursedLater: null, actions: [...fileFirst, "ASK_AGENCY", "KEEP_RECEIPTS"] };
    }
    reasons?.add("SETTLEMENT_BY_HAND", s.byHand.cite, visit.amount, w.fundPaid);
    return { mode: "by-hand", atCounter: visit.amount, reimbursedLater: w.fundPaid, actions: ["KEEP_RECEIPTS", ...fileFirst] };
  }
  if (s.facilityOpen !== null && visit.directSettlement === null) {
    reasons?.add("SETTLEMENT_IF_OPEN", s.facilityOpen, visit.amount, w.selfPaid, w.fundPaid);
    return { mode: "if-open", atCounter: null, reimbursedLater: null, actions: ["CHECK_FACILITY", "KEEP_RECEIPTS"] };
  }
  reasons?.add("SETTLEMENT_DIRECT", s.direct, w.selfPaid);
  return { mode: "direct", atCounter: w.selfPaid, reimbursedLater: ZERO, actions: NO_ACTIONS };
}
