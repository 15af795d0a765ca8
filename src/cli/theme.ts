/**
 * Colour only through semantic names. Off under NO_COLOR, for --json, and when the stream is not a
 * terminal; FORCE_COLOR turns it on.
 */
import { Chalk } from "chalk";

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
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

export function makeTheme(enabled: boolean): Theme {
  const c = new Chalk({ level: enabled ? 1 : 0 });
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

export const plainTheme: Theme = makeTheme(false);
