/**
 * Coverage (是否纳入支付): where the visit took place, whether the facility is designated (with the
 * city's emergency exception), and the pharmacy rule. A refusal here means the fund pays nothing.
 */
import * as f from "../facts.js";
import { MissingValue } from "../table.js";
import type { CrossRegionRules, PlannedStepOf } from "../types.js";
import type { Work } from "./work.js";

export function coverage(w: Work, { rule }: PlannedStepOf<"coverage">): void {
  const visit = w.visit;
  const designation = rule.designation;
  w.emergencyException = designation?.emergencyException ?? false;
  if (!placeCovered(w, rule.crossRegion)) return;
  if (!visit.designated && designation === null) throw new MissingValue("designation", "missing", { level: w.level, status: w.status, age: visit.age });
  if (!visit.designated && designation !== null && designation.required) {
    if (visit.emergency && w.emergencyException) {
      w.reasons?.push({ code: "EMERGENCY_AT_NON_DESIGNATED", params: {}, cite: designation.cite });
    } else {
      w.refused ??= "NOT_DESIGNATED";
      w.refusals?.push({
        code: "NOT_DESIGNATED",
        params: { emergency: f.flag(visit.emergency), emergencyException: f.flag(w.emergencyException) },
        cite: designation.cite,
      });
    }
  }
  if (visit.facility === "pharmacy") {
    if (!rule.pharmacy.covered) {
      w.refused ??= "PHARMACY_NOT_COVERED";
      w.refusals?.push({ code: "PHARMACY_NOT_COVERED", params: {}, cite: rule.pharmacy.cite });
    } else if (rule.pharmacy.requiresPrescription && !visit.prescription) {
      w.refused ??= "PHARMACY_NO_PRESCRIPTION";
      w.refusals?.push({ code: "PHARMACY_NO_PRESCRIPTION", params: {}, cite: rule.pharmacy.cite });
    } else {
      w.reasons?.push({ code: "PHARMACY_PRESCRIBER_LEVEL", params: { level: f.level(visit.level) }, cite: rule.pharmacy.cite });
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
    w.refused ??= "PLACE_RULES_MISSING";
    w.refusals?.push({ code: "PLACE_RULES_MISSING", params: { place: f.place(visit.place) } });
    return false;
  }
  const rule = cross.places[visit.place];
  if (!rule.covered) {
    w.refused ??= "PLACE_NOT_COVERED";
    w.refusals?.push({ code: "PLACE_NOT_COVERED", params: { place: f.place(visit.place) }, cite: rule.cite });
    return false;
  }
  w.reasons?.push({ code: "PLACE_COVERED", params: { place: f.place(visit.place) }, cite: rule.cite });
  if (rule.designatedOnly !== null && !visit.designated) {
    w.emergencyException = false;
    w.refused ??= "NOT_DESIGNATED_ELSEWHERE";
    w.refusals?.push({ code: "NOT_DESIGNATED_ELSEWHERE", params: { place: f.place(visit.place) }, cite: rule.designatedOnly });
    return false;
  }
  w.reasons?.push({ code: cross.amounts.value === "insured" ? "AMOUNTS_INSURED_PLACE" : "AMOUNTS_TREATMENT_PLACE", params: { place: f.place(visit.place) }, cite: cross.amounts.cite });
  return true;
}
