/** `yibao compare`: the same bill, or a year of visits, in several cities, ranked by what you pay. */
import { Command } from "commander";
import { cliRegistry } from "../../app/policies.js";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, commaList, flag, personOf, text, texts, withPerson } from "../options.js";

export interface CompareOptions {
  readonly amount?: string | undefined;
  readonly excluded?: string | undefined;
  readonly level?: string | undefined;
  readonly type?: string | undefined;
  readonly cities?: string | undefined;
  readonly date?: string | undefined;
  readonly input?: string | undefined;
  readonly encoding?: string | undefined;
  readonly age?: string | undefined;
  readonly birthDate?: string | undefined;
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
    encoding: text(raw, "encoding"),
    age: text(raw, "age"),
    birthDate: text(raw, "birthDate"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

export function compareCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.compare;
  return new Command("compare")
    .option("--amount <yuan>", h.amount)
    .option("--excluded <yuan>", h.excluded)
    .option("--level <level>", h.level)
    .option("--type <type>", h.type)
    .option("--cities <city,…>", h.cities)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--input <file|->", h.input)
    .option("--encoding <utf-8|gbk|utf-16>", h.encoding)
    .option("--age <years>", h.age)
    .option("--birth-date <YYYY-MM-DD>", h.birthDate)
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
  } else if (o.encoding !== undefined) {
    // --encoding is the encoding of the --input text: without it, it would be ignored.
    throw new YibaoError("MISSING_OPTION", { fields: ["input"], command: "compare", by: "encoding" });
  } else if (o.amount === undefined) {
    throw new YibaoError("MISSING_OPTION", { fields: ["amount"], command: "compare" });
  }
  const cities = commaList(o.cities);
  const person = personOf(o);
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { compare } = await import("../../app/compare.js");
  let visits: number | undefined;
  let comparison;
  if (o.input !== undefined) {
    const [io, { parseVisits, MAX_INPUT_BYTES }] = await Promise.all([import("../io.js"), import("../../app/input.js")]);
    const file = o.input === "-" ? "stdin" : o.input;
    const parsed = withPerson(parseVisits(await io.readInputText(o.input, ctx.streams.stdin, io.encodingOption(o.encoding), MAX_INPUT_BYTES), file), person);
    visits = parsed.length;
    comparison = compare(registry, { cities, type: o.type, visits: parsed, file });
  } else {
    comparison = compare(registry, { cities, type: o.type, bill: { amount: o.amount ?? "", excluded: o.excluded, level: o.level, date: o.date ?? ctx.today() }, person });
  }
  const render = await import("../render/compare.js");
  if (o.json) return `${JSON.stringify(render.comparisonJson(comparison, ctx.lang, { visits }), null, 2)}\n`;
  return render.renderComparison(comparison, ctx.lang, ctx.theme);
}
