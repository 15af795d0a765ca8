/**
 * Problems found in a policy file, each with the JSON path where it is. The message is English; the
 * code and params let the CLI say it in Chinese too (see `explainPolicyIssue` in src/cli/policy-words.ts).
 */

import type { PolicyProblem as PolicyIssue } from "../shared/errors.js";

export type { PolicyIssue };

/** `versions[0].outpatient.cap` style paths for people. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    const name = String(part);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? (out === "" ? name : `${out}.${name}`) : `${out}[${JSON.stringify(name)}]`;
  }, "");
}

export const ROOT_PATH = "(root)";

export function issueAt(path: readonly PropertyKey[], code: string, message: string, params?: Readonly<Record<string, unknown>>): PolicyIssue {
  return { path: formatPath(path) || ROOT_PATH, message, code, ...(params === undefined ? {} : { params }) };
}
