/** `yibao batch`: settle a stream of visits of many people, one JSON line out for each line in. */
import { fstatSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { Command } from "commander";
import type { LineOutcome } from "../../app/batch.js";
import type { Pending } from "../batch-workers.js";
import { cliRegistry } from "../../app/policies.js";
import { EXIT, YibaoError, arg } from "../../shared/errors.js";
import type { Context, Out } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { checkStdin, encodingOption } from "../io.js";
import { LineSplitter } from "../lines.js";
import { collect, flag, text, texts } from "../options.js";
import { OutputClosed, openNewFile, writeOut } from "../output.js";
import { REASONS_FORMS, type ReasonsForm } from "../render/reasons-form.js";
import type { BatchOptions, OutputEncoding, SheetFormat } from "../sheets.js";

export function batchCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.batch;
  return new Command("batch")
    .argument("[file]", h.file)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--encoding <utf-8|gbk|utf-16>", h.encoding)
    .option("--from <jsonl|csv|xlsx>", h.from)
    .option("--to <jsonl|csv|xlsx>", h.to)
    .option("-o, --output <file>", h.output)
    .option("--force", h.force)
    .option("--output-encoding <utf-8|gbk>", h.outputEncoding)
    .option("--reasons <codes|full>", h.reasons)
    .option("--workers <n>", h.workers)
    .addHelpText("after", h.examples)
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const o = batchOptions(file ?? "-", raw);
      if (o.output !== undefined && o.file !== "-" && sameFile(o.output, o.file)) {
        throw new YibaoError("OUTPUT_IS_INPUT", { file: o.output });
      }
      if (o.to === "xlsx" && o.output === undefined && (ctx.streams.stdout as { isTTY?: boolean }).isTTY === true) {
        throw new YibaoError("XLSX_TO_TERMINAL", {});
      }
      if (o.from === "jsonl" && o.to === "jsonl") {
        await runBatch(o, ctx);
      } else {
        await (await import("./batch-sheet.js")).runSheetBatch(o, ctx);
      }
    });
}

const FORMATS: readonly SheetFormat[] = ["jsonl", "csv", "xlsx"];

/** Whether two paths name one file (through links too); false when either does not exist. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The format a file's name says: .csv, .xlsx (and .xls, .xlsm, for the reader to say what it is); else JSON Lines. */
function formatOfName(name: string | undefined): SheetFormat {
  const ext = extname(name ?? "").toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".xlsx" || ext === ".xlsm" || ext === ".xls" ? "xlsx" : "jsonl";
}

function formatOption(name: "from" | "to", value: string | undefined): SheetFormat | undefined {
  if (value === undefined) return undefined;
  const format = FORMATS.find((f) => f === value.trim().toLowerCase());
  if (format === undefined) throw new YibaoError("INVALID_VALUE", { field: arg(name), value, accepted: FORMATS });
  return format;
}

function reasonsOption(value: string | undefined): ReasonsForm {
  if (value === undefined) return "codes";
  const form = REASONS_FORMS.find((f) => f === value.trim().toLowerCase());
  if (form === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("reasons"), value, accepted: REASONS_FORMS });
  return form;
}

/** The most threads `--workers` takes. */
const MAX_WORKERS = 64;

function workersOption(value: string | undefined, to: SheetFormat, from: SheetFormat): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) throw new YibaoError("INVALID_VALUE", { field: arg("workers"), value, accepted: ["1", "2", "…", String(MAX_WORKERS)] });
  if (n > 1 && (to !== "jsonl" || from !== "jsonl")) {
    throw new YibaoError("CONFLICTING_OPTIONS", { given: [{ field: arg("workers"), value }, { field: arg(from !== "jsonl" ? "from" : "to"), value: from !== "jsonl" ? from : to }], conflict: "WORKERS_SHEET" });
  }
  return n;
}

const OUTPUT_ENCODINGS: Readonly<Record<string, OutputEncoding>> = { "utf-8": "utf-8", utf8: "utf-8", gbk: "gbk", gb18030: "gbk", gb2312: "gbk", cp936: "gbk" };

