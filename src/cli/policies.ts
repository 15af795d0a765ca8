/** The policies a command works with: the shipped ones, and the user's files when given. */
import type { Registry } from "../policy/registry.js";
import { withPolicies } from "../policy/registry.js";

export async function cliRegistry(extraFiles: readonly string[]): Promise<Registry> {
  // A chunk of its own in the bundle: --help and --version never load the policy data.
  const { shippedPolicies } = await import("../policy/shipped.js");
  const shipped: Registry = { policies: shippedPolicies() };
  if (extraFiles.length === 0) return shipped;
  // The schema library is loaded only when a user's own file has to be checked.
  const { loadPolicyFile } = await import("../policy/load.js");
  return withPolicies(shipped, extraFiles.map(loadPolicyFile));
}
