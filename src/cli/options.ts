/** Reading commander's option values with their types checked, for the command files. */

function wrongType(name: string, expected: string): never {
  throw new Error(`option ${name} is not ${expected}; the command definition and its reader disagree`);
}

export function text(raw: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || typeof value === "string") return value;
  return wrongType(name, "a string");
}

export function flag(raw: Readonly<Record<string, unknown>>, name: string): boolean {
  const value = raw[name];
  if (typeof value === "boolean") return value;
  return wrongType(name, "a boolean");
}

export function texts(raw: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = raw[name];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return wrongType(name, "a list of strings");
}
