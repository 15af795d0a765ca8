/**
 * A worker thread of `yibao batch --workers N`: it settles the lines the reader sends it (every line
 * of the people it was given, in input order) and answers each with its output line, rendered as
 * the single-threaded command renders it. Its totals go back when the reader asks, at the end.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BatchSession } from "../app/batch.js";
import { cliRegistry } from "../app/policies.js";
import { loadCatalogue } from "./i18n/index.js";
import type { Lang } from "./lang.js";
import { batchLine, lastLineAscii } from "./render/batch.js";
import type { ReasonsForm } from "./render/reasons-form.js";

/** What the reader tells a worker when it starts it. */
export interface WorkerSetup {
  readonly policyFiles: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly source: string;
  readonly lang: Lang;
  readonly reasons: ReasonsForm;
}

/** A share of one chunk of input: line numbers and their texts. */
export interface WorkerLines {
  readonly kind: "lines";
  readonly id: number;
  readonly lines: readonly number[];
  readonly texts: readonly string[];
}

export type WorkerRequest = WorkerLines | { readonly kind: "totals" };

/** The output line of each line sent (null for a blank one) and whether it is ASCII only, or the totals at the end. */
export type WorkerAnswer = { readonly kind: "out"; readonly id: number; readonly out: readonly (string | null)[]; readonly ascii: readonly boolean[] } | { readonly kind: "totals"; readonly totals: BatchSession["totals"] };

async function serve(port: NonNullable<typeof parentPort>, setup: WorkerSetup): Promise<void> {
  const [registry] = await Promise.all([cliRegistry(setup.policyFiles, setup.env), loadCatalogue(setup.lang)]);
  const session = new BatchSession(registry, setup.source);
  port.on("message", (request: WorkerRequest) => {
    if (request.kind === "totals") {
      port.postMessage({ kind: "totals", totals: session.totals } satisfies WorkerAnswer);
      return;
    }
    const ascii: boolean[] = [];
    const out = request.texts.map((text, i) => {
      const outcome = session.settleNumbered(request.lines[i] as number, text);
      const line = outcome === undefined ? null : batchLine(outcome, setup.lang, setup.reasons);
      ascii.push(line !== null && lastLineAscii());
      return line;
    });
    port.postMessage({ kind: "out", id: request.id, out, ascii } satisfies WorkerAnswer);
  });
  port.postMessage({ kind: "ready" });
}

if (parentPort !== null) {
  // A failure to start is thrown in the thread, where the reader's pool hears of it.
  serve(parentPort, workerData as WorkerSetup).catch((error: unknown) => {
    process.nextTick(() => {
      throw error;
    });
  });
}
