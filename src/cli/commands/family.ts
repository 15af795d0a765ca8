/** `yibao family`: may an account holder bind this relative, and what may the money pay for. */
import { Command } from "commander";
import { YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

export interface FamilyOptions {
  readonly city?: string | undefined;
  readonly relation?: string | undefined;
  readonly memberCity?: string | undefined;
  readonly memberScheme?: string | undefined;
  readonly date?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function familyOptions(raw: Record<string, unknown>): FamilyOptions {
  return {
    city: text(raw, "city"),
    relation: text(raw, "relation"),
    memberCity: text(raw, "memberCity"),
    memberScheme: text(raw, "memberScheme"),
    date: text(raw, "date"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

const HELP = {
  zh: {
    city: "您(授权人)的参保城市",
    relation: "亲属是您的什么人:配偶 | 父母 | 子女 | 兄弟姐妹 | 祖父母 | 外祖父母 | 孙子女 | 外孙子女 | 配偶父母 | 子女配偶",
    memberCity: "亲属的参保城市(中文名或行政区划代码),默认与您相同",
    memberScheme: "亲属参加的医保:employee 职工 | resident 居民,默认职工",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao family --city 鞍山 --relation 父母
  yibao family --city 鞍山 --relation 子女 --member-city 大连
  yibao family --city 松原 --relation 兄弟姐妹 --member-scheme 居民
  yibao family --city 吕梁 --relation 配偶 --member-city 北京 --json
`,
  },
  en: {
    city: "your (the account holder's) insured city",
    relation: "who the relative is to you: spouse | parent | child | sibling | grandparent | maternal-grandparent | grandchild | maternal-grandchild | parent-in-law | child-in-law",
    memberCity: "the relative's insured city (Chinese name or code); default yours",
    memberScheme: "the relative's insurance: employee | resident; default employee",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao family --city anshan --relation parent
  yibao family --city anshan --relation child --member-city 大连
  yibao family --city songyuan --relation sibling --member-scheme resident
  yibao family --city lvliang --relation spouse --member-city 北京 --json
`,
  },
} as const;

export function familyCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
  return new Command("family")
    .option("--city <city>", h.city)
    .option("--relation <relation>", h.relation)
    .option("--member-city <city>", h.memberCity)
    .option("--member-scheme <scheme>", h.memberScheme)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runFamily(familyOptions(raw), ctx));
    });
}

export async function runFamily(o: FamilyOptions, ctx: Context): Promise<string> {
  const missing = [...(o.city === undefined ? ["city"] : []), ...(o.relation === undefined ? ["relation"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "family" });
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { checkFamily } = await import("../../app/family.js");
  const check = checkFamily(registry, {
    city: o.city ?? "",
    relation: o.relation ?? "",
    memberCity: o.memberCity,
    memberScheme: o.memberScheme,
    date: o.date ?? ctx.today(),
  });
  const { familyJson, renderFamilyTable } = await import("../render/family.js");
  if (o.json) return `${JSON.stringify(familyJson(check, ctx.lang), null, 2)}\n`;
  return renderFamilyTable(check, ctx.lang, ctx.theme);
}
