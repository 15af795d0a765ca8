/**
 * Merging a user's extending file (`"extends": "通辽"`) into the city it extends. Pure: works on data
 * already read and shape-checked; the result is checked again by the policy schema (load.ts).
 *
 * Plain objects merge key by key; arrays replace; an object with a `value` or `source` key (a sourced
 * value, or a rule such as `designation`) replaces the base object whole, so a user's value never
 * inherits the shipped citation. Merged objects have no prototype, and the keys `__proto__`,
 * `constructor` and `prototype` are never copied (the loader refuses files that use them).
 */
import { type PolicyIssue, issueAt } from "./issues.js";
import type { Policy, PolicyExtension } from "./schema.js";

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

type JsonObject = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/** A sourced value or a rule with its source: replaced whole, never merged. */
const isSourced = (value: JsonObject) => Object.hasOwn(value, "value") || Object.hasOwn(value, "source");

/** A deep copy with prototype-free objects and without the forbidden keys. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isPlainObject(value)) return value;
  const out: JsonObject = Object.create(null);
  for (const [key, v] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = copy(v);
  return out;
}

/** `over` merged into `base` by the rules above; neither is changed. */
export function mergeValue(base: unknown, over: unknown): unknown {
  if (!isPlainObject(over) || !isPlainObject(base) || isSourced(over)) return copy(over);
  const out: JsonObject = Object.create(null);
  for (const [key, v] of Object.entries(base)) if (!FORBIDDEN_KEYS.has(key)) out[key] = copy(v);
  for (const [key, v] of Object.entries(over)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = Object.hasOwn(out, key) ? mergeValue(out[key], v) : copy(v);
  }
  return out;
}

/** The part of a version that supplies each entry of `missing`. */
const SUPPLIED_BY: Readonly<Record<string, string>> = {
  deductible: "outpatient",
  ratios: "outpatient",
  cap: "outpatient",
  pharmacy: "pharmacy",
  account: "account",
  family: "family",
  crossRegion: "crossRegion",
};

/** `missing` without the entries whose part the version now has. */
function dropSupplied(version: JsonObject): void {
  const missing = version.missing;
  if (!Array.isArray(missing)) return;
  version.missing = missing.filter((entry) => {
    if (!isPlainObject(entry) || typeof entry.field !== "string" || !Object.hasOwn(SUPPLIED_BY, entry.field)) return true;
    const part = SUPPLIED_BY[entry.field] ?? "";
    return !(Object.hasOwn(version, part) && version[part] !== undefined);
  });
}

export interface Merged {
  /** The merged policy, unchecked: the policy schema checks it next. */
  readonly data: JsonObject;
  /** Problems of the merge itself (a source key the city already has). */
  readonly issues: readonly PolicyIssue[];
  /** Version id → its index in the user's file, to report problems where the user wrote them. */
  readonly versionIndex: ReadonlyMap<string, number>;
}

/** Adds a table of the file (sources, interpretations) to the city's; an existing key is an error. */
function mergeTable(name: "sources" | "interpretations", base: Readonly<Record<string, unknown>>, extra: Readonly<Record<string, unknown>> | undefined, city: string, issues: PolicyIssue[]): JsonObject {
  const out = copy(base) as JsonObject;
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (Object.hasOwn(out, key)) {
      issues.push(
        issueAt([name, key], "duplicate-key", `${city} already has ${name === "sources" ? "a source" : "an interpretation"} "${key}"; pick a new key`, {
          table: name,
          key,
          city,
        }),
      );
      continue;
    }
    out[key] = copy(value);
  }
  return out;
}

/**
 * The city `base` with the file's sources, interpretations and versions merged in. The file's own
 * sources are marked with `policyFile` (the file's path), replacing anything the file put there.
 */
export function extendPolicy(base: Policy, extension: PolicyExtension, file: string): Merged {
  const issues: PolicyIssue[] = [];
  const ownSources: JsonObject = Object.create(null);
  for (const [key, entry] of Object.entries(extension.sources ?? {})) ownSources[key] = { ...entry, policyFile: file };
  const sources = mergeTable("sources", base.sources, ownSources, base.id, issues);
  const interpretations = mergeTable("interpretations", base.interpretations, extension.interpretations, base.id, issues);

  const versions = base.versions.map((v) => copy(v) as JsonObject);
  const versionIndex = new Map<string, number>();
  extension.versions.forEach((over, index) => {
    versionIndex.set(over.id, index);
    const at = versions.findIndex((v) => v.id === over.id);
    const merged = (at === -1 ? copy(over) : mergeValue(versions[at], over)) as JsonObject;
    dropSupplied(merged);
    if (at === -1) versions.push(merged);
    else versions[at] = merged;
  });
  // A new version goes where its date puts it; the schema then checks the sequence.
  if (versions.every((v) => typeof v.effectiveFrom === "string")) {
    versions.sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
  }

  const data = copy(base) as JsonObject;
  data.sources = sources;
  data.interpretations = interpretations;
  data.versions = versions;
  return { data, issues, versionIndex };
}

export interface Change {
  /** Path in the user's file, e.g. `versions[0].outpatient.cap.byStatus.retired`. */
  readonly path: readonly (string | number)[];
  /** `adds` a value the city did not have, `overrides` one it had, or adds a whole new `version`. */
  readonly kind: "adds" | "overrides" | "version";
}

/** What an extending file supplies or overrides, value by value. */
export function changesOf(base: Policy, extension: PolicyExtension): Change[] {
  const changes: Change[] = [];
  const walk = (over: unknown, before: unknown, path: (string | number)[]) => {
    if (isPlainObject(over) && !isSourced(over) && (before === undefined || isPlainObject(before))) {
      for (const [key, value] of Object.entries(over)) {
        if (path.length === 2 && key === "id") continue;
        walk(value, isPlainObject(before) && Object.hasOwn(before, key) ? before[key] : undefined, [...path, key]);
      }
      return;
    }
    changes.push({ path, kind: before === undefined ? "adds" : "overrides" });
  };
  extension.versions.forEach((over, index) => {
    const before = base.versions.find((v) => v.id === over.id);
    if (before === undefined) changes.push({ path: ["versions", index], kind: "version" });
    else walk(over, before, ["versions", index]);
  });
  return changes;
}