export function batchOptions(file: string, raw: Record<string, unknown>): BatchOptions {
  const output = text(raw, "output");
  const toGiven = formatOption("to", text(raw, "to"));
  const to = toGiven ?? formatOfName(output);
  const encodingGiven = text(raw, "outputEncoding");
  let outputEncoding: OutputEncoding = "utf-8";
  if (encodingGiven !== undefined) {
    const choice = OUTPUT_ENCODINGS[encodingGiven.trim().toLowerCase()];
    if (choice === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("outputEncoding"), value: encodingGiven, accepted: ["utf-8", "gbk"] });
    if (to !== "csv") {
      const format = toGiven !== undefined || output === undefined ? { field: arg("to"), value: to } : { field: arg("output"), value: output };
      throw new YibaoError("CONFLICTING_OPTIONS", { given: [{ field: arg("outputEncoding"), value: encodingGiven }, format], conflict: "OUTPUT_ENCODING_NOT_CSV" });
    }
    outputEncoding = choice;
  }
  const from = formatOption("from", text(raw, "from")) ?? (file === "-" ? "jsonl" : formatOfName(file));
  return {
    file,
    policyFiles: texts(raw, "policyFile"),
    encoding: encodingOption(text(raw, "encoding")),
    from,
    to,
    output,
    force: flag(raw, "force"),
    outputEncoding,
    reasons: reasonsOption(text(raw, "reasons")),
    workers: workersOption(text(raw, "workers"), to, from),
  };
}

