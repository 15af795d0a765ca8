/** `yibao calc`: settle one visit, or a person's visits from a file, and show the split. */
import { Command } from "commander";
import type { VisitInput } from "../../app/calculate.js";
import { calculate } from "../../app/calculate.js";
import { cityOrPolicyFile, cliRegistry } from "../../app/policies.js";
import { renderCalculationJson } from "../render/json.js";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { collect, flag, personOf, text, texts, withPerson } from "../options.js";

/** The options as commander hands them over. */
export interface CalcOptions {
  readonly city?: string | undefined;
  readonly type?: string | undefined;
  readonly level?: string | undefined;
  readonly amount?: string | undefined;
  readonly excluded?: string | undefined;
  readonly date?: string | undefined;
  readonly facility?: string | undefined;
  readonly designated: boolean;
  readonly emergency: boolean;
  readonly prescription: boolean;
  readonly place?: string | undefined;
  /** Only when `--filed` was given. */
  readonly filed?: true | undefined;
  /** `--direct-settlement` or `--no-direct-settlement`; absent when neither was given. */
  readonly directSettlement?: boolean | undefined;
  readonly treatmentCity?: string | undefined;
  readonly age?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly condition: readonly string[];
  readonly classB?: string | undefined;
  readonly accountCurrent?: string | undefined;
  readonly deductibleMet?: string | undefined;
  readonly fundUsed?: string | undefined;
  readonly account?: string | undefined;
  readonly familyBalance?: string | undefined;
  readonly familyRelation?: string | undefined;
  readonly familyCity?: string | undefined;
  readonly familyLimit?: string | undefined;
  readonly familyWalletOpen: boolean;
  readonly input?: string | undefined;
  readonly encoding?: string | undefined;
  readonly policyFile: readonly string[];
  readonly json: boolean;
  readonly explain: boolean;
}

