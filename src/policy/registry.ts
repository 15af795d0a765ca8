/**
 * Finding a city by what a person types, choosing the version in force on a date, and compiling a
 * version into the engine's `Rules`. Pure: the files are read elsewhere (`load.ts`).
 */
import { type Fen, ZERO, parseRatio, parseYuan } from "../core/money.js";
import type { Citation, CrossRegionRules, ElsewhereRule, Level, Rules, Status } from "../core/types.js";
import { withPlan } from "../core/plan.js";
import { YibaoError } from "../shared/errors.js";
import type { CrossRegionPolicy, Policy, PolicyVersion, SourceRef } from "./schema.js";

/** Where a city's policy came from: shipped with yibao, and the user's files that made or extended it. */
export interface PolicyOrigin {
  readonly shipped: boolean;
  /** The user's files, in the order they were loaded. */
  readonly files: readonly string[];
}

export interface Registry {
  readonly policies: readonly Policy[];
  /** By city id; a city not listed is shipped. */
  readonly origins?: ReadonlyMap<string, PolicyOrigin>;
}

const SHIPPED: PolicyOrigin = { shipped: true, files: [] };

export function originOf(registry: Registry, id: string): PolicyOrigin {
  return registry.origins?.get(id) ?? SHIPPED;
}

/** Adds policies to a registry; one whose `id` matches a city already there takes its place. */
export function withPolicies(registry: Registry, extra: readonly Policy[]): Registry {
  const byId = new Map(registry.policies.map((p) => [p.id, p]));
  for (const policy of extra) byId.set(policy.id, policy);
  return { policies: [...byId.values()], ...(registry.origins === undefined ? {} : { origins: registry.origins }) };
}

/**
 * Adds the policy a user's file gives. A whole policy takes the place of a city with the same id;
 * an extended one (`extended`: it keeps its base's id) adds the file to the city's origin.
 */
export function withUserPolicy(registry: Registry, policy: Policy, file: string, extended: boolean): Registry {
  const origins = new Map(registry.origins ?? []);
  const before = originOf(registry, policy.id);
  origins.set(policy.id, extended ? { shipped: before.shipped, files: [...before.files, file] } : { shipped: false, files: [file] });
  return { policies: withPolicies(registry, [policy]).policies, origins };
}

/** Policy files key levels by the strings "1", "2", "3". */
export const LEVEL_KEY = { 1: "1", 2: "2", 3: "3" } as const;

/** Case, spaces and the ways ü is typed (Lüliang, Lvliang, Luliang) do not matter. */
const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, "").replace(/[üv]/g, "u");

/** 鞍山, 鞍山市, anshan, Anshan, 210300 all name Anshan. */
export function cityNames(policy: Policy): string[] {
  return [policy.id, policy.name.zh, policy.name.short, policy.name.pinyin, policy.adminCode];
}

/** The city on file a name means, if any. */
export function lookupCity(registry: Registry, input: string): Policy | undefined {
  const wanted = key(input);
  return registry.policies.find((p) => cityNames(p).some((n) => key(n) === wanted));
}

export function findCity(registry: Registry, input: string): Policy {
  const found = lookupCity(registry, input);
  if (found === undefined) {
    throw new YibaoError("UNKNOWN_CITY", {
      value: input,
      cities: registry.policies.map((p) => `${p.id} (${p.name.short})`),
    });
  }
  return found;
}

/** The version in force on a date, if any. */
export function versionAt(policy: Policy, date: string): PolicyVersion | undefined {
  return policy.versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo));
}

export function versionOn(policy: Policy, date: string): PolicyVersion {
  const version = versionAt(policy, date);
  if (version === undefined) {
    throw new YibaoError("NO_VERSION_ON_DATE", {
      city: policy.name.zh,
      cityId: policy.id,
      date,
      ranges: policy.versions.map((v) => ({ from: v.effectiveFrom, ...(v.effectiveTo === undefined ? {} : { to: v.effectiveTo }) })),
    });
  }
  return version;
}

export function cite(policy: Policy, source: SourceRef | undefined, interpretation?: string): Citation {
  const entry = source !== undefined && Object.hasOwn(policy.sources, source.ref) ? policy.sources[source.ref] : undefined;
  const document = source === undefined ? "" : (entry?.title ?? source.ref);
  const note = interpretation !== undefined && Object.hasOwn(policy.interpretations, interpretation) ? policy.interpretations[interpretation] : undefined;
  return {
    ref: source?.ref ?? "",
    document,
    quote: source?.quote ?? "",
    ...(interpretation === undefined ? {} : { interpretation }),
    ...(note === undefined ? {} : { interpretationNote: note }),
    ...(entry?.policyFile === undefined ? {} : { policyFile: entry.policyFile }),
  };
}

function yuanOf(text: string): Fen {
  const fen = parseYuan(text);
  // The schema's pattern already guarantees a parseable amount.
  if (fen === undefined) throw new Error(`unparseable amount in a validated policy: ${text}`);
  return fen;
}

function bpOf(text: string): number {
  const bp = parseRatio(text);
  // The schema's pattern already guarantees a parseable ratio.
  if (bp === undefined) throw new Error(`unparseable ratio in a validated policy: ${text}`);
  return bp;
}

/** The fields of a version that no source gives, in the order a person would ask for them. */
export function missingFields(version: PolicyVersion): string[] {
  return version.missing.map((m) => m.field);
}

