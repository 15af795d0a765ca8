/** `yibao account`: what goes into the personal account each month and each year. */
import { Command } from "commander";
import { YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

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

const HELP = {
  zh: {
    city: "参保城市",
    type: "人员类别:在职 | 退休 | 灵活就业",
    plan: "参保方式:统账结合(默认)| 单建统筹",
    base: "月缴费基数(元);退休人员按城市规定的基数",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao account --city 吕梁 --type 在职 --base 6000
  yibao account --city 吕梁 --type 退休
  yibao account --city 鞍山 --type 灵活就业
  yibao account --city 鞍山 --type 在职 --plan 单建统筹 --json
`,
  },
  en: {
    city: "insured city",
    type: "in-service | retired | flexible (在职 | 退休 | 灵活就业)",
    plan: "combined (统账结合, default) | pooling-only (单建统筹)",
    base: "monthly contribution base, in yuan; for retirees the base the city names",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao account --city lvliang --type in-service --base 6000
  yibao account --city lvliang --type retired
  yibao account --city anshan --type flexible
  yibao account --city anshan --type in-service --plan pooling-only --json
`,
  },
} as const;

export function accountCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
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
  const missing = [...(o.city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "account" });
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { accountInfo } = await import("../../app/account.js");
  const info = accountInfo(registry, { city: o.city ?? "", type: o.type ?? "", plan: o.plan, base: o.base, date: o.date ?? ctx.today() });
  const { accountJson, renderAccountTable } = await import("../render/family.js");
  if (o.json) return `${JSON.stringify(accountJson(info, ctx.lang), null, 2)}\n`;
  return renderAccountTable(info, ctx.lang, ctx.theme);
}
