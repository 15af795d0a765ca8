/**
 * `yibao policy`: check a policy file, list the cities loaded, show the parameters in force, write
 * the skeleton of a new city's file, print the schema.
 */
import { Command } from "commander";
import { cliRegistry } from "../../app/policies.js";
import { EXIT, YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, flag, text, texts } from "../options.js";

export interface PolicyOptions {
  readonly date?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
}

export function policyOptions(raw: Record<string, unknown>): PolicyOptions {
  return { date: text(raw, "date"), policyFile: texts(raw, "policyFile"), json: flag(raw, "json") };
}

export function policyCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.policy;
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
    .command("new")
    .description(h.new)
    .option("--id <id>", h.id)
    .option("--name <name>", h.name)
    .option("--short <name>", h.short)
    .option("--pinyin <pinyin>", h.pinyin)
    .option("--code <code>", h.code)
    .option("--province <name>", h.province)
    .option("--categories <levels|own>", h.categories)
    .option("-o, --output <file>", h.output)
    .option("--force", h.force)
    .addHelpText("after", h.newExamples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runNew(newOptions(raw), ctx));
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

export interface NewOptions {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly short?: string | undefined;
  readonly pinyin?: string | undefined;
  readonly code?: string | undefined;
  readonly province?: string | undefined;
  readonly categories?: string | undefined;
  readonly output?: string | undefined;
  readonly force: boolean;
}

export function newOptions(raw: Record<string, unknown>): NewOptions {
  return {
    id: text(raw, "id"),
    name: text(raw, "name"),
    short: text(raw, "short"),
    pinyin: text(raw, "pinyin"),
    code: text(raw, "code"),
    province: text(raw, "province"),
    categories: text(raw, "categories"),
    output: text(raw, "output"),
    force: flag(raw, "force"),
  };
}

/** Writes the skeleton of a new city's policy file to `-o` (never over a file without --force) or prints it. */
export async function runNew(o: NewOptions, ctx: Context): Promise<string> {
  const missing = [...(o.id === undefined ? ["id"] : []), ...(o.name === undefined ? ["name"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "policy new" });
  const { newPolicyText } = await import("../../app/skeleton.js");
  const skeleton = newPolicyText({ ...o, id: o.id ?? "", name: o.name ?? "", file: o.output });
  if (o.output === undefined) return skeleton;
  const { writeNewFile } = await import("../output.js");
  writeNewFile(o.output, skeleton, o.force);
  return `${catalogue(ctx.lang).help.policy.written(o.output)}\n`;
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
  const { isReference, parseDate } = await import("../../app/policy.js");
  if (isReference(city)) return runShowValue(city, o, ctx);
  const date = parseDate(o.date ?? ctx.today());
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { policyInForce } = await import("../../app/policy.js");
  const shown = policyInForce(registry, city, date);
  if (o.json) return `${JSON.stringify(shown.version, null, 2)}\n`;
  const { renderPolicyShow } = await import("../render/policy.js");
  return renderPolicyShow(shown, ctx.lang, ctx.theme);
}

/** One value a reference names (`anshan@2025:outpatient.ratios.2.retired`, a batch line's "cite"), with its source. */
async function runShowValue(reference: string, o: PolicyOptions, ctx: Context): Promise<string> {
  const registry = await cliRegistry(o.policyFile, ctx.env);
  const { policyValueAt } = await import("../../app/policy.js");
  const value = policyValueAt(registry, reference);
  const { policyValueJson, renderPolicyValue } = await import("../render/policy.js");
  if (o.json) return `${JSON.stringify(policyValueJson(value), null, 2)}\n`;
  return renderPolicyValue(value, ctx.lang, ctx.theme);
}
