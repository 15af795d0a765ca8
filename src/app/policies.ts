/** The policies a command works with: the shipped ones, then the user's (YIBAO_POLICY_DIR, --policy-file). */
import type { PolicyOrigin, Registry } from "../policy/registry.js";

export async function cliRegistry(extraFiles: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<Registry> {
  // Initialised on first use (in the bundle too): --help and --version never touch the policy data.
  const { shippedPolicies } = await import("../policy/shipped.js");
  const shipped: Registry = { policies: shippedPolicies() };
  const dir = env.YIBAO_POLICY_DIR;
  if (extraFiles.length === 0 && (dir === undefined || dir === "")) return shipped;
  // The schema library is loaded only when a user's own file has to be checked.
  const { userPolicyFiles, withUserFiles } = await import("../policy/load.js");
  return withUserFiles(shipped, userPolicyFiles(env, extraFiles));
}

/**
 * The city a command may take without `--city`: the one whole city among the `--policy-file` files
 * (the others, if any, extending it). Undefined when they give no whole city, several, or extend
 * another city too; the command then asks for --city.
 */
export function cityOfPolicyFiles(registry: Registry, files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  const given = new Set(files);
  const origins: ReadonlyMap<string, PolicyOrigin> = registry.origins ?? new Map();
  const touched = registry.policies.filter((p) => origins.get(p.id)?.files.some((f) => given.has(f)) === true);
  const [only, ...others] = touched;
  if (only === undefined || others.length > 0) return undefined;
  const origin = origins.get(only.id);
  if (origin === undefined || origin.shipped || !given.has(origin.files[0] ?? "")) return undefined;
  return files.every((f) => origin.files.includes(f)) ? only.id : undefined;
}

/**
 * For a command that takes `--city`: the city given, or else the one its `--policy-file` files give
 * (see cityOfPolicyFiles), with the policies when they had to be loaded to see it.
 */
export async function cityOrPolicyFile(
  city: string | undefined,
  files: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ readonly city: string | undefined; readonly registry?: Registry }> {
  if (city !== undefined || files.length === 0) return { city };
  const registry = await cliRegistry(files, env);
  return { city: cityOfPolicyFiles(registry, files), registry };
}
