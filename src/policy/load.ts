/**
 * Reading policy files from disk and checking them against the schema. Shipped files live in
 * `policies/`; a user may add files of their own, whole cities or files that extend a city already
 * loaded, which are checked the same way when loaded.
 *
 * Policy files are data only: whatever their name, they are read with `JSON.parse` and nothing else.
 * Before that, a file must be a regular file of at most MAX_POLICY_BYTES; after it, no deeper than
 * MAX_POLICY_DEPTH and free of the keys `__proto__`, `constructor` and `prototype`.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { lineColumn, jsonSyntax } from "../shared/json-syntax.js";
import { YibaoError } from "../shared/errors.js";
import { packageRoot } from "../shared/paths.js";
import { type Change, FORBIDDEN_KEYS, changesOf, extendPolicy, isPlainObject } from "./extend.js";
import { type PolicyIssue, ROOT_PATH, formatPath, issueAt } from "./issues.js";
import { prepareData, withPrepareIssues } from "./prepare.js";
import { type Registry, lookupCity, withUserPolicy } from "./registry.js";
import { ruleOfMessage } from "./rules.js";
import { type Policy, type PolicyExtension, extensionSchema, policySchema } from "./schema.js";

export { formatPath } from "./issues.js";
export type { PolicyIssue } from "./issues.js";

/** The folder of shipped policies: `policies/` at the package root. */
export const shippedPolicyDir = (): string => join(packageRoot(), "policies");

/** A path as the file system resolves it (links followed where the file exists). */
const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Whether a file is in the package's policies/ folder, beside policies/schema.json: a shipped city,
 * or one being added to the repository. A user's file anywhere else has no such folder at hand.
 */
export function inPolicyFolder(file: string): boolean {
  const path = relative(realPath(shippedPolicyDir()), realPath(file));
  return path !== "" && !isAbsolute(path) && path.split(sep)[0] !== "..";
}

/** Largest policy file accepted, in bytes. */
export const MAX_POLICY_BYTES = 1_000_000;

/** Deepest nesting of arrays and objects accepted (the shipped files use 9). */
export const MAX_POLICY_DEPTH = 32;

/** The variable naming a folder of the user's policy files. */
export const POLICY_DIR_VARIABLE = "YIBAO_POLICY_DIR";

const typeName = (value: unknown): string =>
  value === undefined ? "undefined" : value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

/** A format's message names its rule; a custom problem carries its rule and values in `params`. */
const withRule = (message: string, params: Record<string, unknown>): Record<string, unknown> => {
  const rule = ruleOfMessage(message);
  return rule === undefined ? params : { ...params, rule };
};

/** zod's problems as the policy's, each once, in the order found: path, code, message and params (the facts). */
export function issuesOf(error: z.ZodError): PolicyIssue[] {
  return rawIssuesOf(error).map((i) => i.issue);
}

