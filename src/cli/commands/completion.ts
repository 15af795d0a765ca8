/**
 * `yibao completion bash|zsh|fish`: a completion script for the shell, as gh and npm print them. It
 * completes the commands, each command's options (read from the commands themselves), and the
 * values of closed sets: the cities on file, statuses, levels, places, relations.
 */
import { Command } from "commander";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { completionScript, type Shell, SHELLS, type Vocabulary } from "../completion-script.js";

export function completionCommand(ctx: Context, all: () => Promise<readonly Command[]>): Command {
  const h = catalogue(ctx.lang).help.completion;
  return new Command("completion")
    .argument("<shell>", h.shell)
    .addHelpText("after", h.examples)
    .action(async (shell: string) => {
      const name = SHELLS.find((s) => s === shell);
      if (name === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("shell"), value: shell, accepted: SHELLS });
      ctx.print(completionScript(name as Shell, await vocabulary(ctx, await all())));
    });
}

/** What the shell may offer: commands with their options and subcommands, and the values of options. */
async function vocabulary(ctx: Context, commands: readonly Command[]): Promise<Vocabulary> {
  const [{ cliRegistry }, { CHOICES }] = await Promise.all([import("../../app/policies.js"), import("../../app/policy.js")]);
  const registry = await cliRegistry([], ctx.env);
  const cities = registry.policies.flatMap((p) => [p.id, p.name.short]);
  const options = (c: Command) => c.options.map((o) => o.long).filter((o): o is string => o !== undefined);
  return {
    commands: [
      ...commands.map((c) => ({
        name: c.name(),
        options: [...options(c), "--lang", "--help"],
        subcommands: c.commands.map((s) => ({ name: s.name(), options: [...options(s), "--lang", "--help"] })),
      })),
      { name: "completion", options: ["--lang", "--help"], subcommands: [] },
    ],
    values: {
      "--city": cities,
      "--cities": cities,
      "--type": [...CHOICES.status, ...CHOICES.memberKind.filter((k) => !(CHOICES.status as readonly string[]).includes(k))],
      "--level": CHOICES.level,
      "--place": CHOICES.place,
      "--facility": CHOICES.facility,
      "--relation": CHOICES.relation,
      "--family-relation": CHOICES.relation,
      "--member-scheme": CHOICES.scheme,
      "--plan": CHOICES.plan,
      "--lang": ["zh", "en"],
      "--encoding": ["utf-8", "gbk", "utf-16"],
      "--output-encoding": ["utf-8", "gbk"],
      "--from": ["jsonl", "csv", "xlsx"],
      "--to": ["jsonl", "csv", "xlsx"],
      "--categories": ["levels", "own"],
    },
    arguments: { schema: ["input", "output"], completion: [...SHELLS], show: cities },
  };
}
