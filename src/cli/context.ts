/** What a command may touch of the outside world; the entry point supplies the real one. */
import type { Lang } from "./lang.js";
import type { Theme } from "./theme.js";

export interface Context {
  readonly lang: Lang;
  /** Theme for stdout; plain when colour is off. */
  readonly theme: Theme;
  readonly print: (text: string) => void;
  readonly today: () => string;
  /** The environment the command was started with (YIBAO_POLICY_DIR, …); commands never read process.env. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** What the command wants the process to exit with, when it finished without an error. */
  readonly outcome: { exitCode: number };
  /** The raw streams, for commands that stream (batch). */
  readonly streams: {
    readonly stdin: NodeJS.ReadableStream;
    readonly stdout: Out;
    readonly stderr: Out;
  };
}

/**
 * Standard output or error as a command writes to it: a Node writable stream, or the direct writer
 * the process entry gives (`stdio.ts`), which behaves as one in all of this.
 */
export interface Out {
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
  on(event: string, listener: (...args: any[]) => void): unknown;
  once(event: string, listener: (...args: any[]) => void): unknown;
  off(event: string, listener: (...args: any[]) => void): unknown;
  readonly isTTY?: boolean;
  /** A terminal's width. */
  readonly columns?: number;
  /** The stream's failure, once it has failed. */
  readonly errored?: Error | null;
}
