/**
 * The entry point and the one error boundary: builds the program, runs it, turns every failure into
 * a message and an exit code. Only here is the exit code set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, Help } from "commander";
import { EXIT, YibaoError, arg } from "../shared/errors.js";
import { packageRoot } from "../shared/paths.js";
import { todayInChina } from "../shared/today.js";
import type { Context } from "./context.js";
import { type Lang, langFromArgv, langOption, normalizeLang } from "./lang.js";
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
  yibao compare --amount 1200 --level 二级 --type 退休
  yibao curve --city 鞍山,松原 --type 退休 --level 2 --svg curve.svg

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
  yibao compare --amount 1200 --level 2 --type retired --lang en
  yibao curve --city anshan,songyuan --type retired --level 2 --svg curve.svg

Exit codes: 0 ok; 1 internal error; 2 usage or bad value; 3 input file error; 4 policy missing or invalid; 5 some batch lines failed.
Set NO_COLOR to turn colour off.`,
  },
} as const;

type Text = { readonly zh: string; readonly en: string };

/**
 * The commands: how the top-level help lists them, and where each is defined. A command's module
 * loads only when that command runs, so start-up parses one command, not all of them.
 */
const COMMANDS: readonly {
  readonly name: string;
  /** The command as the top-level help lists it. */
  readonly term: string;
  readonly description: Text;
  readonly load: (ctx: Context) => Promise<Command>;
}[] = [
  {
    name: "calc",
    term: "calc [options]",
    description: { zh: "计算一次普通门诊(或一个人一年的多次门诊)统筹基金支付多少、个人支付多少", en: "Settle a general outpatient visit (or a person's visits in a year): what the pooled fund pays and what you pay" },
    load: async (ctx) => (await import("./commands/calc.js")).calcCommand(ctx),
  },
  {
    name: "batch",
    term: "batch [options] [file]",
    description: { zh: "批量结算:从 JSON Lines 逐行读入就诊记录(多人、多城市),逐行输出结算结果", en: "Settle a stream of visits (many people, many cities) from JSON Lines, one result line per input line" },
    load: async (ctx) => (await import("./commands/batch.js")).batchCommand(ctx),
  },
  {
    name: "family",
    term: "family [options]",
    description: { zh: "家庭共济:能否把这位亲属绑定到您的个人账户,共济资金可以支付什么", en: "Family mutual aid: may you bind this relative to your personal account, and what may the money pay for" },
    load: async (ctx) => (await import("./commands/family.js")).familyCommand(ctx),
  },
  {
    name: "account",
    term: "account [options]",
    description: { zh: "个人账户:每月、每年划入多少,是否建立个人账户", en: "Personal account: how much is credited each month and each year, and whether there is an account at all" },
    load: async (ctx) => (await import("./commands/account.js")).accountCommand(ctx),
  },
  {
    name: "compare",
    term: "compare [options]",
    description: { zh: "比较:同一笔门诊费用(或一年的门诊)在各城市的结算,按个人支付从低到高排列", en: "Compare: the same outpatient bill (or a year of visits) settled in each city, ranked by what you pay" },
    load: async (ctx) => (await import("./commands/compare.js")).compareCommand(ctx),
  },
  {
    name: "curve",
    term: "curve [options]",
    description: { zh: "曲线:统筹基金支付随一年门诊费用增长的变化,标出起付线和达到限额的位置", en: "Curve: how the fund's payment grows with a year's outpatient spending, with the deductible and the cap marked" },
    load: async (ctx) => (await import("./commands/curve.js")).curveCommand(ctx),
  },
  {
    name: "policy",
    term: "policy",
    description: { zh: "政策文件:检查、列出已加载的城市、显示某日适用的参数、输出 JSON Schema", en: "Policy files: check one, list the cities loaded, show the parameters in force on a date, print the JSON Schema" },
    load: async (ctx) => (await import("./commands/policy.js")).policyCommand(ctx),
  },
];

/** Commander's headings, in Chinese. */
const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  "Usage:": "用法:",
  "Options:": "选项:",
  "Commands:": "命令:",
  "Arguments:": "参数:",
  "Global Options:": "全局选项:",
};

/** The command a command line names: the first word that is not an option (nor the value of --lang). */
function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/**
 * The program, with the named command defined in full and the others by name and description only
 * (enough for the top-level help and for suggestions after a typo).
 */
export async function buildProgram(ctx: Context, argv: readonly string[], write: { out: (s: string) => void; err: (s: string) => void }): Promise<Command> {
  const h = PROGRAM_HELP[ctx.lang];
  const program: Command = new Command("yibao")
    .description(h.description)
    .version(version(), "-V, --version", h.version)
    .helpOption("-h, --help", h.help)
    .helpCommand(false)
    .option("--lang <zh|en>", h.lang)
    .addHelpText("after", h.after)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: write.out, writeErr: write.err, outputError: () => undefined })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => (ctx.lang === "zh" ? (HELP_TITLES_ZH[title] ?? title) : title),
      // Commands not yet loaded are listed as they would be once loaded; subcommands of a group as usual.
      subcommandTerm(this: Help, command: Command): string {
        return (command.parent === program ? COMMANDS.find((c) => c.name === command.name())?.term : undefined) ?? Help.prototype.subcommandTerm.call(this, command);
      },
    });
  // Settings, help and output go down to every command and to the subcommands of a group (policy).
  const inherit = (command: Command, parent: Command): Command => {
    command.copyInheritedSettings(parent).helpOption("-h, --help", h.help);
    for (const sub of command.commands) inherit(sub, command);
    return command;
  };
  const named = commandNamed(argv);
  for (const c of COMMANDS) {
    const command = c.name === named ? await c.load(ctx) : new Command(c.name);
    program.addCommand(inherit(command.description(c.description[ctx.lang]), program));
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
    const program = await buildProgram(ctx, io.argv, { out: (s) => io.stdout.write(s), err: (s) => io.stderr.write(s) });
    const given = langOption(io.argv);
    if (given !== undefined && normalizeLang(given) === undefined) {
      throw new YibaoError("INVALID_VALUE", { field: arg("lang"), value: given, accepted: ["zh", "en"] });
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
      // The words for errors load only when there is an error to explain.
      const { explainError } = await import("./messages.js");
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