/** zod's problems with the path each has in the data checked, each once. */
function rawIssuesOf(error: z.ZodError): { issue: PolicyIssue; path: readonly PropertyKey[] }[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const key = `${formatPath(issue.path)}\u0000${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ issue: policyIssueOf(issue), path: issue.path }];
  });
}

function policyIssueOf(issue: z.core.$ZodIssue): PolicyIssue {
  const { path, message, code, input, params: custom, ...rest } = issue as z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };
  let params: Record<string, unknown> = { ...rest, ...custom };
  if (code === "invalid_format") params = withRule(message, params);
  if (code === "invalid_type") params.received = typeName(input);
  // A value missing altogether has no input to show (the words say it is missing).
  if ((code === "invalid_value" || code === "invalid_format") && input !== undefined) {
    params.input = typeof input === "string" || typeof input === "number" || typeof input === "boolean" ? input : typeName(input);
  }
  if (code === "invalid_key" && Array.isArray(params.issues)) {
    params.issues = (params.issues as { message?: unknown }[]).map((i) => withRule(String(i.message ?? ""), { message: String(i.message ?? "") }));
  }
  if (code === "invalid_union") delete params.errors;
  return issueAt(path, code, message, params);
}

/**
 * Checks parsed JSON against the schema, once its `"$comment"` notes are dropped; the policy, or every
 * problem with its path (placeholders left from a skeleton among them).
 */
function checkWhole(raw: unknown): { policy?: Policy; issues: PolicyIssue[] } {
  const { data, issues: prepared } = prepareData(raw);
  const result = policySchema.safeParse(data, { reportInput: true });
  if (result.success) return prepared.length === 0 ? { policy: result.data, issues: [] } : { issues: prepared };
  // The checks across fields run even where other parts are wrong: every problem comes at once.
  return { issues: withPrepareIssues(prepared, issuesOf(result.error)) };
}

/** Every problem of a whole city's parsed JSON, as `yibao policy validate` reports them (none: it is valid). */
export const wholePolicyIssues = (data: unknown): PolicyIssue[] => checkWhole(data).issues;

/** Checks parsed JSON against the schema; throws POLICY_INVALID listing every problem. */
export function parsePolicy(data: unknown, file: string): Policy {
  const { policy, issues } = checkWhole(data);
  if (policy === undefined) throw new YibaoError("POLICY_INVALID", { file, issues, inPackage: inPolicyFolder(file) });
  return policy;
}

/** Depth and forbidden keys, checked without recursion so that no nesting can overflow the stack. */
function structureIssues(data: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: data, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { node, path } = stack.pop() ?? { node: undefined, path: [] };
    if (node === null || typeof node !== "object") continue;
    if (path.length >= MAX_POLICY_DEPTH) {
      return [issueAt([], "too-deep", `nested deeper than ${MAX_POLICY_DEPTH} levels`, { max: MAX_POLICY_DEPTH })];
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(issueAt([...path, key], "forbidden-key", `the key "${key}" is not allowed`, { key }));
        continue;
      }
      stack.push({ node: child, path: [...path, key] });
    }
  }
  return issues;
}

/**
 * The JSON data of a file, read safely: a regular file, not too large, valid JSON, not too deep, no
 * forbidden keys. Throws POLICY_READ when the file cannot be found or read.
 */
export function readPolicyData(file: string): { data?: unknown; issues: PolicyIssue[] } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? "directory" : stat.isFIFO() ? "fifo" : stat.isCharacterDevice() || stat.isBlockDevice() ? "device" : "other";
      return { issues: [issueAt([], "not-file", `not a regular file (${kind})`, { kind })] };
    }
    size = stat.size;
  } catch (error) {
    throw new YibaoError("POLICY_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const tooLarge = () => ({ issues: [issueAt([], "too-large", `file is larger than ${MAX_POLICY_BYTES} bytes`, { max: MAX_POLICY_BYTES })] });
  if (size > MAX_POLICY_BYTES) return tooLarge();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new YibaoError("POLICY_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  // The file may have grown between the check and the read.
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) return tooLarge();
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Where and how the text stops being JSON, as facts (JSON.parse says it in English only).
    const found = jsonSyntax(text);
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    const where = found === undefined ? {} : { ...lineColumn(text, found.offset), problem: found.problem, ...(found.character === undefined ? {} : { character: found.character }) };
    return { issues: [issueAt([], "not-json", `not valid JSON: ${detail}`, where)] };
  }
  const issues = structureIssues(data);
  return issues.length > 0 ? { issues } : { data, issues: [] };
}

/** A user's policy file, checked: the policy it gives, or every problem with its path. */
export interface CheckedPolicyFile {
  readonly file: string;
  /** A whole city, or a file that extends one already loaded. */
  readonly kind?: "whole" | "extends";
  readonly policy?: Policy;
  /** For an extending file: the city it extends, as loaded before it. */
  readonly base?: Policy;
  /** For an extending file: what it adds or overrides. */
  readonly changes?: readonly Change[];
  readonly issues: readonly PolicyIssue[];
}

/** Each source of a user's whole file marked with the file's path. */
function markSources(policy: Policy, file: string): Policy {
  const sources: Policy["sources"] = {};
  for (const [key, entry] of Object.entries(policy.sources)) sources[key] = { ...entry, policyFile: file };
  return { ...policy, sources };
}

/** Where a problem of the merged policy is in the user's file. */
function inUserFile(issue: PolicyIssue, rawPath: readonly PropertyKey[], merged: Record<string, unknown>, versionIndex: ReadonlyMap<string, number>, base: Policy): PolicyIssue {
  if (rawPath[0] !== "versions" || typeof rawPath[1] !== "number") return issue;
  const versions = merged.versions;
  const version = Array.isArray(versions) ? versions[rawPath[1]] : undefined;
  const id = isPlainObject(version) && typeof version.id === "string" ? version.id : "";
  const index = versionIndex.get(id);
  const rest = rawPath.slice(2);
  if (index !== undefined) return { ...issue, path: formatPath(["versions", index, ...rest]) };
  // In a version of the city the file does not touch: say so, at the file's `extends`.
  return { ...issue, path: "extends", params: { ...issue.params, city: base.id, version: id, at: formatPath(rest) || ROOT_PATH } };
}

function checkExtension(raw: unknown, file: string, registry: Registry): CheckedPolicyFile {
  const { data, issues: prepared } = prepareData(raw);
  const checked = checkPreparedExtension(data, file, registry);
  if (prepared.length === 0) return checked;
  // A file with notes that are not strings, or placeholders left, gives no policy.
  return { file, kind: "extends", ...(checked.base === undefined ? {} : { base: checked.base }), issues: withPrepareIssues(prepared, checked.issues) };
}

function checkPreparedExtension(data: unknown, file: string, registry: Registry): CheckedPolicyFile {
  const shape = extensionSchema.safeParse(data, { reportInput: true });
  if (!shape.success) return { file, kind: "extends", issues: issuesOf(shape.error) };
  const extension: PolicyExtension = shape.data;
  const base = lookupCity(registry, extension.extends);
  if (base === undefined) {
    return {
      file,
      kind: "extends",
      issues: [
        issueAt(["extends"], "unknown-base", `no city "${extension.extends}" is loaded before this file`, {
          city: extension.extends,
          cities: registry.policies.map((p) => p.id),
        }),
      ],
    };
  }
  const merged = extendPolicy(base, extension, file);
  if (merged.issues.length > 0) return { file, kind: "extends", base, issues: merged.issues };
  const result = policySchema.safeParse(merged.data, { reportInput: true });
  const changes = changesOf(base, extension);
  if (result.success) return { file, kind: "extends", base, changes, policy: result.data, issues: [] };
  const mapped: PolicyIssue[] = [];
  rawIssuesOf(result.error).forEach(({ issue, path }) => {
    const located = inUserFile(issue, path, merged.data, merged.versionIndex, base);
    if (!mapped.some((m) => m.path === located.path && m.message === located.message)) mapped.push(located);
  });
  return { file, kind: "extends", base, changes, issues: mapped };
}

/**
 * Reads and checks a user's file against the cities loaded so far (`registry`): a whole city, or a
 * file that extends one of them. Its sources are marked with the file's path.
 */
export function checkPolicyFile(file: string, registry: Registry): CheckedPolicyFile {
  const { data, issues } = readPolicyData(file);
  if (issues.length > 0) return { file, issues };
  if (isPlainObject(data) && Object.hasOwn(data, "extends")) return checkExtension(data, file, registry);
  const whole = checkWhole(data);
  return whole.policy === undefined ? { file, kind: "whole", issues: whole.issues } : { file, kind: "whole", policy: markSources(whole.policy, file), issues: [] };
}

/** A shipped policy file, read and checked; throws POLICY_INVALID listing every problem. */
export function loadPolicyFile(file: string): Policy {
  const { data, issues } = readPolicyData(file);
  if (issues.length > 0) throw new YibaoError("POLICY_INVALID", { file, issues, inPackage: inPolicyFolder(file) });
  return parsePolicy(data, file);
}

/**
 * The user's files loaded in order, each whole or extending a city loaded before it (so a file can
 * extend only what comes earlier, and no cycle can arise). Throws POLICY_INVALID at the first bad file.
 */
export function withUserFiles(registry: Registry, files: readonly string[]): Registry {
  let current = registry;
  for (const file of files) {
    const checked = checkPolicyFile(file, current);
    if (checked.policy === undefined) throw new YibaoError("POLICY_INVALID", { file, issues: checked.issues, inPackage: inPolicyFolder(file) });
    current = withUserPolicy(current, checked.policy, file, checked.kind === "extends");
  }
  return current;
}

/** The policy files of a folder: `*.json` by name, without `schema.json`. */
export function policyFilesIn(dir: string, variable?: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".json") && name !== "schema.json")
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    throw new YibaoError("POLICY_READ", { file: dir, folder: true, ...(variable === undefined ? {} : { variable }), detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

export function shippedPolicyFiles(dir: string = shippedPolicyDir()): string[] {
  return policyFilesIn(dir);
}

/** The user's files to load: the folder YIBAO_POLICY_DIR names (if set), then the files given. */
export function userPolicyFiles(env: Readonly<Record<string, string | undefined>>, files: readonly string[]): string[] {
  const dir = env[POLICY_DIR_VARIABLE];
  return [...(dir === undefined || dir === "" ? [] : policyFilesIn(dir, POLICY_DIR_VARIABLE)), ...files];
}

/** The shipped policies read and checked from `policies/`, then the user's files in order. */
export function loadRegistry(extraFiles: readonly string[] = []): Registry {
  return withUserFiles({ policies: shippedPolicyFiles().map(loadPolicyFile) }, extraFiles);
}
