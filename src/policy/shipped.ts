/**
 * The policies shipped in `policies/`, checked against the schema as they are read. The CLI bundle
 * replaces this module with the same data, checked once at build time, so that starting the
 * command costs neither the schema library nor the files (see scripts/build.js).
 */
import { loadPolicyFile, shippedPolicyFiles } from "./load.js";
import type { Policy } from "./schema.js";

export function shippedPolicies(): readonly Policy[] {
  return shippedPolicyFiles().map(loadPolicyFile);
}
