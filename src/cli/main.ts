/**
 * The entry point and the one error boundary: builds the program, runs it, turns every failure into
 * a message and an exit code. Only here is the exit code set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, Help } from "commander";
import { EXIT, YibaoError, arg, env } from "../shared/errors.js";
import { packageRoot } from "../shared/paths.js";
import { parseDate, todayInChina } from "../shared/today.js";
import type { Context, Out } from "./context.js";
import { type CommandName, programHelp } from "./i18n/program.js";
import { loadCatalogue } from "./i18n/index.js";
import { type Lang, langFromArgv, langOption, normalizeLang } from "./lang.js";
import { OutputClosed, watchOutput } from "./output.js";
import { refuseRepeats } from "./options.js";
import { DirectOutput } from "./stdio.js";
import { colourEnabled, makeTheme } from "./theme.js";

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "0.0.0";
}

/**
 * The commands: how the top-level help lists them, and where each is defined. A command's module
 * initialises only when that command runs, so start-up sets up one command, not all of them.
 */
/**
 * A command's module, loaded side by side with the catalogue of the run's language: a command speaks
 * that language from the start (its help, its words), and only that catalogue is loaded.
 */
async function withWords<M>(ctx: Context, module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadCatalogue(ctx.lang)]);
  return loaded;
}

const COMMANDS: readonly {
  readonly name: CommandName;
  /** The command as the top-level help lists it. */
  readonly term: string;
  readonly load: (ctx: Context) => Promise<Command>;
}[] = [
  {
    name: "calc",
    term: "calc [options]",
    load: async (ctx) => (await withWords(ctx, import("./commands/calc.js"))).calcCommand(ctx),
  },
  {
    name: "batch",
    term: "batch [options] [file]",
    load: async (ctx) => (await withWords(ctx, import("./commands/batch.js"))).batchCommand(ctx),
  },
  {
    name: "family",
    term: "family [options]",
    load: async (ctx) => (await withWords(ctx, import("./commands/family.js"))).familyCommand(ctx),
  },
  {
    name: "account",
    term: "account [options]",
    load: async (ctx) => (await withWords(ctx, import("./commands/account.js"))).accountCommand(ctx),
  },
  {
    name: "compare",
    term: "compare [options]",
    load: async (ctx) => (await withWords(ctx, import("./commands/compare.js"))).compareCommand(ctx),
  },
  {
    name: "curve",
    term: "curve [options]",
    load: async (ctx) => (await withWords(ctx, import("./commands/curve.js"))).curveCommand(ctx),
  },
  {
    name: "policy",
    term: "policy",
    load: async (ctx) => (await withWords(ctx, import("./commands/policy.js"))).policyCommand(ctx),
  },
  {
    name: "schema",
    term: "schema <input|output>",
    load: async (ctx) => (await withWords(ctx, import("./commands/schema.js"))).schemaCommand(ctx),
  },
  {
    name: "completion",
    term: "completion <bash|zsh|fish>",
    // Completion reads the options of every other command, so it builds them all.
    load: async (ctx) =>
      (await withWords(ctx, import("./commands/completion.js"))).completionCommand(ctx, () =>
        Promise.all(COMMANDS.filter((c) => c.name !== "completion").map(async (c) => (await c.load(ctx)).name(c.name))),
      ),
  },
];

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
export async function buildProgram(ctx: Context, argv: readonly string[], streams: { out: Out; err: Out }): Promise<Command> {
  const h = programHelp(ctx.lang);
  const program: Command = new Command("yibao")
    .description(h.description)
    .version(version(), "-V, --version", h.version)
    .helpOption("-h, --help", h.help)
    .helpCommand(false)
    .option("--lang <zh|en>", h.lang)
    .addHelpText("after", h.after)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(commanderOutput(streams, ctx.env))
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => h.title(title),
      // Commands not yet loaded are listed as they would be once loaded; subcommands of a group as usual.
      subcommandTerm(this: Help, command: Command): string {
        return (command.parent === program ? COMMANDS.find((c) => c.name === command.name())?.term : undefined) ?? Help.prototype.subcommandTerm.call(this, command);
      },
    });
  // Settings, help and output go down to every command and to the subcommands of a group (policy).
  const inherit = (command: Command, parent: Command): Command => {
    command.copyInheritedSettings(parent).helpOption("-h, --help", h.help);
    refuseRepeats(command);
    for (const sub of command.commands) inherit(sub, command);
    return command;
  };
  refuseRepeats(program);
  const named = commandNamed(argv);
  for (const c of COMMANDS) {
    const command = c.name === named ? await c.load(ctx) : new Command(c.name);
    program.addCommand(inherit(command.description(h.commands[c.name]), program));
  }
  return program;
}

