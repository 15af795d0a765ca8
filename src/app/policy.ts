/**
 * What `yibao policy` reports: the cities loaded and where each came from, the parameters in force on
 * a date, and the check of one policy file. Returns data; the CLI renders it.
 */
import { type CheckedPolicyFile, checkPolicyFile, inPolicyFolder } from "../policy/load.js";
import { formatPath, type PolicyIssue } from "../policy/issues.js";
import { type PolicyOrigin, type Registry, findCity, originOf, parseReference, versionOn } from "../policy/registry.js";
import { YibaoError } from "../shared/errors.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";

export interface CitySummary {
  readonly policy: Policy;
  readonly origin: PolicyOrigin;
}

/** Every city loaded, in the registry's order, with where it came from. */
export function citySummaries(registry: Registry): CitySummary[] {
  return registry.policies.map((policy) => ({ policy, origin: originOf(registry, policy.id) }));
}

export interface PolicyInForce {
  readonly policy: Policy;
  readonly version: PolicyVersion;
  readonly origin: PolicyOrigin;
  readonly date: string;
}

/** A value of a policy file that a reference (`anshan@2025:outpatient.ratios.2.retired`) names. */
export interface PolicyValue {
  readonly reference: string;
  readonly policy: Policy;
  readonly version: PolicyVersion;
  readonly field: string;
  /** The file's own object or value at the field. */
  readonly value: unknown;
  readonly origin: PolicyOrigin;
}

/** Whether a text is a reference to a policy value rather than a city. */
export const isReference = (text: string) => parseReference(text) !== undefined;

/** The value a reference names. Throws UNKNOWN_CITY, or UNKNOWN_REFERENCE for a version or field the file lacks. */
export function policyValueAt(registry: Registry, reference: string): PolicyValue {
  const parsed = parseReference(reference.trim());
  if (parsed === undefined) throw new YibaoError("UNKNOWN_REFERENCE", { reference, problem: "version", found: "", choices: [] });
  const policy = findCity(registry, parsed.city);
  const version = policy.versions.find((v) => v.id === parsed.version);
  if (version === undefined) throw new YibaoError("UNKNOWN_REFERENCE", { reference, problem: "version", found: "", choices: policy.versions.map((v) => v.id) });
  let node: unknown = version;
  const walked: string[] = [];
  for (const key of parsed.field) {
    const record = node !== null && typeof node === "object" ? (node as Record<string, unknown>) : undefined;
    if (record === undefined || !Object.hasOwn(record, key)) {
      throw new YibaoError("UNKNOWN_REFERENCE", { reference, problem: "field", found: walked.join("."), choices: record === undefined ? [] : Object.keys(record) });
    }
    node = record[key];
    walked.push(key);
  }
  return { reference: `${policy.id}@${version.id}:${parsed.field.join(".")}`, policy, version, field: parsed.field.join("."), value: node, origin: originOf(registry, policy.id) };
}

/** The version of a city in force on a date. Throws UNKNOWN_CITY or NO_VERSION_ON_DATE. */
export function policyInForce(registry: Registry, city: string, date: string): PolicyInForce {
  const policy = findCity(registry, city);
  return { policy, version: versionOn(policy, date), origin: originOf(registry, policy.id), date };
}

export interface PolicyValidation {
  readonly file: string;
  /** Whether the file is in the package's policies/ folder, beside policies/schema.json. */
  readonly inPackage: boolean;
  readonly ok: boolean;
  readonly kind?: "whole" | "extends";
  /** The city the file gives or extends, once known. */
  readonly city?: { readonly id: string; readonly name: string };
  readonly versions: readonly { readonly id: string; readonly effectiveFrom?: string; readonly effectiveTo?: string }[];
  /** For an extending file: the values it supplies (`adds`), overrides, or the versions it adds. */
  readonly changes: readonly { readonly path: string; readonly kind: "adds" | "overrides" | "version" }[];
  /** For an extending file: the parts no longer missing, by version. */
  readonly supplied: readonly { readonly version: string; readonly fields: readonly string[] }[];
  readonly sources: readonly string[];
  readonly issues: readonly PolicyIssue[];
}

function suppliedParts(base: Policy, policy: Policy): PolicyValidation["supplied"] {
  return policy.versions.flatMap((v) => {
    const before = base.versions.find((b) => b.id === v.id);
    if (before === undefined) return [];
    const now = new Set(v.missing.map((m) => m.field));
    const fields = before.missing.map((m) => m.field).filter((f) => !now.has(f));
    return fields.length === 0 ? [] : [{ version: v.id, fields }];
  });
}

/** Checks a file as it would be loaded after the cities of `registry`: every problem, or what it gives. */
export function validatePolicyFile(file: string, registry: Registry): PolicyValidation {
  const checked: CheckedPolicyFile = checkPolicyFile(file, registry);
  const city = checked.policy ?? checked.base;
  const policy = checked.policy;
  return {
    file,
    inPackage: inPolicyFolder(file),
    ok: policy !== undefined && checked.issues.length === 0,
    ...(checked.kind === undefined ? {} : { kind: checked.kind }),
    ...(city === undefined ? {} : { city: { id: city.id, name: city.name.zh } }),
    versions: (policy?.versions ?? []).map((v) => ({
      id: v.id,
      ...(v.effectiveFrom === undefined ? {} : { effectiveFrom: v.effectiveFrom }),
      ...(v.effectiveTo === undefined ? {} : { effectiveTo: v.effectiveTo }),
    })),
    changes: (checked.changes ?? []).map((c) => ({ path: formatPath(c.path), kind: c.kind })),
    supplied: checked.base !== undefined && policy !== undefined ? suppliedParts(checked.base, policy) : [],
    sources: policy === undefined ? [] : Object.entries(policy.sources).filter(([, s]) => s.policyFile === file).map(([key]) => key),
    issues: checked.issues,
  };
}

export { policyJsonSchemaText } from "../policy/json-schema.js";
export { parseDate } from "../policy/inputs.js";

// Loading and looking up policies, for the library.
export { checkPolicyFile, loadPolicyFile, loadRegistry, parsePolicy, userPolicyFiles, withUserFiles } from "../policy/load.js";
export type { CheckedPolicyFile } from "../policy/load.js";
export { compileRules, findCity, originOf, versionOn, withPolicies } from "../policy/registry.js";
export type { Registry } from "../policy/registry.js";
export { extensionSchema, policySchema } from "../policy/schema.js";
export type { PolicyExtension } from "../policy/schema.js";

export { CHOICES } from "../policy/inputs.js";
