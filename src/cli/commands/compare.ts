/** `yibao compare`: the same bill, or a year of visits, in several cities, ranked by what you pay. */
import { Command } from "commander";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, commaList, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

export interface CompareOptions {
  readonly amount?: string | undefined;
  readonly excluded?: string | undefined;
  readonly level?: string | undefined;
  readonly type?: string | undefined;
  readonly cities?: string | undefined;
  readonly date?: string | undefined;
  readonly input?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function compareOptions(raw: Record<string, unknown>): CompareOptions {
  return {
    amount: text(raw, "amount"),
    excluded: text(raw, "excluded"),
    level: text(raw, "level"),
    type: text(raw, "type"),
    cities: text(raw, "cities"),
    date: text(raw, "date"),
    input: text(raw, "input"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

const HELP = {
  zh: {
    amount: "门诊总费用(元)",
    excluded: "其中目录外、全自费的部分(元)",
    level: "医疗机构级别:1 | 2 | 3 | 一级 | 二级 | 三级;不给则三个级别都算",
    type: "人员类别:在职 | 退休;不给则两类都算",
    cities: "要比较的城市,逗号分隔(鞍山,吕梁,松原);默认所有参数齐全的城市",
    date: "就诊日期 YYYY-MM-DD,默认今天",
    input: "改为比较一个人一年的多次门诊(JSON 数组或 JSON Lines),- 表示标准输入",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao compare --amount 1200 --level 二级 --type 退休
  yibao compare --amount 800 --cities 鞍山,松原 --json
  yibao compare --input visits.jsonl --cities 鞍山,吕梁,松原 --type 在职
`,
  },
  en: {
    amount: "total cost of the visit, in yuan",
    excluded: "the part outside the catalogues, in yuan",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级; all three when absent",
    type: "status: in-service | retired; both when absent",
    cities: "cities to compare, comma-separated (anshan,lvliang,songyuan); default every city with complete parameters",
    date: "date of the visit, YYYY-MM-DD; default today",
    input: "compare a person's year of visits instead (JSON array or JSON Lines); - for standard input",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao compare --amount 1200 --level 2 --type retired
  yibao compare --amount 800 --cities anshan,songyuan --json
  yibao compare --input visits.jsonl --cities anshan,lvliang,songyuan --type in-service
`,
  },
} as const;

export function compareCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
  return new Command("compare")
    .option("--amount <yuan>", h.amount)
    .option("--excluded <yuan>", h.excluded)
    .option("--level <level>", h.level)
    .option("--type <type>", h.type)
    .option("--cities <city,…>", h.cities)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--input <file|->", h.input)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runCompare(compareOptions(raw), ctx));
    });
}

export async function runCompare(o: CompareOptions, ctx: Context): Promise<string> {
  if (o.input !== undefined) {
    const given = (["amount", "excluded", "level", "date"] as const).filter((k) => o[k] !== undefined);
    if (given.length > 0) {
      throw new YibaoError("CONFLICTING_OPTIONS", { given: ["input", ...given].map((name) => ({ field: arg(name) })), conflict: "COMPARE_INPUT_HOLDS_VISITS" });
    }
  } else if (o.amount === undefined) {
    throw new YibaoError("MISSING_OPTION", { fields: ["amount"], command: "compare" });
  }
  const cities = commaList(o.cities);
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { compare } = await import("../../app/compare.js");
  let visits: number | undefined;
  let comparison;
  if (o.input !== undefined) {
    const [{ readText }, { parseVisits }] = await Promise.all([import("../io.js"), import("../../app/input.js")]);
    const file = o.input === "-" ? "stdin" : o.input;
    const parsed = parseVisits(readText(o.input, ctx.readStdin), file);
    visits = parsed.length;
    comparison = compare(registry, { cities, type: o.type, visits: parsed, file });
  } else {
    comparison = compare(registry, { cities, type: o.type, bill: { amount: o.amount ?? "", excluded: o.excluded, level: o.level, date: o.date ?? ctx.today() } });
  }
  const render = await import("../render/compare.js");
  if (o.json) return `${JSON.stringify(render.comparisonJson(comparison, ctx.lang, { visits }), null, 2)}\n`;
  return render.renderComparison(comparison, ctx.lang, ctx.theme);
}
