/** Whether a city can settle on a date, for the commands that skip the cities that cannot (compare, curve). */
import { type SkipReason, YibaoError } from "../shared/errors.js";
import { isGradeWord } from "../policy/inputs.js";
import { absentParts, compileRules, versionAt, versionOn } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";

export interface Skipped {
  readonly policy: Policy;
  /** `missing`: parameters no source gives (listed in `fields`); `no-version`: no version on the date; see `SkipReason`. */
  readonly reason: SkipReason;
  readonly fields: readonly string[];
  /** The date it cannot settle on. */
  readonly date: string;
  /** For one level or status only: the level as asked and the status. */
  readonly level?: string;
  readonly status?: "in-service" | "retired";
  /** For `level`: the city's own categories. */
  readonly categories?: readonly { readonly zh: string; readonly en: string }[];
}

/** Why a city cannot settle on a date, or null when it can. */
export function unusable(policy: Policy, date: string): Skipped | null {
  const version = versionAt(policy, date);
  if (version === undefined) return { policy, reason: "no-version", fields: [], date };
  const absent = absentParts(version);
  if (absent.length > 0) return { policy, reason: "missing", fields: absent, date };
  return null;
}

/**
 * Why one settlement of a city could not be made, when the reason is the city's and not the input's:
 * a value its sources leave out for this level and status, values by age with no age given, or a
 * level its own categories do not have. Null for any other error, which stays an error.
 */
export function skippedFor(policy: Policy, date: string, thrown: unknown, at: { readonly level?: string; readonly status?: "in-service" | "retired" }): Skipped | null {
  if (!(thrown instanceof YibaoError)) return null;
  // An error told where in an input file it happened carries the error itself as its cause.
  const cause = (thrown.params as { cause?: unknown }).cause;
  const error = thrown.code === "INPUT_VALUE" && cause instanceof YibaoError ? cause : thrown;
  const base = { policy, date, ...(at.level === undefined ? {} : { level: at.level }), ...(at.status === undefined ? {} : { status: at.status }) };
  switch (error.code) {
    case "POLICY_INCOMPLETE": {
      const p = error.params as { fields: readonly string[] };
      return { ...base, reason: "cell", fields: p.fields };
    }
    case "AGE_REQUIRED": {
      const p = error.params as { field: string };
      return { ...base, reason: "age", fields: [p.field] };
    }
    case "INVALID_VALUE": {
      // A common grade (二级) a city's own categories do not take; any other unknown name stays an error.
      const p = error.params as { field: { name: string }; value: string };
      const own = versionAt(policy, date)?.categories;
      // The level asked for, or the one a visit of the input gave.
      const level = at.level ?? p.value;
      if (p.field.name !== "level" || own === undefined || !isGradeWord(level)) return null;
      return { policy, date, level, reason: "level", fields: [], categories: own.map((c) => c.name) };
    }
    default:
      return null;
  }
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
    skipped: skipped.map((s) => ({
      city: s.policy.name.zh,
      cityId: s.policy.id,
      reason: s.reason,
      fields: s.fields,
      ...(s.level === undefined ? {} : { level: s.level }),
      ...(s.status === undefined ? {} : { status: s.status }),
      ...(s.categories === undefined ? {} : { categories: s.categories }),
    })),
  });
}
