/**
 * The worker threads of `yibao batch --workers N`. The reader shares each chunk's lines out by a hash
 * of their person (`shardOf`), so that every line of a person goes to one worker, in input order;
 * lines without a person (they keep no state) go round in turn. The answers come back per worker and
 * are put back in input order, so the output is byte for byte what one thread writes.
 */
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { type BatchTotals, personOfLine, shardOf } from "../app/batch.js";
import type { WorkerAnswer, WorkerRequest, WorkerSetup } from "./batch-worker.js";

/** The answers to a chunk's lines, in its order: each output line (null for a blank one) and whether it is ASCII only. */
export interface Answers {
  readonly out: (string | null)[];
  readonly ascii: boolean[];
}

interface Waiting extends Answers {
  remaining: number;
  readonly resolve: (answers: Answers) => void;
  readonly reject: (error: unknown) => void;
  /** For each worker, the places in `out` of the lines it was sent. */
  readonly places: Map<number, readonly number[]>;
}

export class WorkerPool {
  private nextId = 0;
  private turn = 0;
  private failure: unknown;
  private readonly waiting = new Map<number, Waiting>();
  private readonly totalsWanted: ((totals: BatchTotals) => void)[][] = [];

  private constructor(private readonly workers: readonly Worker[]) {
    workers.forEach((worker, index) => {
      this.totalsWanted.push([]);
      worker.on("message", (answer: WorkerAnswer) => this.answer(index, answer));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`a batch worker stopped with exit code ${code}`));
      });
    });
  }

  /** Starts `count` workers and waits until each has loaded the policies. */
  static async start(count: number, setup: WorkerSetup): Promise<WorkerPool> {
    // Beside the command's bundle, its own bundle; beside the compiled module, the module.
    const bundled = new URL("./batch-worker.cjs", import.meta.url);
    const file = existsSync(bundled) ? bundled : new URL("./batch-worker.js", import.meta.url);
    const workers = Array.from({ length: count }, () => new Worker(file, { workerData: setup }));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const ready = (message: { kind?: string }) => {
              if (message.kind !== "ready") return;
              worker.off("message", ready);
              worker.off("error", reject);
              resolve();
            };
            worker.on("message", ready);
            worker.once("error", reject);
          }),
      ),
    );
    return new WorkerPool(workers);
  }

  /** The output line of each line (null for a blank one), in the order given. */
  settle(lines: readonly { readonly line: number; readonly text: string }[]): Promise<Answers> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const shares = this.workers.map(() => ({ places: [] as number[], lines: [] as number[], texts: [] as string[] }));
    lines.forEach(({ line, text }, place) => {
      const person = personOfLine(text);
      const share = shares[person === undefined ? this.turn++ % this.workers.length : shardOf(person, this.workers.length)];
      share?.places.push(place);
      share?.lines.push(line);
      share?.texts.push(text);
    });
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const places = new Map<number, readonly number[]>();
      const waiting: Waiting = { out: new Array<string | null>(lines.length).fill(null), ascii: new Array<boolean>(lines.length).fill(false), remaining: 0, resolve, reject, places };
      shares.forEach((share, index) => {
        if (share.lines.length === 0) return;
        places.set(index, share.places);
        waiting.remaining++;
        this.workers[index]?.postMessage({ kind: "lines", id, lines: share.lines, texts: share.texts } satisfies WorkerRequest);
      });
      if (waiting.remaining === 0) resolve(waiting);
      else this.waiting.set(id, waiting);
    });
  }

  /** Each worker's totals, once it has answered every line sent before. */
  totals(): Promise<BatchTotals[]> {
    return Promise.all(
      this.workers.map(
        (worker, index) =>
          new Promise<BatchTotals>((resolve, reject) => {
            if (this.failure !== undefined) return reject(this.failure);
            this.totalsWanted[index]?.push(resolve);
            worker.postMessage({ kind: "totals" } satisfies WorkerRequest);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private answer(index: number, answer: WorkerAnswer): void {
    if (answer.kind === "totals") {
      this.totalsWanted[index]?.shift()?.(answer.totals);
      return;
    }
    const waiting = this.waiting.get(answer.id);
    const places = waiting?.places.get(index);
    if (waiting === undefined || places === undefined) return;
    answer.out.forEach((line, i) => {
      const place = places[i] as number;
      waiting.out[place] = line;
      waiting.ascii[place] = answer.ascii[i] === true;
    });
    if (--waiting.remaining === 0) {
      this.waiting.delete(answer.id);
      waiting.resolve(waiting);
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/** One line of a chunk as the reader has it: to be settled in a thread, or answered already (a line too long, or not text). */
export type Pending = { readonly line: number; readonly text: string } | { readonly out: string };

/**
 * The chunks sent to the threads, kept in input order: a chunk's lines are written once its answers
 * are back and every chunk before it is written.
 */
export class InOrder {
  private readonly queue: Promise<() => void>[] = [];

  constructor(
    private readonly pool: WorkerPool,
    /** Writes one output line; `ascii`: it holds only ASCII. */
    private readonly push: (line: string, ascii: boolean) => void,
  ) {}

  /** Chunks sent and not yet written. */
  get size(): number {
    return this.queue.length;
  }

  /** Sends a chunk's lines to the threads. */
  send(chunk: readonly Pending[]): void {
    if (chunk.length === 0) return;
    const toSettle = chunk.filter((p): p is Extract<Pending, { line: number }> => "line" in p);
    const answered = this.pool.settle(toSettle).then(({ out, ascii }) => () => {
      let next = 0;
      for (const p of chunk) {
        if ("out" in p) this.push(p.out, false);
        else {
          const line = out[next];
          if (line !== null && line !== undefined) this.push(line, ascii[next] === true);
          next++;
        }
      }
    });
    // Marked handled here; awaited (and its failure thrown) in order by `write`.
    answered.catch(() => undefined);
    this.queue.push(answered);
  }

  /** Settles when the oldest chunk's answers are back (at once when none is waiting). */
  oldest(): Promise<unknown> {
    return this.queue[0] ?? Promise.resolve();
  }

  /** Writes the oldest chunks, waiting for their answers, until `keep` are left; `flush` after each. */
  async write(keep: number, flush: () => Promise<void>): Promise<void> {
    while (this.queue.length > keep) {
      (await (this.queue.shift() as Promise<() => void>))();
      await flush();
    }
  }
}