async function inputStream(file: string, ctx: Context): Promise<NodeJS.ReadableStream> {
  if (file === "-") {
    checkStdin(ctx.streams.stdin);
    return ctx.streams.stdin;
  }
  try {
    const handle = await open(file, "r");
    return handle.createReadStream({ highWaterMark: 1 << 16 });
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** Size of an output buffer; a longer line gets a buffer of its own. */
const BUFFER_BYTES = 1 << 18;

/**
 * Collects the output lines of one chunk of input as UTF-8 in reused buffers, and writes them
 * together, waiting when the output is full. A buffer goes back to the pool once its bytes are
 * written. The command writes what it has before it waits for more input, so that a run stopped
 * midway loses only the lines in flight.
 */
class Output {
  private readonly pool: Buffer[] = [];
  private readonly ready: Buffer[] = [];
  private current: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(private readonly stream: Out) {}

  /** A line and its newline; `ascii`: the line is known to hold only ASCII, copied without encoding. */
  push(line: string, ascii = false): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8; and one for the newline.
    const most = (ascii ? line.length : line.length * 3) + 1;
    if (most > this.current.length - this.used) this.next(most);
    this.used += this.current.write(line, this.used, ascii ? "latin1" : "utf8");
    this.current[this.used++] = 10;
  }

  /** Sets the filled part of the current buffer aside to be written, and starts another with room for `most` bytes. */
  private next(most: number): void {
    if (this.used > 0) this.ready.push(this.current.subarray(0, this.used));
    else if (this.current.length === BUFFER_BYTES) this.pool.push(this.current);
    this.current = most > BUFFER_BYTES ? Buffer.allocUnsafe(most) : (this.pool.pop() ?? Buffer.allocUnsafe(BUFFER_BYTES));
    this.used = 0;
  }

  async flush(): Promise<void> {
    if (this.used > 0) this.next(0);
    while (this.ready.length > 0) {
      const bytes = this.ready.shift() as Buffer;
      // Only the buffers of the common size go back to the pool; a longer line's own buffer is dropped.
      const reusable = bytes.byteOffset === 0 && bytes.buffer.byteLength === BUFFER_BYTES;
      await writeOut(this.stream, bytes, (error) => {
        if (reusable && (error === undefined || error === null)) this.pool.push(Buffer.from(bytes.buffer, 0, BUFFER_BYTES));
      });
    }
  }
}

/** A line on a terminal's stderr saying how far the batch is; nothing when stderr is not a terminal. */
class Progress {
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: Context["streams"]["stderr"],
    private readonly say: (lines: number) => string,
  ) {}

  tick(lines: number): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r${this.say(lines)}`);
  }

  done(): void {
    if (this.shown) this.stream.write("\r\u001b[K");
  }
}

/** Input below this size is settled in one thread unless --workers says otherwise: starting threads would cost more. */
const SMALL_INPUT_BYTES = 1 << 20;

/** The threads a batch settles in: as asked; else the machine's cores when it has more than two and the input is not a small file. */
function threadsFor(o: BatchOptions, inputBytes: number | undefined): number {
  if (o.workers !== undefined) return o.workers;
  const cores = availableParallelism();
  return cores <= 2 || (inputBytes !== undefined && inputBytes < SMALL_INPUT_BYTES) ? 1 : cores;
}

/** The size of the input when it is a regular file (named, or standard input redirected from one); undefined for a pipe or a terminal. */
function inputSize(file: string, ctx: Context): number | undefined {
  try {
    const fd = file === "-" ? (ctx.streams.stdin as { fd?: unknown }).fd : undefined;
    const stat = file !== "-" ? statSync(file) : typeof fd === "number" ? fstatSync(fd) : undefined;
    return stat?.isFile() === true ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

export async function runBatch(o: BatchOptions, ctx: Context): Promise<void> {
  // A batch keeps every person's year and makes short-lived garbage by the line: a heap let grow by
  // 30% past what a full collection leaves (rather than V8's default of up to twice) keeps a million
  // lines of a hundred thousand people under 200 MB at the same speed (measured with npm run bench).
  setFlagsFromString("--heap-growing-percent=30");
  const { file, encoding } = o;
  const to = o.output === undefined ? undefined : { file: o.output, force: o.force };
  const registry = await cliRegistry(o.policyFiles, ctx.env);
  const input = (await inputStream(file, ctx))[Symbol.asyncIterator]();
  // The line engine, its schema library and the line renderer load only when a batch actually runs.
  const [{ BatchSession, MAX_LINE_BYTES, addTotals }, { batchLine, batchSummary, lastLineAscii }] = await Promise.all([import("../../app/batch.js"), import("../render/batch.js")]);
  const target = to === undefined ? undefined : await openNewFile(to.file, to.force);
  const source = file === "-" ? "stdin" : file;
  const settler = new BatchSession(registry, source);
  const output = new Output(target?.stream ?? ctx.streams.stdout);
  const progress = new Progress(ctx.streams.stderr, catalogue(ctx.lang).help.batch.progress);
  // A failed write to the output file names the file (writeOut speaks of standard output).
  const named = (error: unknown) => (to !== undefined && error instanceof YibaoError && error.is("OUTPUT_WRITE") && error.params.file === undefined ? new YibaoError("OUTPUT_WRITE", { file: to.file, detail: error.params.detail }) : error);
  const nextChunk = async (): Promise<Buffer | undefined> => {
    try {
      const next = await input.next();
      if (next.done === true) return undefined;
      return typeof next.value === "string" ? Buffer.from(next.value) : (next.value as Buffer);
    } catch (error) {
      throw error instanceof YibaoError ? error : new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  };

  const threads = threadsFor(o, inputSize(file, ctx));
  const workers = threads > 1 ? await import("../batch-workers.js") : undefined;
  const pool = await workers?.WorkerPool.start(threads, { policyFiles: o.policyFiles, env: ctx.env, source, lang: ctx.lang, reasons: o.reasons });
  // With threads: each chunk's lines go out at once, and its answers are written in input order
  // while later chunks are being settled.
  const sent = pool === undefined || workers === undefined ? undefined : new workers.InOrder(pool, (line, ascii) => output.push(line, ascii));
  let pending: Pending[] = [];

  const answer = (outcome: LineOutcome | undefined) => {
    if (outcome === undefined) return;
    if (sent === undefined) output.push(batchLine(outcome, ctx.lang, o.reasons), lastLineAscii());
    else pending.push({ out: batchLine(outcome, ctx.lang, o.reasons) });
  };
  const lines: LineSplitter = new LineSplitter(
    {
      line: (raw) => {
        const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (sent === undefined) answer(settler.settleLine(text));
        else pending.push({ line: settler.numberLine(), text });
      },
      tooLong: () => answer(settler.tooLong()),
      undecodable: (problem) => answer(settler.undecodable(lines.encoding, problem)),
    },
    encoding,
    MAX_LINE_BYTES,
  );
  const send = () => {
    sent?.send(pending);
    pending = [];
  };
  const flush = () => output.flush();
  const take = async (chunk: Buffer) => {
    lines.push(chunk);
    send();
    await sent?.write(2, flush);
    await output.flush();
    progress.tick(settler.totals.lines);
  };
  /** The next chunk of input; meanwhile the answers that come back are written, so that none waits on more input. */
  const awaitInput = async (): Promise<Buffer | undefined> => {
    const next = nextChunk();
    next.catch(() => undefined);
    while (sent !== undefined && sent.size > 0) {
      const first = await Promise.race([next.then(() => "input" as const), sent.oldest().then(() => "answer" as const)]);
      if (first === "input") break;
      await sent.write(sent.size - 1, flush);
    }
    return next;
  };
  try {
    for (let chunk = await awaitInput(); chunk !== undefined; chunk = await awaitInput()) await take(chunk);
    lines.end();
    send();
    await sent?.write(0, flush);
    await output.flush();
    await target?.close();
  } catch (error) {
    await pool?.close();
    throw error instanceof YibaoError || error instanceof OutputClosed ? named(error) : error;
  }
  if (pool !== undefined) {
    for (const totals of await pool.totals()) addTotals(settler.totals, totals);
    await pool.close();
  }
  progress.done();
  ctx.streams.stderr.write(batchSummary(settler.totals, ctx.lang));
  if (to !== undefined) ctx.streams.stderr.write(`${catalogue(ctx.lang).help.batch.written(to.file)}\n`);
  if (settler.totals.errors > 0) ctx.outcome.exitCode = EXIT.batchErrors;
}
