/** `yibao family`: may an account holder bind this relative, and what may the money pay for. */
import { Command } from "commander";
import { cityOrPolicyFile, cliRegistry } from "../../app/policies.js";
import { YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, flag, text, texts } from "../options.js";

export interface FamilyOptions {
  readonly city?: string | undefined;
  readonly relation?: string | undefined;
  readonly memberCity?: string | undefined;
  readonly memberScheme?: string | undefined;
  readonly walletOpen: boolean;
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
    walletOpen: flag(raw, "walletOpen"),
    date: text(raw, "date"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
  };
}

export function familyCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.family;
  return new Command("family")
    .option("--city <city>", h.city)
    .option("--relation <relation>", h.relation)
    .option("--member-city <city>", h.memberCity)
    .option("--member-scheme <scheme>", h.memberScheme)
    .option("--wallet-open", h.walletOpen)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runFamily(familyOptions(raw), ctx));
    });
}

export async function runFamily(o: FamilyOptions, ctx: Context): Promise<string> {
  // Without --city, a single whole-city --policy-file names the city.
  const { city, registry: loaded } = await cityOrPolicyFile(o.city, o.policyFile, ctx.env);
  const missing = [...(city === undefined ? ["city"] : []), ...(o.relation === undefined ? ["relation"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "family" });
  const registry = loaded ?? (await cliRegistry(o.policyFile, ctx.env));
  const { checkFamily } = await import("../../app/family.js");
  const check = checkFamily(registry, {
    city: city ?? "",
    relation: o.relation ?? "",
    memberCity: o.memberCity,
    memberScheme: o.memberScheme,
    ...(o.walletOpen ? { walletOpen: true } : {}),
    date: o.date ?? ctx.today(),
  });
  const { familyJson, renderFamilyTable } = await import("../render/family.js");
  if (o.json) return `${JSON.stringify(familyJson(check, ctx.lang), null, 2)}\n`;
  return renderFamilyTable(check, ctx.lang, ctx.theme);
}
