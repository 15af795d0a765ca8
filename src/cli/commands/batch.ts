/** `yibao batch`: settle a stream of visits of many people, one JSON line out for each line in. */
import { open } from "node:fs/promises";
import { Command } from "commander";
import type { LineOutcome } from "../../app/batch.js";
import { cliRegistry } from "../../app/policies.js";
import { EXIT, YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { type EncodingChoice, checkStdin, encodingOption } from "../io.js";
import { LineSplitter } from "../lines.js";
import { collect, text, texts } from "../options.js";
import { OutputClosed, writeOut } from "../output.js";

export function batchCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.batch;
  return new Command("batch")
    .argument("[file]", h.file)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--encoding <utf-8|gbk|utf-16>", h.encoding)
    .addHelpText("after", h.examples)
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      await runBatch(file ?? "-", texts(raw, "policyFile"), encodingOption(text(raw, "encoding")), ctx);
    });
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

/**
 * Collects output lines and writes them in large pieces, waiting when stdout is full. The command
 * writes what it has before it waits for more input, so that a run stopped midway loses only the
 * lines in flight.
 */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}

  push(line: string): void {
    this.parts.push(line);
    this.size += line.length + 1;
  }

  /** Writes what is collected: always when `force`, else once there is enough of it. */
  async flush(force = false): Promise<void> {
    if (this.parts.length === 0 || (!force && this.size < 1 << 16)) return;
    const text = `${this.parts.join("\n")}\n`;
    this.parts = [];
    this.size = 0;
    await writeOut(this.stream, text);
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

export async function runBatch(file: string, policyFiles: readonly string[], encoding: EncodingChoice, ctx: Context): Promise<void> {
  const registry = await cliRegistry(policyFiles, ctx.env);
  const input = await inputStream(file, ctx);
  // The line engine, its schema library and the line renderer load only when a batch actually runs.
  const [{ BatchSession, MAX_LINE_BYTES }, { batchLine, batchSummary }] = await Promise.all([import("../../app/batch.js"), import("../render/batch.js")]);
  const settler = new BatchSession(registry, file === "-" ? "stdin" : file);
  const output = new Output(ctx.streams.stdout);
  const progress = new Progress(ctx.streams.stderr, catalogue(ctx.lang).help.batch.progress);
  const answer = (outcome: LineOutcome | undefined) => {
    if (outcome !== undefined) output.push(batchLine(outcome, ctx.lang));
  };
  const lines: LineSplitter = new LineSplitter(
    {
      line: (line) => answer(settler.settleLine(line.endsWith("\r") ? line.slice(0, -1) : line)),
      tooLong: () => answer(settler.tooLong()),
      undecodable: (problem) => answer(settler.undecodable(lines.encoding, problem)),
    },
    encoding,
    MAX_LINE_BYTES,
  );
  try {
    for await (const chunk of input) {
      lines.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
      await output.flush(true);
      progress.tick(settler.totals.lines);
    }
  } catch (error) {
    if (error instanceof YibaoError || error instanceof OutputClosed) throw error;
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  lines.end();
  await output.flush(true);
  progress.done();
  ctx.streams.stderr.write(batchSummary(settler.totals, ctx.lang));
  if (settler.totals.errors > 0) ctx.outcome.exitCode = EXIT.batchErrors;
}