function incomplete(policy: Policy, version: PolicyVersion, fields: readonly string[]): YibaoError {
  return new YibaoError("POLICY_INCOMPLETE", {
    city: policy.name.zh,
    cityId: policy.id,
    version: version.id,
    fields,
    notes: version.missing.filter((m) => fields.includes(m.field)).map((m) => m.note),
  });
}

const compiled = new WeakMap<PolicyVersion, Rules>();

/** The engine's view of a version. Throws POLICY_INCOMPLETE when the outpatient parameters are missing. */
export function compileRules(policy: Policy, version: PolicyVersion): Rules {
  const cached = compiled.get(version);
  if (cached !== undefined) return cached;
  const op = version.outpatient;
  if (op === undefined) throw incomplete(policy, version, missingFields(version).filter((f) => f === "deductible" || f === "ratios" || f === "cap"));
  const d = op.deductible;
  const level = (l: Level) => d.byLevel[LEVEL_KEY[l]];
  const ratioOf = (l: Level, s: Status) => {
    const v = op.ratios[LEVEL_KEY[l]][s];
    return { value: v.value, bp: bpOf(v.value), cite: cite(policy, v.source, v.interpretation) };
  };
  const capOf = (s: Status) => {
    const v = op.cap.byStatus[s];
    return { value: yuanOf(v.value), cite: cite(policy, v.source, v.interpretation) };
  };
  const ratioRow = (l: Level) => ({ "in-service": ratioOf(l, "in-service"), retired: ratioOf(l, "retired") });
  const rules: Rules = withPlan({
    deductible: {
      period: d.period.value,
      accumulator: d.accumulator?.value ?? "shared",
      byLevel: { 1: yuanOf(level(1).value), 2: yuanOf(level(2).value), 3: yuanOf(level(3).value) },
      yearlyCeiling: d.yearlyCeiling === undefined ? null : yuanOf(d.yearlyCeiling.value),
      cite: {
        1: cite(policy, level(1).source, level(1).interpretation),
        2: cite(policy, level(2).source, level(2).interpretation),
        3: cite(policy, level(3).source, level(3).interpretation),
      },
      periodCite: cite(policy, d.period.source, d.period.interpretation),
      accumulatorCite: cite(policy, d.accumulator?.source, d.accumulator?.interpretation),
    },
    ratio: { 1: ratioRow(1), 2: ratioRow(2), 3: ratioRow(3) },
    cap: { basis: op.cap.basis, byStatus: { "in-service": capOf("in-service"), retired: capOf("retired") } },
    specialty:
      version.specialty === undefined
        ? null
        : { level: version.specialty.level, cite: cite(policy, version.specialty.source, version.specialty.interpretation) },
    pharmacy:
      version.pharmacy === undefined
        ? { covered: false, requiresPrescription: false, cite: cite(policy, undefined) }
        : {
            covered: version.pharmacy.covered,
            requiresPrescription: version.pharmacy.requiresPrescription,
            cite: cite(policy, version.pharmacy.source, version.pharmacy.interpretation),
          },
    designation: {
      required: version.designation.required,
      emergencyException: version.designation.emergencyException,
      cite: cite(policy, version.designation.source, version.designation.interpretation),
    },
    crossRegion: version.crossRegion === undefined ? null : crossRegionRules(policy, version.crossRegion),
  });
  compiled.set(version, rules);
  return rules;
}

function crossRegionRules(policy: Policy, cross: CrossRegionPolicy): CrossRegionRules {
  const c = (v: { source?: SourceRef | undefined; interpretation?: string | undefined }) => cite(policy, v.source, v.interpretation);
  const place = (rule: CrossRegionPolicy["places"]["resident-elsewhere"]): ElsewhereRule => ({
    covered: rule.covered,
    cite: c(rule),
    designatedOnly: rule.designatedOnly === undefined ? null : c(rule.designatedOnly),
  });
  const s = cross.settlement;
  return {
    places: { "resident-elsewhere": place(cross.places["resident-elsewhere"]), "temporary-elsewhere": place(cross.places["temporary-elsewhere"]) },
    amounts: { value: cross.amounts.value, cite: c(cross.amounts) },
    settlement:
      s === undefined
        ? null
        : {
            direct: c(s.direct),
            minLevel: s.minLevel === undefined ? null : { level: s.minLevel.value, cite: c(s.minLevel) },
            filing: s.filing === undefined ? null : c(s.filing),
            facilityOpen: s.facilityOpen === undefined ? null : c(s.facilityOpen),
            byHand: s.byHand === undefined ? null : { cite: c(s.byHand), onlySystemFailure: s.byHand.value === "system-failure" },
          },
  };
}

/**
 * The rules for a visit elsewhere when the insured city's policy says the treatment city's
 * deductible and ratios apply (a reading some sources take): those two from the treatment city,
 * everything else, the cap above all, from the insured city.
 */
export function withTreatmentAmounts(insured: Rules, treatment: Rules): Rules {
  const { plan: _plan, ...parameters } = insured;
  return withPlan({ ...parameters, deductible: treatment.deductible, ratio: treatment.ratio });
}

/** A pharmacy visit where the version says nothing about pharmacies cannot be settled. */
export function assertPharmacyKnown(policy: Policy, version: PolicyVersion): void {
  if (version.pharmacy === undefined) throw incomplete(policy, version, ["pharmacy"]);
}

/** Nor can a visit elsewhere where the version says nothing about visits elsewhere. */
export function assertCrossRegionKnown(policy: Policy, version: PolicyVersion): void {
  if (version.crossRegion === undefined) throw incomplete(policy, version, ["crossRegion"]);
}
