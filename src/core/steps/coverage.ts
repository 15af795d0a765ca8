/**
 * Coverage (是否纳入支付): where the visit took place, whether the facility is designated (with the
 * city's emergency exception), and the pharmacy rule. A refusal here means the fund pays nothing.
 */
import { MissingValue } from "../table.js";
import type { CrossRegionRules, PlannedStepOf } from "../types.js";
import { type Work, refuse } from "./work.js";

export function coverage(w: Work, { rule }: PlannedStepOf<"coverage">): void {
  const visit = w.visit;
  const designation = rule.designation;
  w.emergencyException = designation?.emergencyException ?? false;
  if (!placeCovered(w, rule.crossRegion)) return;
  if (!visit.designated && designation === null) throw new MissingValue("designation", "missing", { level: w.level, status: w.status, age: visit.age });
  if (!visit.designated && designation !== null && designation.required) {
    if (visit.emergency && w.emergencyException) {
      w.reasons?.add("EMERGENCY_AT_NON_DESIGNATED", designation.cite);
    } else {
      refuse(w, "NOT_DESIGNATED", designation.cite, visit.emergency, w.emergencyException);
    }
  }
  if (visit.facility === "pharmacy") {
    if (!rule.pharmacy.covered) {
      refuse(w, "PHARMACY_NOT_COVERED", rule.pharmacy.cite);
    } else if (rule.pharmacy.requiresPrescription && !visit.prescription) {
      refuse(w, "PHARMACY_NO_PRESCRIPTION", rule.pharmacy.cite);
    } else {
      w.reasons?.add("PHARMACY_PRESCRIBER_LEVEL", rule.pharmacy.cite, visit.level);
    }
  }
}

/**
 * A visit elsewhere (异地就医): whether the insured city pays for this kind at all, and whether only
 * designated facilities there count (then the emergency exception no longer holds). False on a refusal.
 */
function placeCovered(w: Work, cross: CrossRegionRules | null): boolean {
  const visit = w.visit;
  if (visit.place === "local") return true;
  if (cross === null) {
    refuse(w, "PLACE_RULES_MISSING", undefined, visit.place);
    return false;
  }
  const rule = cross.places[visit.place];
  if (!rule.covered) {
    refuse(w, "PLACE_NOT_COVERED", rule.cite, visit.place);
    return false;
  }
  w.reasons?.add("PLACE_COVERED", rule.cite, visit.place);
  if (rule.designatedOnly !== null && !visit.designated) {
    w.emergencyException = false;
    refuse(w, "NOT_DESIGNATED_ELSEWHERE", rule.designatedOnly, visit.place);
    return false;
  }
  w.reasons?.add(cross.amounts.value === "insured" ? "AMOUNTS_INSURED_PLACE" : "AMOUNTS_TREATMENT_PLACE", cross.amounts.cite, visit.place);
  return true;
}