/** Commander's English sentence, or its equivalent in `lang`. */
function usageMessage(error: CommanderError, lang: Lang): string {
  const english = error.message.replace(/^error:\s*/, "");
  return programHelp(lang).usage({
    code: error.code,
    english,
    token: /'([^']+)'/.exec(english)?.[1] ?? "",
    suggestion: /\(Did you mean (.+)\?\)/.exec(english)?.[1],
  });
}

export interface RunIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: Out;
  readonly stderr: Out;
}

/** Runs yibao; returns the exit code. */
export async function run(io: RunIo): Promise<number> {
  const lang = langFromArgv(io.argv, io.env);
  // JSON is never coloured: whether stdout is a terminal is not even asked (asking makes its stream).
  const colour = !io.argv.includes("--json") && colourEnabled(io.stdout, io.env);
  const ctx: Context = {
    lang,
    theme: await makeTheme(colour),
    print: (text) => io.stdout.write(text),
    // YIBAO_TODAY fixes today for reproducible runs; a bad one is blamed on the variable, not on --date.
    today: () => (io.env.YIBAO_TODAY === undefined ? todayInChina() : parseDate(io.env.YIBAO_TODAY, env("YIBAO_TODAY"))),
    env: io.env,
    streams: {
      // Standard input is opened only by a command that reads it: opening it costs a stream of its own.
      get stdin() {
        return io.stdin;
      },
      stdout: io.stdout,
      stderr: io.stderr,
    },
    outcome: { exitCode: EXIT.ok },
  };
  // A write to stdout that fails (a full disk) is reported like any error; EPIPE ends quietly.
  const watch = watchOutput(io.stdout);
  const written = async () => {
    const failed = await watch.failure();
    if (failed !== undefined) throw failed;
  };
  try {
    const program = await buildProgram(ctx, io.argv, { out: io.stdout, err: io.stderr });
    const given = langOption(io.argv);
    if (given !== undefined && normalizeLang(given) === undefined) {
      throw new YibaoError("INVALID_VALUE", { field: arg("lang"), value: given, accepted: ["zh", "en"] });
    }
    if (io.argv.length === 0) {
      io.stdout.write(program.helpInformation());
      await written();
      return EXIT.ok;
    }
    await program.parseAsync([...io.argv], { from: "user" });
    await written();
    return ctx.outcome.exitCode;
  } catch (caught) {
    let error = caught;
    if (error instanceof CommanderError && ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) {
      error = await watch.failure();
      if (error === undefined) return EXIT.ok;
    }
    if (error instanceof OutputClosed) return EXIT.ok;
    const errTheme = await makeTheme(colourEnabled(io.stderr, io.env));
    const label = programHelp(lang);
    const report = (message: string, hint: string | undefined) =>
      io.stderr.write(`${errTheme.error(`${label.error}:`)} ${message}\n${hint === undefined ? "" : `${errTheme.hint(`${label.hint}:`)} ${hint}\n`}`);
    if (error instanceof CommanderError) {
      report(usageMessage(error, lang), label.usageHint);
      return EXIT.usage;
    }
    if (error instanceof YibaoError) {
      // The words for errors load only when there is an error to explain.
      const [{ explainError }] = await Promise.all([import("./messages.js"), loadCatalogue(lang)]);
      const { message, hint } = explainError(error, lang);
      report(message, hint);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (io.env.YIBAO_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr.write(`${errTheme.error(label.internal)} ${detail}\n${label.internalAdvice}\n`);
    return EXIT.internal;
  } finally {
    watch.stop();
  }
}

/** The process entry: real streams, real exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error: stop quietly, as Unix tools do. Other
  // failures of stdout are reported by run(); those of stderr leave nowhere to report them.
  const stdout = new DirectOutput(1, () => process.stdout);
  const stderr = new DirectOutput(2, () => process.stderr);
  for (const stream of [stdout, stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.ok);
    });
  }
  process.exitCode = await run({
    argv: process.argv.slice(2),
    env: process.env,
    get stdin() {
      return process.stdin;
    },
    stdout,
    stderr,
  });
}

/**
 * Where commander writes help and errors, how wide and whether in colour: the run's streams and
 * environment (its defaults read process.stdout, which a one-off command does not otherwise make).
 */
function commanderOutput(streams: { out: Out; err: Out }, env: NodeJS.ProcessEnv) {
  // Commander's own default where the width is not known: 80 columns.
  const width = (s: Out) => (s.isTTY === true ? s.columns : undefined) ?? 80;
  return {
    writeOut: (text: string) => streams.out.write(text),
    writeErr: (text: string) => streams.err.write(text),
    outputError: () => undefined,
    getOutHelpWidth: () => width(streams.out),
    getErrHelpWidth: () => width(streams.err),
    getOutHasColors: () => colourEnabled(streams.out, env),
    getErrHasColors: () => colourEnabled(streams.err, env),
  };
}
