/** Facility and level: a kind of facility the city settles at another level (鞍山: 专科 → 一级). */
import type { PlannedStepOf } from "../types.js";
import type { Work } from "./work.js";

export function facility(w: Work, { rule: { specialty } }: PlannedStepOf<"facility">): void {
  if (w.visit.facility !== "specialty" || specialty === null) return;
  w.level = specialty.level;
  w.reasons?.add("SPECIALTY_AS_LEVEL", specialty.cite, w.visit.level, specialty.level);
}
