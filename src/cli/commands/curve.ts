/** `yibao curve`: how the fund's payment grows with the year's spending, drawn and as points. */
import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, commaList, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

export interface CurveOptions {
  readonly city?: string | undefined;
  readonly type?: string | undefined;
  readonly level?: string | undefined;
  readonly to?: string | undefined;
  readonly step?: string | undefined;
  readonly visitSize?: string | undefined;
  readonly date?: string | undefined;
  readonly svg?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function curveOptions(raw: Record<string, unknown>): CurveOptions {
  return {
    city: text(raw, "city"),
    type: text(raw, "type"),
    level: text(raw, "level"),
    to: text(raw, "to"),
    step: text(raw, "step"),
    visitSize: text(raw, "visitSize"),
    date: text(raw, "date"),
    svg: text(raw, "svg"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

const HELP = {
  zh: {
    city: "参保城市,可用逗号分隔多个城市叠加比较(鞍山,松原)",
    type: "人员类别:在职 | 退休",
    level: "医疗机构级别:1 | 2 | 3 | 一级 | 二级 | 三级",
    to: "费用上限(元),默认为达到限额所需费用的 1.5 倍",
    step: "取点间隔(元),默认约 60 个点",
    visitSize: "把一年的费用按每次这么多元的门诊计算(按次起付的城市有意义),默认按一次门诊",
    date: "按哪一天的政策,默认今天",
    svg: "同时把图写成 SVG 文件",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON(各点的费用、统筹支付、个人支付)",
    examples: `
示例:
  yibao curve --city 鞍山 --type 退休 --level 二级
  yibao curve --city 鞍山,松原 --type 在职 --level 1 --svg curve.svg
  yibao curve --city 吕梁 --type 退休 --level 二类 --visit-size 200 --json
`,
  },
  en: {
    city: "insured city; several, comma-separated, are overlaid (anshan,songyuan)",
    type: "status: in-service | retired",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级",
    to: "spending bound, in yuan; default 1.5 × where the cap is reached",
    step: "distance between points, in yuan; default about 60 points",
    visitSize: "count the year's spending as visits of this many yuan each (matters for per-visit deductibles); default one visit",
    date: "the policy of this day, YYYY-MM-DD; default today",
    svg: "also write the chart as an SVG file",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON (spending, fund and self-paid at each point)",
    examples: `
Examples:
  yibao curve --city anshan --type retired --level 2
  yibao curve --city anshan,songyuan --type in-service --level 1 --svg curve.svg
  yibao curve --city lvliang --type retired --level 2 --visit-size 200 --json
`,
  },
} as const;

export function curveCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
  return new Command("curve")
    .option("--city <city,…>", h.city)
    .option("--type <type>", h.type)
    .option("--level <level>", h.level)
    .option("--to <yuan>", h.to)
    .option("--step <yuan>", h.step)
    .option("--visit-size <yuan>", h.visitSize)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--svg <file>", h.svg)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runCurve(curveOptions(raw), ctx));
    });
}

export async function runCurve(o: CurveOptions, ctx: Context): Promise<string> {
  const missing = [...(o.city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : []), ...(o.level === undefined ? ["level"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "curve" });
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { curve } = await import("../../app/curve.js");
  const result = curve(registry, {
    cities: commaList(o.city),
    type: o.type ?? "",
    level: o.level ?? "",
    date: o.date ?? ctx.today(),
    to: o.to,
    step: o.step,
    visitSize: o.visitSize,
  });
  const render = await import("../render/curve.js");
  let written = "";
  if (o.svg !== undefined) {
    try {
      writeFileSync(o.svg, render.renderCurveSvg(result, ctx.lang));
    } catch (error) {
      throw new YibaoError("OUTPUT_WRITE", { file: o.svg, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    written = ctx.lang === "zh" ? `已写入 ${o.svg}\n` : `Written to ${o.svg}\n`;
  }
  if (o.json) return `${JSON.stringify(render.curveJson(result, ctx.lang), null, 2)}\n`;
  return render.renderCurveChart(result, ctx.lang, ctx.theme) + written;
}
