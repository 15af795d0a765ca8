/**
 * Colour only through semantic names. Off under NO_COLOR, for --json, under TERM=dumb and when the
 * stream is not a terminal; FORCE_COLOR turns it on, except FORCE_COLOR=0 (or false), which turns it
 * off. The colour library is loaded only when colour is on.
 */

export interface Theme {
  readonly heading: (s: string) => string;
  readonly fund: (s: string) => string;
  readonly self: (s: string) => string;
  readonly muted: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly error: (s: string) => string;
  readonly hint: (s: string) => string;
}

export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

const same = (s: string) => s;

export const plainTheme: Theme = { heading: same, fund: same, self: same, muted: same, warn: same, error: same, hint: same };

export async function makeTheme(enabled: boolean): Promise<Theme> {
  if (!enabled) return plainTheme;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return {
    heading: (s) => c.bold(s),
    fund: (s) => c.green(s),
    self: (s) => c.yellow(s),
    muted: (s) => c.dim(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red.bold(s),
    hint: (s) => c.cyan(s),
  };
}
