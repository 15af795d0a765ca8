/** `yibao batch`: settle a stream of visits of many people, one JSON line out for each line in. */
import { open } from "node:fs/promises";
import { Command } from "commander";
import { EXIT, YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import type { Lang } from "../lang.js";
import { collect, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

const HELP = {
  zh: {
    file: "输入文件,- 或省略表示标准输入",
    policyFile: "另外加载的政策文件(可重复)",
    examples: `
每行一条就诊记录:
  {"id":"v1","person":"p1","city":"鞍山","type":"退休","level":2,"amount":"1200","date":"2025-03-01"}
同一 person 的就诊按输入顺序在同一年度内累计起付线和限额;没有 person 的记录单独结算。
每个输入行(空行除外)恰好输出一行:结算结果,或 {"line":…,"error":{"code":…,"message":…}}。
结束时在标准错误输出汇总;有任何一行出错时退出码为 5。

示例:
  yibao batch visits.jsonl > results.jsonl
  cat visits.jsonl | yibao batch --lang en
`,
  },
  en: {
    file: "input file; - or nothing for standard input",
    policyFile: "load another policy file (repeatable)",
    examples: `
One visit per line:
  {"id":"v1","person":"p1","city":"anshan","type":"retired","level":2,"amount":"1200","date":"2025-03-01"}
Visits of the same person accumulate the deductible and the cap within a calendar year, in input
order; visits without a person stand alone. Every input line but a blank one gets exactly one output
line: its result, or {"line":…,"error":{"code":…,"message":…}}. A summary goes to standard error at
the end; the exit code is 5 when any line failed.

Examples:
  yibao batch visits.jsonl > results.jsonl
  cat visits.jsonl | yibao batch --lang en
`,
  },
} as const;

export function batchCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
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
    private readonly lang: Lang,
  ) {}

  tick(lines: number): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.shown = true;
    this.stream.write(this.lang === "zh" ? `\r已处理 ${lines} 行…` : `\r${lines} lines processed…`);
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
  const progress = new Progress(ctx.streams.stderr, ctx.lang);
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
