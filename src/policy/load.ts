/**
 * Reading policy files from disk and checking them against the schema. Shipped files live in
 * `policies/`; a user may add files of their own, which are checked the same way when loaded.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { YibaoError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { type Registry, withPolicies } from "./registry.js";
import { type Policy, policySchema, referenceIssues } from "./schema.js";

/** The folder of shipped policies: `policies/` at the package root. */
export const shippedPolicyDir = (): string => join(packageRoot(), "policies");

/** Largest policy file accepted, in bytes. */
export const MAX_POLICY_BYTES = 1_000_000;

export interface PolicyIssue {
  readonly path: string;
  readonly message: string;
}

/** `versions[0].outpatient.cap` style paths for people. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    const name = String(part);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (out === "" ? name : `${out}.${name}`) : `${out}[${JSON.stringify(name)}]`;
  }, "");
}

export function issuesOf(error: z.ZodError): PolicyIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(root)", message: issue.message }));
}

/** Checks parsed JSON against the schema; throws POLICY_INVALID listing every problem. */
export function parsePolicy(data: unknown, file: string): Policy {
  const result = policySchema.safeParse(data);
  if (result.success) return result.data;
  // Reference checks run only on an otherwise valid file inside the schema; report them anyway.
  const issues = issuesOf(result.error);
  for (const extra of referenceIssues(data)) {
    const path = formatPath(extra.path);
    if (!issues.some((i) => i.path === path)) issues.push({ path, message: extra.message });
  }
  throw new YibaoError("POLICY_INVALID", { file, issues });
}

export function loadPolicyFile(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new YibaoError("POLICY_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
    throw new YibaoError("POLICY_INVALID", { file, issues: [{ path: "(root)", message: `file is larger than ${MAX_POLICY_BYTES} bytes` }] });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new YibaoError("POLICY_INVALID", { file, issues: [{ path: "(root)", message: `not valid JSON: ${(error as Error).message}` }] });
  }
  return parsePolicy(data, file);
}

export function shippedPolicyFiles(dir: string = shippedPolicyDir()): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && name !== "schema.json")
    .sort()
    .map((name) => join(dir, name));
}

/** The shipped policies read and checked from `policies/`, then the user's files in order. */
export function loadRegistry(extraFiles: readonly string[] = []): Registry {
  return withPolicies({ policies: shippedPolicyFiles().map(loadPolicyFile) }, extraFiles.map(loadPolicyFile));
}

