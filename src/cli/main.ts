/**
 * The entry point and the one error boundary: builds the program, runs it, turns every failure into
 * a message and an exit code. Only here is the exit code set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { EXIT, YibaoError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { todayInChina } from "../policy/inputs.js";
import { accountCommand } from "./commands/account.js";
import { batchCommand } from "./commands/batch.js";
import { calcCommand } from "./commands/calc.js";
import { compareCommand } from "./commands/compare.js";
import { curveCommand } from "./commands/curve.js";
import { familyCommand } from "./commands/family.js";
import { policyCommand } from "./commands/policy.js";
import type { Context } from "./context.js";
import { type Lang, langFromArgv, langOption, normalizeLang } from "./lang.js";
import { explainError } from "./messages.js";
import { colourEnabled, makeTheme } from "./theme.js";

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "0.0.0";
}

const PROGRAM_HELP = {
  zh: {
    description: "职工医保普通门诊统筹(门诊共济)计算器:统筹基金付多少、个人付多少,精确到分,每一步都有政策依据。",
    lang: "输出语言:zh(默认)| en",
    version: "显示版本号",
    help: "显示帮助",
    after: `
示例:
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --date 2025-03-01
  yibao calc --city anshan --type retired --level 2 --amount 1200 --json --lang en
  yibao batch visits.jsonl > results.jsonl
  yibao policy show 鞍山 --date 2025-06-01

退出码:0 成功;1 内部错误;2 用法或参数错误;3 输入文件错误;4 政策缺失或无效;5 batch 中有行出错。
设置 NO_COLOR 可关闭颜色。`,
  },
  en: {
    description: "Employee outpatient pooling (门诊共济) calculator: what the pooled fund pays and what you pay, to the fen, each step traced to the policy.",
    lang: "output language: zh (default) | en",
    version: "print the version",
    help: "show help",
    after: `
Examples:
  yibao calc --city anshan --type retired --level 2 --amount 1200 --date 2025-03-01 --lang en
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --json
  yibao batch visits.jsonl > results.jsonl
  yibao policy show anshan --date 2025-06-01 --lang en

Exit codes: 0 ok; 1 internal error; 2 usage or bad value; 3 input file error; 4 policy missing or invalid; 5 some batch lines failed.
Set NO_COLOR to turn colour off.`,
  },
} as const;

/** Commander's headings, in Chinese. */
const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  "Usage:": "用法:",
  "Options:": "选项:",
  "Commands:": "命令:",
  "Arguments:": "参数:",
  "Global Options:": "全局选项:",
};

export function buildProgram(ctx: Context, write: { out: (s: string) => void; err: (s: string) => void }): Command {
  const h = PROGRAM_HELP[ctx.lang];
  const program = new Command("yibao")
    .description(h.description)
    .version(version(), "-V, --version", h.version)
    .helpOption("-h, --help", h.help)
    .helpCommand(false)
    .option("--lang <zh|en>", h.lang)
    .addHelpText("after", h.after)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: write.out, writeErr: write.err, outputError: () => undefined })
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => (ctx.lang === "zh" ? (HELP_TITLES_ZH[title] ?? title) : title) });
  // Settings, help and output go down to every command and to the subcommands of a group (policy).
  const inherit = (command: Command, parent: Command): Command => {
    command.copyInheritedSettings(parent).helpOption("-h, --help", h.help);
    for (const sub of command.commands) inherit(sub, command);
    return command;
  };
  for (const command of [calcCommand(ctx), batchCommand(ctx), familyCommand(ctx), accountCommand(ctx), compareCommand(ctx), curveCommand(ctx), policyCommand(ctx)]) {
    program.addCommand(inherit(command, program));
  }
  return program;
}

const USAGE_ZH: Readonly<Record<string, (token: string) => string>> = {
  "commander.unknownOption": (t) => `不认识的选项 ${t}。`,
  "commander.unknownCommand": (t) => `不认识的命令 ${t}。`,
  "commander.optionMissingArgument": (t) => `选项 ${t} 缺少取值。`,
  "commander.missingMandatoryOptionValue": (t) => `缺少必需的选项 ${t}。`,
  "commander.excessArguments": () => "多余的参数。",
  "commander.missingArgument": (t) => `缺少参数 ${t}。`,
};

/** Commander's English sentence, or its Chinese equivalent. */
function usageMessage(error: CommanderError, lang: Lang): string {
  const english = error.message.replace(/^error:\s*/, "");
  if (lang === "en") return `${english.charAt(0).toUpperCase()}${english.slice(1)}`;
  const token = /'([^']+)'/.exec(english)?.[1] ?? "";
  const zh = USAGE_ZH[error.code];
  const suggestion = /\(Did you mean (.+)\?\)/.exec(english)?.[1];
  return zh === undefined ? english : `${zh(token)}${suggestion === undefined ? "" : `你是想用 ${suggestion} 吗?`}`;
}

export interface RunIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly readStdin: () => string;
}

/** Runs yibao; returns the exit code. */
export async function run(io: RunIo): Promise<number> {
  const lang = langFromArgv(io.argv, io.env);
  const colour = colourEnabled(io.stdout, io.env) && !io.argv.includes("--json");
  const ctx: Context = {
    lang,
    theme: await makeTheme(colour),
    readStdin: io.readStdin,
    print: (text) => io.stdout.write(text),
    today: () => io.env.YIBAO_TODAY ?? todayInChina(),
    env: io.env,
    streams: { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr },
    outcome: { exitCode: EXIT.ok },
  };
  try {
    const program = buildProgram(ctx, { out: (s) => io.stdout.write(s), err: (s) => io.stderr.write(s) });
    const given = langOption(io.argv);
    if (given !== undefined && normalizeLang(given) === undefined) {
      throw new YibaoError("INVALID_VALUE", { option: "--lang", value: given, accepted: ["zh", "en"] });
    }
    if (io.argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return EXIT.ok;
    }
    await program.parseAsync([...io.argv], { from: "user" });
    return ctx.outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError && ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) {
      return EXIT.ok;
    }
    const errTheme = await makeTheme(colourEnabled(io.stderr, io.env));
    const label = lang === "zh" ? { error: "错误", hint: "提示" } : { error: "Error", hint: "Hint" };
    const report = (message: string, hint: string | undefined) =>
      io.stderr.write(`${errTheme.error(`${label.error}:`)} ${message}\n${hint === undefined ? "" : `${errTheme.hint(`${label.hint}:`)} ${hint}\n`}`);
    if (error instanceof CommanderError) {
      report(usageMessage(error, lang), lang === "zh" ? "运行 yibao --help 或 yibao <命令> --help 查看用法。" : "Run yibao --help or yibao <command> --help for usage.");
      return EXIT.usage;
    }
    if (error instanceof YibaoError) {
      const { message, hint } = explainError(error, lang);
      report(message, hint);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (io.env.YIBAO_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr.write(
      lang === "zh"
        ? `${errTheme.error("内部错误:")} ${detail}\n这是 yibao 的缺陷,请连同所用命令一起报告。设置 YIBAO_DEBUG=1 可看到调用栈。\n`
        : `${errTheme.error("Internal error:")} ${detail}\nThis is a bug in yibao; please report it with the command you ran. Set YIBAO_DEBUG=1 for the stack trace.\n`,
    );
    return EXIT.internal;
  }
}

/** The process entry: real streams, real exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error: stop quietly, as Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.ok);
      throw error;
    });
  }
  process.exitCode = await run({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0, "utf8"),
  });
}
