/** Reading commander's option values with their types checked, for the command files. */
import type { Command } from "commander";
import { YibaoError, arg } from "../shared/errors.js";

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

/** The person's age or birth date (`--age`, `--birth-date`), one or neither, as visit fields. */
export function personOf(o: { readonly age?: string | undefined; readonly birthDate?: string | undefined }): { age?: string; birthDate?: string } {
  if (o.age !== undefined && o.birthDate !== undefined) {
    throw new YibaoError("CONFLICTING_OPTIONS", { given: [{ field: arg("age"), value: o.age }, { field: arg("birthDate"), value: o.birthDate }], conflict: "AGE_AND_BIRTH_DATE" });
  }
  return { ...(o.age === undefined ? {} : { age: o.age }), ...(o.birthDate === undefined ? {} : { birthDate: o.birthDate }) };
}

/** Visits from a file with the person's age or birth date added where a visit gives neither. */
export function withPerson<V extends { readonly age?: unknown; readonly birthDate?: unknown }>(visits: readonly V[], person: { age?: string; birthDate?: string }): V[] {
  return visits.map((v) => (v.age === undefined && v.birthDate === undefined ? { ...v, ...person } : v));
}

/** Commander's accumulator for a repeatable option. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** A comma-separated list as typed (`鞍山,松原`, the full-width comma too), without blanks. */
export function commaList(value: string | undefined): string[] {
  return (value ?? "").split(/[,,]/).map((item) => item.trim()).filter((item) => item !== "");
}

/** `direct-settlement` → `directSettlement`, the way fields are named. */
const camel = (name: string): string => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Refuses an option given twice (`--amount 1 --amount 2`) or a switch given with its negation
 * (`--direct-settlement --no-direct-settlement`), which commander would settle by keeping the last.
 * Options that collect their values (`--policy-file`) may repeat.
 */
export function refuseRepeats(command: Command): void {
  const seen = new Map<string, { readonly name: string; readonly value?: string }>();
  for (const option of command.options) {
    if (option.variadic || option.parseArg === collect) continue;
    const key = option.attributeName();
    command.on(`option:${option.name()}`, (value: unknown) => {
      const now = { name: camel(option.name()), ...(typeof value === "string" ? { value } : {}) };
      const before = seen.get(key);
      if (before !== undefined) {
        const given = [before, now].map((g) => ({ field: arg(g.name), ...(g.value === undefined ? {} : { value: g.value }) }));
        throw new YibaoError("CONFLICTING_OPTIONS", { given, conflict: before.name === now.name ? "REPEATED" : "CONTRADICTORY" });
      }
      seen.set(key, now);
    });
  }
}
