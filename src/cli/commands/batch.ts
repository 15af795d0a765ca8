/** `yibao batch`: settle a stream of visits of many people, one JSON line out for each line in. */
import { open } from "node:fs/promises";
import { Command } from "commander";
import { cliRegistry } from "../../app/policies.js";
import { EXIT, YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, texts } from "../options.js";

export function batchCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.batch;
  return new Command("batch")
    .argument("[file]", h.file)
    .option("--policy-file <file>", h.policyFile, collect)
    .addHelpText("after", h.examples)
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      await runBatch(file ?? "-", texts(raw, "policyFile"), ctx);
    });
}

async function inputStream(file: string, ctx: Context): Promise<NodeJS.ReadableStream> {
  if (file === "-") return ctx.streams.stdin;
  try {
    const handle = await open(file, "r");
    return handle.createReadStream({ highWaterMark: 1 << 16 });
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** Collects output lines and writes them in large pieces, waiting when stdout is full. */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}

  push(line: string): void {
    this.parts.push(line);
    this.size += line.length + 1;
  }

  async flush(force = false): Promise<void> {
    if (this.parts.length === 0 || (!force && this.size < 1 << 16)) return;
    const text = `${this.parts.join("\n")}\n`;
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await new Promise((resolve) => this.stream.once("drain", resolve));
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

export async function runBatch(file: string, policyFiles: readonly string[], ctx: Context): Promise<void> {
  const registry = await cliRegistry(policyFiles, ctx.env);
  const input = await inputStream(file, ctx);
  input.setEncoding("utf8");
  // The line engine, its schema library and the line renderer load only when a batch actually runs.
  const [{ BatchSession }, { batchLine, batchSummary }] = await Promise.all([import("../../app/batch.js"), import("../render/batch.js")]);
  const settler = new BatchSession(registry, file === "-" ? "stdin" : file);
  const output = new Output(ctx.streams.stdout);
  const progress = new Progress(ctx.streams.stderr, catalogue(ctx.lang).help.batch.progress);
  const take = (line: string) => {
    const outcome = settler.settleLine(line.endsWith("\r") ? line.slice(0, -1) : line);
    if (outcome !== undefined) output.push(batchLine(outcome, ctx.lang));
  };
  let carry = "";
  for await (const chunk of input) {
    const text = carry + String(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      take(text.slice(start, nl));
      start = nl + 1;
    }
    carry = text.slice(start);
    await output.flush();
    progress.tick(settler.totals.lines);
  }
  if (carry !== "") take(carry);
  await output.flush(true);
  progress.done();
  ctx.streams.stderr.write(batchSummary(settler.totals, ctx.lang));
  if (settler.totals.errors > 0) ctx.outcome.exitCode = EXIT.batchErrors;
}
