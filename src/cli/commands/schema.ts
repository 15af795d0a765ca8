/** `yibao schema input|output`: the JSON contract for scripts, as JSON Schema. */
import { Command } from "commander";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";

const WHICH = ["input", "output"] as const;

export function schemaCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.schema;
  return new Command("schema")
    .argument("<which>", h.which)
    .addHelpText("after", h.examples)
    .action(async (which: string) => {
      const name = WHICH.find((w) => w === which);
      if (name === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("which"), value: which, accepted: WHICH });
      // The schema library and the contract load only for this command.
      const { contractJsonSchema } = await import("../contract.js");
      ctx.print(`${JSON.stringify(contractJsonSchema(name), null, 2)}\n`);
    });
}
