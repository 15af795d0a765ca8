/** Reading commander's option values with their types checked, for the command files. */

function wrongType(name: string, expected: string): never {
  throw new Error(`option ${name} is not ${expected}; the command definition and its reader disagree`);
}

export function text(raw: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || typeof value === "string") return value;
  return wrongType(name, "a string");
}

/** A switch; absent means off (`--no-x` switches default to on in commander itself). */
export function flag(raw: Readonly<Record<string, unknown>>, name: string): boolean {
  const value = raw[name];
  if (value === undefined) return false;
  if (typeof value === "boolean") return value;
  return wrongType(name, "a boolean");
}

/** A repeatable option; absent means none. */
export function texts(raw: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = raw[name];
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return wrongType(name, "a list of strings");
}

/** Commander's accumulator for a repeatable option. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** A comma-separated list as typed (`鞍山,松原`, the full-width comma too), without blanks. */
export function commaList(value: string | undefined): string[] {
  return (value ?? "").split(/[,,]/).map((item) => item.trim()).filter((item) => item !== "");
}
