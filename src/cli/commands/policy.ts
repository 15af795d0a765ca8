/** `yibao policy`: check a policy file, list the cities loaded, show the parameters in force, print the schema. */
import { Command } from "commander";
import { EXIT } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

export interface PolicyOptions {
  readonly date?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function policyOptions(raw: Record<string, unknown>): PolicyOptions {
  return { date: text(raw, "date"), policyFile: texts(raw, "policyFile"), json: flag(raw, "json") };
}

const HELP = {
  zh: {
    validate: "检查一个政策文件(完整的城市,或用 extends 扩展已加载的城市),列出每个问题及修改建议",
    list: "列出已加载的城市:版本、来源、缺少的部分、来自内置还是用户文件",
    show: "显示某城市某日适用的参数:起付标准、支付比例、限额、药店、定点、个人账户、家庭共济,每项带来源",
    schema: "输出政策文件的 JSON Schema(与 policies/schema.json 相同)",
    file: "政策文件(.json)",
    city: "城市:拼音、中文名或行政区划代码",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复,按顺序加载)",
    json: "输出 JSON",
    examples: `
示例:
  yibao policy validate my-tongliao.json
  yibao policy list
  yibao policy show 鞍山 --date 2025-06-01
  yibao policy show 通辽 --policy-file my-tongliao.json
  yibao policy schema > schema.json

政策文件只作为 JSON 数据读取,从不执行。用 extends 扩展城市的文件,只能扩展内置的城市
或在它之前加载的文件中的城市:先 YIBAO_POLICY_DIR 文件夹中的文件(按文件名),再按顺序加载 --policy-file。
`,
  },
  en: {
    validate: "check a policy file (a whole city, or one that extends a city loaded with `extends`): every problem, with how to fix it",
    list: "list the cities loaded: versions, sources, what is missing, shipped or from a user's file",
    show: "show a city's parameters in force on a date: deductible, ratios, cap, pharmacies, designation, account, family aid, each with its source",
    schema: "print the JSON Schema of policy files (the same as policies/schema.json)",
    file: "a policy file (.json)",
    city: "city: id, Chinese name or administrative code",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable, loaded in order)",
    json: "print JSON",
    examples: `
Examples:
  yibao policy validate my-tongliao.json
  yibao policy list --lang en
  yibao policy show anshan --date 2025-06-01 --lang en
  yibao policy show tongliao --policy-file my-tongliao.json
  yibao policy schema > schema.json

Policy files are read as JSON data only, never run. A file with \`extends\` can extend a shipped city
or one from a file loaded before it: first the files of YIBAO_POLICY_DIR (by name), then --policy-file in order.
`,
  },
} as const;

export function policyCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
  const group = new Command("policy").helpCommand(false).addHelpText("after", h.examples);
  group
    .command("validate")
    .description(h.validate)
    .argument("<file>", h.file)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .action(async (file: string, raw: Record<string, unknown>) => {
      ctx.print(await runValidate(file, policyOptions(raw), ctx));
    });
  group
    .command("list")
    .description(h.list)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runList(policyOptions(raw), ctx));
    });
  group
    .command("show")
    .description(h.show)
    .argument("<city>", h.city)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .action(async (city: string, raw: Record<string, unknown>) => {
      ctx.print(await runShow(city, policyOptions(raw), ctx));
    });
  group
    .command("schema")
    .description(h.schema)
    .action(async () => {
      const { policyJsonSchemaText } = await import("../../app/policy.js");
      ctx.print(policyJsonSchemaText());
    });
  return group;
}

/** Checks a file as it would load after the others; exit code 4 when it has problems. */
export async function runValidate(file: string, o: PolicyOptions, ctx: Context): Promise<string> {
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { validatePolicyFile } = await import("../../app/policy.js");
  const result = validatePolicyFile(file, registry);
  if (!result.ok) ctx.outcome.exitCode = EXIT.policy;
  const { renderValidation, validationJson } = await import("../render/policy.js");
  if (o.json) return `${JSON.stringify(validationJson(result, ctx.lang), null, 2)}\n`;
  return renderValidation(result, ctx.lang, ctx.theme);
}

export async function runList(o: PolicyOptions, ctx: Context): Promise<string> {
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { citySummaries } = await import("../../app/policy.js");
  const { policyListJson, renderPolicyList } = await import("../render/policy.js");
  const cities = citySummaries(registry);
  if (o.json) return `${JSON.stringify(policyListJson(cities), null, 2)}\n`;
  return renderPolicyList(cities, ctx.lang, ctx.theme);
}

export async function runShow(city: string, o: PolicyOptions, ctx: Context): Promise<string> {
  const { parseDate } = await import("../../app/policy.js");
  const date = parseDate(o.date ?? ctx.today());
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { policyInForce } = await import("../../app/policy.js");
  const shown = policyInForce(registry, city, date);
  if (o.json) return `${JSON.stringify(shown.version, null, 2)}\n`;
  const { renderPolicyShow } = await import("../render/policy.js");
  return renderPolicyShow(shown, ctx.lang, ctx.theme);
}