/** Checks commander's output against `CalcOptions` (the schema library stays off the start-up path). */
export function calcOptions(raw: Record<string, unknown>): CalcOptions {
  return {
    city: text(raw, "city"),
    type: text(raw, "type"),
    level: text(raw, "level"),
    amount: text(raw, "amount"),
    excluded: text(raw, "excluded"),
    date: text(raw, "date"),
    facility: text(raw, "facility"),
    designated: flag(raw, "designated"),
    emergency: flag(raw, "emergency"),
    prescription: flag(raw, "prescription"),
    place: text(raw, "place"),
    filed: flag(raw, "filed") ? true : undefined,
    directSettlement: raw.directSettlement === undefined ? undefined : flag(raw, "directSettlement"),
    treatmentCity: text(raw, "treatmentCity"),
    age: text(raw, "age"),
    birthDate: text(raw, "birthDate"),
    condition: texts(raw, "condition"),
    classB: text(raw, "classB"),
    accountCurrent: text(raw, "accountCurrent"),
    deductibleMet: text(raw, "deductibleMet"),
    fundUsed: text(raw, "fundUsed"),
    account: text(raw, "account"),
    familyBalance: text(raw, "familyBalance"),
    familyRelation: text(raw, "familyRelation"),
    familyCity: text(raw, "familyCity"),
    familyLimit: text(raw, "familyLimit"),
    familyWalletOpen: flag(raw, "familyWalletOpen"),
    input: text(raw, "input"),
    encoding: text(raw, "encoding"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
    explain: flag(raw, "explain"),
  };
}

export function calcCommand(ctx: Context): Command {
  const h = catalogue(ctx.lang).help.calc;
  return new Command("calc")
    .option("--city <city>", h.city)
    .option("--type <type>", h.type)
    .option("--level <level>", h.level)
    .option("--amount <yuan>", h.amount)
    .option("--excluded <yuan>", h.excluded)
    .option("--date <YYYY-MM-DD>", h.date)
    .option("--facility <kind>", h.facility)
    .option("--no-designated", h.noDesignated)
    .option("--emergency", h.emergency)
    .option("--no-prescription", h.noPrescription)
    .option("--place <place>", h.place)
    .option("--filed", h.filed)
    .option("--direct-settlement", h.directSettlement)
    .option("--no-direct-settlement", h.noDirectSettlement)
    .option("--treatment-city <city>", h.treatmentCity)
    .option("--age <years>", h.age)
    .option("--birth-date <YYYY-MM-DD>", h.birthDate)
    .option("--condition <name>", h.condition, collect)
    .option("--class-b <yuan>", h.classB)
    .option("--deductible-met <yuan>", h.deductibleMet)
    .option("--fund-used <yuan>", h.fundUsed)
    .option("--account <yuan>", h.account)
    .option("--account-current <yuan>", h.accountCurrent)
    .option("--family-balance <yuan>", h.familyBalance)
    .option("--family-relation <relation>", h.familyRelation)
    .option("--family-city <city>", h.familyCity)
    .option("--family-limit <yuan>", h.familyLimit)
    .option("--family-wallet-open", h.familyWalletOpen)
    .option("--input <file|->", h.input)
    .option("--encoding <utf-8|gbk|utf-16>", h.encoding)
    .option("--policy-file <file>", h.policyFile, collect)
    .option("--json", h.json)
    .option("--explain", h.explain)
    .addHelpText("after", h.examples)
    .action(async (raw: Record<string, unknown>) => {
      ctx.print(await runCalc(calcOptions(raw), ctx));
    });
}

/** Visits named on the command line, or read from `--input`. */
async function visitsOf(o: CalcOptions, ctx: Context): Promise<{ visits: VisitInput[]; file?: string }> {
  const single = {
    level: o.level,
    amount: o.amount,
    excluded: o.excluded,
    date: o.date,
    facility: o.facility,
    place: o.place,
    filed: o.filed,
    [o.directSettlement === false ? "noDirectSettlement" : "directSettlement"]: o.directSettlement,
    treatmentCity: o.treatmentCity,
    condition: o.condition.length === 0 ? undefined : o.condition,
    classB: o.classB,
  };
  // The person's age or birth date holds for every visit that does not give its own.
  const person = personOf(o);
  if (o.input !== undefined) {
    const given = Object.entries(single).filter(([, v]) => v !== undefined).map(([k]) => k);
    const flags = [...given, ...(o.designated ? [] : ["noDesignated"]), ...(o.emergency ? ["emergency"] : []), ...(o.prescription ? [] : ["noPrescription"])];
    if (flags.length > 0) {
      throw new YibaoError("CONFLICTING_OPTIONS", { given: ["input", ...flags].map((name) => ({ field: arg(name) })), conflict: "CALC_INPUT_HOLDS_VISITS" });
    }
    const file = o.input === "-" ? "stdin" : o.input;
    const [io, { parseVisits, MAX_INPUT_BYTES }] = await Promise.all([import("../io.js"), import("../../app/input.js")]);
    const text = await io.readInputText(o.input, ctx.streams.stdin, io.encodingOption(o.encoding), MAX_INPUT_BYTES);
    return { visits: withPerson(parseVisits(text, file), person), file };
  }
  // --encoding is the encoding of the --input text: without it, it would be ignored.
  if (o.encoding !== undefined) throw new YibaoError("MISSING_OPTION", { fields: ["input"], command: "calc", by: "encoding" });
  const missing = [...(o.level === undefined ? ["level"] : []), ...(o.amount === undefined ? ["amount"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "calc" });
  return {
    visits: [
      {
        date: o.date ?? ctx.today(),
        level: o.level ?? "",
        amount: o.amount ?? "",
        excluded: o.excluded,
        facility: o.facility,
        designated: o.designated,
        emergency: o.emergency,
        prescription: o.prescription,
        place: o.place,
        filed: o.filed,
        directSettlement: o.directSettlement,
        treatmentCity: o.treatmentCity,
        ...person,
        ...(o.condition.length === 0 ? {} : { conditions: [...o.condition] }),
        ...(o.classB === undefined ? {} : { classB: o.classB }),
      },
    ],
  };
}

export async function runCalc(o: CalcOptions, ctx: Context): Promise<string> {
  // Without --city, a single whole-city --policy-file names the city.
  const { city, registry: loaded } = await cityOrPolicyFile(o.city, o.policyFile, ctx.env);
  const missing = [...(city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "calc" });
  const { visits, file } = await visitsOf(o, ctx);
  // The calculation and its renderer load with the policies, side by side, never for --help or --version.
  const [registry, render] = await Promise.all([
    loaded ?? cliRegistry(o.policyFile, ctx.env),
    // The table library is loaded only for table output.
    o.json ? Promise.resolve({ renderCalculationJson }) : import("../render/table.js"),
  ]);
  const calc = calculate(registry, {
    city: city ?? "",
    type: o.type ?? "",
    visits,
    deductibleMet: o.deductibleMet,
    fundUsed: o.fundUsed,
    accountCurrent: o.accountCurrent,
    wallet: { account: o.account, familyBalance: o.familyBalance, familyRelation: o.familyRelation, familyCity: o.familyCity, familyLimit: o.familyLimit, ...(o.familyWalletOpen ? { familyWalletOpen: true } : {}) },
    file,
  });
  return "renderCalculationJson" in render ? render.renderCalculationJson(calc, ctx.lang, o.explain) : render.renderCalculationTable(calc, ctx.lang, ctx.theme, o.explain);
}
