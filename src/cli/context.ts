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
    readonly stdout: NodeJS.WritableStream;
    readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  };
}
