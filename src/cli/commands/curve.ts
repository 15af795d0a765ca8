/** `yibao curve`: how the fund's payment grows with the year's spending, drawn and as points. */
import { Command } from "commander";
import { cityOrPolicyFile, cliRegistry } from "../../app/policies.js";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, commaList, flag, personOf, text, texts } from "../options.js";

export interface CurveOptions {
  readonly city?: string | undefined;
  readonly type?: string | undefined;
  readonly level?: string | undefined;
  readonly to?: string | undefined;
  readonly step?: string | undefined;
  readonly visitSize?: string | undefined;
  readonly date?: string | undefined;
  readonly svg?: string | undefined;
  readonly force: boolean;
  readonly age?: string | undefined;
  readonly birthDate?: string | undefined;
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
    force: flag(raw, "force"),
    age: text(raw, "age"),
    birthDate: text(raw, "birthDate"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

export function curveCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.curve;
  return new Command("curve")
    .option("--city <city,…>", h.city)
    .option("--type <type>", h.type)
    .option("--level <level>", h.level)
    .option("--to <yuan>", h.to)
    .option("--step <yuan>", h.step)
    .option("--visit-size <yuan>", h.visitSize)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--svg <file|->", h.svg)
    .option("--force", h.force)
    .option("--age <years>", h.age)
    .option("--birth-date <YYYY-MM-DD>", h.birthDate)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runCurve(curveOptions(raw), ctx));
    });
}

export async function runCurve(o: CurveOptions, ctx: Context): Promise<string> {
  // Without --city, a single whole-city --policy-file names the city.
  const { city, registry: loaded } = await cityOrPolicyFile(o.city, o.policyFile, ctx.env);
  const missing = [...(city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : []), ...(o.level === undefined ? ["level"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "curve" });
  if (o.svg === "-" && o.json) {
    throw new YibaoError("CONFLICTING_OPTIONS", { given: [{ field: arg("svg"), value: "-" }, { field: arg("json") }], conflict: "SVG_TO_STDOUT" });
  }
  const person = personOf(o);
  const registry = loaded ?? (await cliRegistry(o.policyFile, ctx.env));
  const { curve } = await import("../../app/curve.js");
  const result = curve(registry, {
    cities: commaList(city),
    type: o.type ?? "",
    level: o.level ?? "",
    date: o.date ?? ctx.today(),
    to: o.to,
    step: o.step,
    visitSize: o.visitSize,
    person,
  });
  const render = await import("../render/curve.js");
  let written = "";
  if (o.svg === "-") return render.renderCurveSvg(result, ctx.lang);
  if (o.svg !== undefined) {
    const { writeNewFile } = await import("../output.js");
    writeNewFile(o.svg, render.renderCurveSvg(result, ctx.lang), o.force);
    written = `${catalogue(ctx.lang).help.curve.written(o.svg)}\n`;
  }
  if (o.json) return `${JSON.stringify(render.curveJson(result, ctx.lang), null, 2)}\n`;
  return render.renderCurveChart(result, ctx.lang, ctx.theme) + written;
}
