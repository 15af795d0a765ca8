/**
 * Where a visit takes place (`--place`, `--treatment-city`, `--filed`, `--direct-settlement`, or the
 * same fields in a file), checked for consistency and turned into what the engine needs.
 */
import type { Place, Rules } from "../core/types.js";
import { type Field, YibaoError } from "../shared/errors.js";
import type { Division } from "../policy/divisions.js";
import { parsePlace } from "../policy/inputs.js";
import { type Registry, assertCrossRegionKnown, compileRules, lookupCity, versionOn, withTreatmentAmounts } from "../policy/registry.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";
import { divisionOf, findPlace } from "../policy/places.js";

/** The place fields of a visit, as typed. */
export interface PlaceInput {
  readonly place?: string | undefined;
  readonly filed?: boolean | undefined;
  readonly directSettlement?: boolean | undefined;
  readonly treatmentCity?: string | undefined;
}

export interface ResolvedPlace {
  readonly place: Place;
  readonly filed: boolean;
  readonly directSettlement: boolean | null;
  /** The city of treatment, when given (or the insured city for a local visit named by city). */
  readonly treatment: Division | null;
}

/** A local visit with nothing else said: the common case, decided without loading any place data. */
export const LOCAL: ResolvedPlace = { place: "local", filed: false, directSettlement: null, treatment: null };

/**
 * @param name a field of the request itself, or of an input record, as the visit was given
 */
export function resolvePlace(registry: Registry, policy: Policy, input: PlaceInput, name: (field: keyof PlaceInput) => Field): ResolvedPlace {
  if (input.place === undefined && input.treatmentCity === undefined && input.filed === undefined && input.directSettlement === undefined) {
    return LOCAL;
  }
  const stated = input.place === undefined ? undefined : parsePlace(input.place, name("place"));
  const treatment = input.treatmentCity === undefined ? null : findPlace(registry, input.treatmentCity, name("treatmentCity"));
  let place: Place;
  if (treatment === null) {
    place = stated ?? "local";
  } else {
    const home = divisionOf(policy);
    const here = treatment.code === home.code;
    const given = [
      { field: name("place"), value: String(input.place) },
      { field: name("treatmentCity"), value: String(input.treatmentCity) },
    ];
    if (here && stated !== undefined && stated !== "local") {
      throw new YibaoError("CONFLICTING_OPTIONS", { given, conflict: "TREATMENT_IS_HOME", city: treatment.name, home: home.name });
    }
    if (!here && stated === "local") {
      throw new YibaoError("CONFLICTING_OPTIONS", { given, conflict: "TREATMENT_IS_ELSEWHERE", city: treatment.name, home: home.name });
    }
    if (!here && stated === undefined) {
      throw new YibaoError("PLACE_UNCLEAR", { field: name("place"), city: treatment.name, home: home.name });
    }
    place = here ? "local" : (stated ?? "local");
  }
  if (place === "local" && (input.filed === true || input.directSettlement !== undefined)) {
    const given = [
      ...(input.filed === true ? [{ field: name("filed") }] : []),
      ...(input.directSettlement === undefined ? [] : [{ field: name("directSettlement") }]),
      { field: name("place"), value: "local" },
    ];
    throw new YibaoError("CONFLICTING_OPTIONS", { given, conflict: "LOCAL_WITH_ELSEWHERE_FIELDS", place: name("place") });
  }
  return { place, filed: input.filed ?? false, directSettlement: input.directSettlement ?? null, treatment };
}

/**
 * The rules a visit is settled under: the insured city's, except that a policy may say the
 * treatment city's deductible and ratios apply to visits elsewhere.
 */
export function rulesForPlace(registry: Registry, policy: Policy, version: PolicyVersion, where: ResolvedPlace, date: string): Rules {
  const rules = compileRules(policy, version);
  if (where.place === "local") return rules;
  assertCrossRegionKnown(policy, version);
  if (version.crossRegion?.amounts.value !== "treatment") return rules;
  const treatmentPolicy = where.treatment === null ? undefined : lookupCity(registry, where.treatment.code);
  if (treatmentPolicy === undefined) {
    throw new YibaoError("TREATMENT_POLICY_MISSING", {
      city: policy.name.zh,
      cityId: policy.id,
      treatment: where.treatment?.name ?? null,
    });
  }
  return withTreatmentAmounts(rules, compileRules(treatmentPolicy, versionOn(treatmentPolicy, date)));
}
