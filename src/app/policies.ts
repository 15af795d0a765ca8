/** The policies a command works with: the shipped ones, then the user's (YIBAO_POLICY_DIR, --policy-file). */
import type { Registry } from "../policy/registry.js";

export async function cliRegistry(extraFiles: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<Registry> {
  // A chunk of its own in the bundle: --help and --version never load the policy data.
  const { shippedPolicies } = await import("../policy/shipped.js");
  const shipped: Registry = { policies: shippedPolicies() };
  const dir = env.YIBAO_POLICY_DIR;
  if (extraFiles.length === 0 && (dir === undefined || dir === "")) return shipped;
  // The schema library is loaded only when a user's own file has to be checked.
  const { userPolicyFiles, withUserFiles } = await import("../policy/load.js");
  return withUserFiles(shipped, userPolicyFiles(env, extraFiles));
}
