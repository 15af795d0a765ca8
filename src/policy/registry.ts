/**
 * Finding a city by what a person types, choosing the version in force on a date, and compiling a
 * version into the engine's `Rules`. Pure: the files are read elsewhere (`load.ts`).
 */
import { type Fen, ZERO, parseRatio, parseYuan } from "../core/money.js";
import { type Table, indexed } from "../core/table.js";
import type { AmountCell, Citation, ConditionRule, CrossRegionRules, ElsewhereRule, RatioCell, Rules, Status } from "../core/types.js";
import { withPlan } from "../core/plan.js";
import { YibaoError } from "../shared/errors.js";
import { type Category, capTable, categoriesOf, deductibleTable, ratioTableOf } from "./categories.js";
import type { CrossRegionPolicy, Policy, PolicyVersion, SourceRef, TableNode } from "./schema.js";

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

/** Case, spaces and the ways ü is typed (Lüliang, Lvliang, Luliang) do not matter. */
const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, "").replace(/[üv]/g, "u");

/** 鞍山, 鞍山市, anshan, Anshan, 210300 all name Anshan. */
export function cityNames(policy: Policy): string[] {
  const names = [policy.id, policy.name.zh, policy.name.short, policy.name.pinyin, policy.adminCode];
  for (const city of policy.appliesTo ?? []) names.push(city.code, city.zh, city.short, ...(city.pinyin === undefined ? [] : [city.pinyin]));
  return names;
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
  return policy.versions.find((v) => (v.effectiveFrom === undefined || v.effectiveFrom <= date) && (v.effectiveTo === undefined || date <= v.effectiveTo));
}

export function versionOn(policy: Policy, date: string): PolicyVersion {
  const version = versionAt(policy, date);
  if (version === undefined) {
    throw new YibaoError("NO_VERSION_ON_DATE", {
      city: policy.name.zh,
      cityId: policy.id,
      date,
      ranges: policy.versions.map((v) => ({ ...(v.effectiveFrom === undefined ? {} : { from: v.effectiveFrom }), ...(v.effectiveTo === undefined ? {} : { to: v.effectiveTo }) })),
    });
  }
  return version;
}

/** Each object of a policy's versions, by the reference to it (`anshan@2025:outpatient.ratios.2.retired`). */
const referenceIndexes = new WeakMap<Policy, WeakMap<object, string>>();

function referencesOf(policy: Policy): WeakMap<object, string> {
  let index = referenceIndexes.get(policy);
  if (index !== undefined) return index;
  const found = new WeakMap<object, string>();
  const walk = (node: unknown, prefix: string, path: string): void => {
    if (node === null || typeof node !== "object" || found.has(node)) return;
    found.set(node, `${prefix}${path}`);
    const at = (key: string | number) => (path === "" ? String(key) : `${path}.${key}`);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, prefix, at(i)));
    else for (const [key, child] of Object.entries(node)) if (key !== "source") walk(child, prefix, at(key));
  };
  for (const version of policy.versions) walk(version, `${policy.id}@${version.id}:`, "");
  index = found;
  referenceIndexes.set(policy, index);
  return index;
}

/**
 * The reference to a value of a policy file: the city, the version and the field, as
 * `anshan@2025:outpatient.ratios.2.retired` (`yibao policy show` looks one up). The version is what
 * lies between the first "@" and the last ":", since field names never hold a ":".
 */
export function referenceOf(policy: Policy, node: object | undefined): string | undefined {
  return node === undefined ? undefined : referencesOf(policy).get(node);
}

/** A reference taken apart; undefined when the text is not one. */
export function parseReference(text: string): { city: string; version: string; field: readonly string[] } | undefined {
  const at = text.indexOf("@");
  const colon = text.lastIndexOf(":");
  if (at <= 0 || colon <= at) return undefined;
  const field = text.slice(colon + 1);
  return { city: text.slice(0, at), version: text.slice(at + 1, colon), field: field === "" ? [] : field.split(".") };
}

/** Where a value comes from: its source and quote, the reading it rests on, and (given the node) the reference to it. */
/** The citation of a value of a policy file: its own source and interpretation, and its reference. */
export const citeOf = (policy: Policy, node: { readonly source?: SourceRef | undefined; readonly interpretation?: string | undefined }): Citation =>
  cite(policy, node.source, node.interpretation, node);

