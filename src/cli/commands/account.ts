/** `yibao account`: what goes into the personal account each month and each year. */
import { Command } from "commander";
import { cityOrPolicyFile, cliRegistry } from "../../app/policies.js";
import { YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, flag, text, texts } from "../options.js";

export interface AccountOptions {
  readonly city?: string | undefined;
  readonly type?: string | undefined;
  readonly plan?: string | undefined;
  readonly base?: string | undefined;
  readonly date?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function accountOptions(raw: Record<string, unknown>): AccountOptions {
  return {
    city: text(raw, "city"),
    type: text(raw, "type"),
    plan: text(raw, "plan"),
    base: text(raw, "base"),
    date: text(raw, "date"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

export function accountCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.account;
  return new Command("account")
    .option("--city <city>", h.city)
    .option("--type <type>", h.type)
    .option("--plan <plan>", h.plan)
    .option("--base <yuan>", h.base)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runAccount(accountOptions(raw), ctx));
    });
}

export async function runAccount(o: AccountOptions, ctx: Context): Promise<string> {
  // Without --city, a single whole-city --policy-file names the city.
  const { city, registry: loaded } = await cityOrPolicyFile(o.city, o.policyFile, ctx.env);
  const missing = [...(city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "account" });
  const registry = loaded ?? (await cliRegistry(o.policyFile, ctx.env));
  const { accountInfo } = await import("../../app/account.js");
  const info = accountInfo(registry, { city: city ?? "", type: o.type ?? "", plan: o.plan, base: o.base, date: o.date ?? ctx.today() });
  const { accountJson, renderAccountTable } = await import("../render/family.js");
  if (o.json) return `${JSON.stringify(accountJson(info, ctx.lang), null, 2)}\n`;
  return renderAccountTable(info, ctx.lang, ctx.theme);
}
