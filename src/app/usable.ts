/** Whether a city can settle on a date, for the commands that skip the cities that cannot (compare, curve). */
import { YibaoError } from "../shared/errors.js";
import { compileRules, missingFields, versionAt, versionOn } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";

export interface Skipped {
  readonly policy: Policy;
  /** `missing`: parameters no source gives (listed in `fields`); `no-version`: no version on the date. */
  readonly reason: "missing" | "no-version";
  readonly fields: readonly string[];
  /** The date it cannot settle on. */
  readonly date: string;
}

/** Why a city cannot settle on a date, or null when it can. */
export function unusable(policy: Policy, date: string): Skipped | null {
  const version = versionAt(policy, date);
  if (version === undefined) return { policy, reason: "no-version", fields: [], date };
  if (version.outpatient === undefined) {
    return { policy, reason: "missing", fields: missingFields(version).filter((f) => f === "deductible" || f === "ratios" || f === "cap"), date };
  }
  return null;
}

/**
 * Every city considered was skipped: nothing at all could be computed. One city alone fails with its
 * own error, which says more (the versions on file, the notes on what the sources leave out).
 */
export function nothingComputed(command: "compare" | "curve", date: string | null, skipped: readonly Skipped[]): YibaoError {
  const [only] = skipped;
  if (skipped.length === 1 && only !== undefined) {
    try {
      compileRules(only.policy, versionOn(only.policy, only.date));
    } catch (error) {
      if (error instanceof YibaoError) return error;
      throw error;
    }
  }
  return new YibaoError("NO_CITY_COMPUTED", {
    command,
    date,
    skipped: skipped.map((s) => ({ city: s.policy.name.zh, cityId: s.policy.id, reason: s.reason, fields: s.fields })),
  });
}