export function cite(policy: Policy, source: SourceRef | undefined, interpretation?: string, node?: object): Citation {
  const entry = source !== undefined && Object.hasOwn(policy.sources, source.ref) ? policy.sources[source.ref] : undefined;
  const document = source === undefined ? "" : (entry?.title ?? source.ref);
  const note = interpretation !== undefined && Object.hasOwn(policy.interpretations, interpretation) ? policy.interpretations[interpretation] : undefined;
  const at = referenceOf(policy, node);
  return {
    ref: source?.ref ?? "",
    ...(at === undefined ? {} : { at }),
    document,
    quote: source?.quote ?? "",
    ...(interpretation === undefined ? {} : { interpretation }),
    ...(note === undefined ? {} : { interpretationNote: note }),
    ...(entry?.policyFile === undefined ? {} : { policyFile: entry.policyFile }),
    ...(entry?.grade === undefined ? {} : { grade: entry.grade }),
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

/** A table of the file compiled for the engine: categories become levels (their places, from 1). */
function compileTable<T>(node: TableNode, categories: readonly Category[], leaf: (n: TableNode & { value: string }) => T): Table<T> {
  if (node.value !== undefined) return { by: "value", cell: leaf(node as TableNode & { value: string }) };
  if (node.byCategory !== undefined) {
    const byId = node.byCategory;
    const cells: Record<number, Table<T> | undefined> = {};
    for (const c of categories) {
      const child = Object.hasOwn(byId, c.id) ? byId[c.id] : undefined;
      cells[c.rank] = child === undefined ? undefined : compileTable(child, categories, leaf);
    }
    return { by: "level", cells };
  }
  if (node.byStatus !== undefined) {
    const child = (s: Status) => {
      const n = node.byStatus?.[s];
      return n === undefined ? undefined : compileTable(n, categories, leaf);
    };
    return { by: "status", cells: { "in-service": child("in-service"), retired: child("retired") } };
  }
  return {
    by: "age",
    bands: (node.byAge ?? []).map((band) => ({ from: band.from ?? 0, below: band.below ?? null, table: compileTable(band, categories, leaf) })),
  };
}

/** The parts of the outpatient parameters a version lacks altogether. */
export function absentParts(version: PolicyVersion): string[] {
  const op = version.outpatient;
  const given = { deductible: op?.deductible !== undefined, ratios: op !== undefined && ratioTableOf(op) !== undefined, cap: op?.cap !== undefined };
  return (["deductible", "ratios", "cap"] as const).filter((part) => !given[part]);
}

/** The engine's view of a version. Throws POLICY_INCOMPLETE when the outpatient parameters are missing. */
export function compileRules(policy: Policy, version: PolicyVersion): Rules {
  const cached = compiled.get(version);
  if (cached !== undefined) return cached;
  const op = version.outpatient;
  const absent = absentParts(version);
  const d = op?.deductible;
  const ratioTable = op === undefined ? undefined : ratioTableOf(op);
  const capRule = op?.cap;
  if (absent.length > 0 || d === undefined || ratioTable === undefined || capRule === undefined) throw incomplete(policy, version, absent);
  const categories = categoriesOf(version);
  const c = (v: { source?: SourceRef | undefined; interpretation?: string | undefined }) => citeOf(policy, v);
  const amount = (n: TableNode & { value: string }): AmountCell => ({ value: yuanOf(n.value), cite: c(n) });
  const ratio = (n: TableNode & { value: string }): RatioCell => {
    const written = bpOf(n.value);
    const share = n.share ?? "fund";
    return { value: n.value, bp: share === "self" ? 10_000 - written : written, share, cite: c(n) };
  };
  // Read by index where they do not depend on age: the settlement reads three of them a visit.
  const ratios = (n: TableNode) => indexed(compileTable(n, categories, ratio), categories.length);
  const amounts = (n: TableNode) => indexed(compileTable(n, categories, amount), categories.length);
  const deductibleNode = deductibleTable(d);
  const capNode = capTable(capRule);
  if (deductibleNode === undefined) throw new Error("a validated deductible has no amounts");
  const rules: Rules = withPlan({
    levels: categories.length,
    deductible: {
      period: d.period.value,
      accumulator: d.accumulator?.value ?? "shared",
      amount: amounts(deductibleNode),
      yearlyCeiling: d.yearlyCeiling === undefined ? null : yuanOf(d.yearlyCeiling.value),
      ceilingCite: d.yearlyCeiling === undefined ? null : c(d.yearlyCeiling),
      periodCite: c(d.period),
      accumulatorCite: cite(policy, d.accumulator?.source, d.accumulator?.interpretation, d.accumulator),
    },
    ratio: {
      table: ratios(ratioTable),
      bands: (op?.ratioBands ?? []).map((b) => ({ from: yuanOf(b.from.value), cite: c(b.from), table: ratios(b.ratio) })),
      conditions: (op?.conditions ?? []).map(
        (k): ConditionRule => ({
          id: k.id,
          name: k.name,
          addPoints: k.addPoints === undefined ? null : { bp: bpOf(k.addPoints.value), value: k.addPoints.value, cite: c(k.addPoints) },
          table: k.ratio === undefined ? null : ratios(k.ratio),
        }),
      ),
    },
    cap: {
      basis: capRule.basis,
      amount: capNode === undefined ? null : amounts(capNode),
      noneCite: capRule.none === undefined ? null : c(capRule.none),
      sharedWith: capRule.sharedWith === undefined ? null : { name: capRule.sharedWith.name, cite: c(capRule.sharedWith) },
      secondTier: capRule.secondTier === undefined ? null : { ratio: ratios(capRule.secondTier.ratio), amount: amounts(capRule.secondTier.amount) },
    },
    classB: op?.classB === undefined ? null : { share: { bp: bpOf(op.classB.share.value), value: op.classB.share.value, cite: c(op.classB.share) } },
    accountFirst: op?.accountFirst === undefined ? null : c(op.accountFirst),
    specialty:
      version.specialty === undefined
        ? null
        : { level: version.specialty.level, cite: c(version.specialty) },
    pharmacy:
      version.pharmacy === undefined
        ? { covered: false, requiresPrescription: false, cite: cite(policy, undefined) }
        : {
            covered: version.pharmacy.covered,
            requiresPrescription: version.pharmacy.requiresPrescription,
            cite: c(version.pharmacy),
          },
    designation:
      version.designation === undefined
        ? null
        : {
            required: version.designation.required,
            emergencyException: version.designation.emergencyException,
            cite: c(version.designation),
          },
    crossRegion: version.crossRegion === undefined ? null : crossRegionRules(policy, version.crossRegion),
  });
  compiled.set(version, rules);
  return rules;
}

function crossRegionRules(policy: Policy, cross: CrossRegionPolicy): CrossRegionRules {
  const c = (v: { source?: SourceRef | undefined; interpretation?: string | undefined }) => citeOf(policy, v);
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
