/** `yibao calc`: settle one visit, or a person's visits from a file, and show the split. */
import { Command } from "commander";
import type { VisitInput } from "../../app/calculate.js";
import { YibaoError, arg } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { collect, flag, text, texts } from "../options.js";
import { cliRegistry } from "../../app/policies.js";

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
  readonly deductibleMet?: string | undefined;
  readonly fundUsed?: string | undefined;
  readonly account?: string | undefined;
  readonly familyBalance?: string | undefined;
  readonly familyRelation?: string | undefined;
  readonly familyCity?: string | undefined;
  readonly familyLimit?: string | undefined;
  readonly input?: string | undefined;
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
    deductibleMet: text(raw, "deductibleMet"),
    fundUsed: text(raw, "fundUsed"),
    account: text(raw, "account"),
    familyBalance: text(raw, "familyBalance"),
    familyRelation: text(raw, "familyRelation"),
    familyCity: text(raw, "familyCity"),
    familyLimit: text(raw, "familyLimit"),
    input: text(raw, "input"),
    policyFile: texts(raw, "policyFile"),
    json: flag(raw, "json"),
    explain: flag(raw, "explain"),
  };
}

const HELP = {
  zh: {
    city: "参保城市:拼音、中文名或行政区划代码(anshan、鞍山、鞍山市)",
    type: "人员类别:在职 | 退休 | in-service | retired",
    level: "医疗机构级别:1 | 2 | 3 | 一级 | 二级 | 三级(吕梁也可用 三类及以下 | 二类 | 一类)",
    amount: "本次门诊总费用(元)",
    excluded: "其中目录外、全自费的部分(元)",
    date: "就诊日期 YYYY-MM-DD,默认今天",
    facility: "机构类别:hospital 医院 | pharmacy 药店(级别填开处方的机构)| specialty 专科",
    noDesignated: "不是门诊统筹定点机构",
    emergency: "急诊抢救",
    noPrescription: "药店购药没有定点机构的外配处方",
    place: "就医地:local 本地(默认)| resident-elsewhere 异地长期居住 | temporary-elsewhere 临时外出(含转诊转院)",
    filed: "已办理异地就医备案",
    directSettlement: "就医机构已开通门诊统筹异地直接结算",
    noDirectSettlement: "就医机构未开通门诊统筹异地直接结算",
    treatmentCity: "就医城市(中文名或行政区划代码),与参保城市不同时须说明 --place",
    deductibleMet: "本年度已付的起付线金额(元)",
    fundUsed: "本年度统筹基金已支付的金额(元)",
    account: "本人个人账户余额(元);个人负担的政策范围内部分先从这里付",
    familyBalance: "家庭共济授权人的个人账户余额(元)",
    familyRelation: "授权人是您的什么人:配偶 | 父母 | 子女 | 兄弟姐妹 | 祖父母 | 外祖父母 | 孙子女 | 外孙子女 | …",
    familyCity: "授权人的参保城市(中文名或行政区划代码),默认与您相同",
    familyLimit: "授权人设置的额度(元):山西为每次支付额度,其他地方为共济额度总数",
    input: "从文件读入多次就诊(JSON 数组或 JSON Lines),- 表示标准输入",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    explain: "逐步列出计算过程:每一步的公式(代入实际数字)和政策依据",
    examples: `
示例:
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --date 2025-03-01
  yibao calc --city lvliang --type 在职 --level 二类 --amount 260 --excluded 40
  yibao calc --city 松原 --type retired --level 3 --amount 800 --deductible-met 200 --fund-used 300
  yibao calc --city anshan --type retired --input visits.jsonl --json
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --explain
  cat visits.json | yibao calc --city 鞍山 --type 在职 --input -
  yibao calc --city 吕梁 --type 在职 --level 二类 --amount 600 --account 50 --family-balance 1500 --family-relation 父母 --family-limit 200
  yibao calc --city 吕梁 --type 退休 --level 二类 --amount 300 --place 异地长期居住 --treatment-city 北京
  yibao calc --city 通辽 --type 在职 --level 二级 --amount 500 --place 临时外出 --filed --no-direct-settlement --policy-file tongliao-local.json
`,
  },
  en: {
    city: "insured city: id, Chinese name or administrative code (anshan, 鞍山, 鞍山市)",
    type: "status: in-service | retired | 在职 | 退休",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级 (Lüliang also 三类及以下 | 二类 | 一类)",
    amount: "total cost of the visit, in yuan",
    excluded: "the part outside the catalogues, fully self-paid, in yuan",
    date: "date of the visit, YYYY-MM-DD; default today",
    facility: "facility kind: hospital | pharmacy (give the prescribing facility's level) | specialty",
    noDesignated: "the facility is not designated for outpatient pooling",
    emergency: "emergency rescue",
    noPrescription: "pharmacy purchase without a designated facility's prescription",
    place: "where: local (default) | resident-elsewhere (异地长期居住) | temporary-elsewhere (临时外出, referrals too)",
    filed: "filed (备案) for treatment elsewhere",
    directSettlement: "the facility is open for cross-region outpatient direct settlement",
    noDirectSettlement: "the facility is not open for cross-region outpatient direct settlement",
    treatmentCity: "city of treatment (Chinese name or code); when it is not the insured city, say --place too",
    deductibleMet: "deductible already met this year, in yuan",
    fundUsed: "fund already paid this year, in yuan",
    account: "balance of your own personal account, in yuan; it pays the in-policy part you owe first",
    familyBalance: "balance of the family member who shares their account with you (the account holder), in yuan",
    familyRelation: "who the account holder is to you: spouse | parent | child | sibling | grandparent | … (or 配偶, 父母, 子女, …)",
    familyCity: "the account holder's insured city (Chinese name or code); default your own",
    familyLimit: "the limit the account holder set, in yuan: per payment in Shanxi, a total elsewhere",
    input: "read several visits from a file (JSON array or JSON Lines); - for standard input",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    explain: "show each step of the arithmetic: the formula with the actual numbers, and its source",
    examples: `
Examples:
  yibao calc --city anshan --type retired --level 2 --amount 1200 --date 2025-03-01
  yibao calc --city lvliang --type in-service --level 二类 --amount 260 --excluded 40
  yibao calc --city songyuan --type retired --level 3 --amount 800 --deductible-met 200 --fund-used 300
  yibao calc --city anshan --type retired --input visits.jsonl --json
  yibao calc --city anshan --type retired --level 2 --amount 1200 --explain --lang en
  cat visits.json | yibao calc --city anshan --type in-service --input - --lang en
  yibao calc --city lvliang --type in-service --level 2 --amount 600 --account 50 --family-balance 1500 --family-relation parent --family-limit 200
  yibao calc --city lvliang --type retired --level 2 --amount 300 --place resident-elsewhere --treatment-city 北京
  yibao calc --city tongliao --type in-service --level 2 --amount 500 --place temporary-elsewhere --filed --no-direct-settlement --policy-file tongliao-local.json
`,
  },
} as const;

export function calcCommand(ctx: Context): Command {
  const h = HELP[ctx.lang];
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
    .option("--deductible-met <yuan>", h.deductibleMet)
    .option("--fund-used <yuan>", h.fundUsed)
    .option("--account <yuan>", h.account)
    .option("--family-balance <yuan>", h.familyBalance)
    .option("--family-relation <relation>", h.familyRelation)
    .option("--family-city <city>", h.familyCity)
    .option("--family-limit <yuan>", h.familyLimit)
    .option("--input <file|->", h.input)
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
  };
  if (o.input !== undefined) {
    const given = Object.entries(single).filter(([, v]) => v !== undefined).map(([k]) => k);
    const flags = [...given, ...(o.designated ? [] : ["noDesignated"]), ...(o.emergency ? ["emergency"] : []), ...(o.prescription ? [] : ["noPrescription"])];
    if (flags.length > 0) {
      throw new YibaoError("CONFLICTING_OPTIONS", { given: ["input", ...flags].map((name) => ({ field: arg(name) })), conflict: "CALC_INPUT_HOLDS_VISITS" });
    }
    const file = o.input === "-" ? "stdin" : o.input;
    const [{ readText }, { parseVisits }] = await Promise.all([import("../io.js"), import("../../app/input.js")]);
    return { visits: parseVisits(readText(o.input, ctx.readStdin), file), file };
  }
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
      },
    ],
  };
}

export async function runCalc(o: CalcOptions, ctx: Context): Promise<string> {
  const missing = [...(o.city === undefined ? ["city"] : []), ...(o.type === undefined ? ["type"] : [])];
  if (missing.length > 0) throw new YibaoError("MISSING_OPTION", { fields: missing, command: "calc" });
  const { visits, file } = await visitsOf(o, ctx);
  const registry = await cliRegistry(o.policyFile, ctx.env);
  // The calculation loads with the policies, never for --help or --version.
  const { calculate } = await import("../../app/calculate.js");
  const calc = calculate(registry, {
    city: o.city ?? "",
    type: o.type ?? "",
    visits,
    deductibleMet: o.deductibleMet,
    fundUsed: o.fundUsed,
    wallet: { account: o.account, familyBalance: o.familyBalance, familyRelation: o.familyRelation, familyCity: o.familyCity, familyLimit: o.familyLimit },
    file,
  });
  if (o.json) {
    const { renderCalculationJson } = await import("../render/json.js");
    return renderCalculationJson(calc, ctx.lang, o.explain);
  }
  // The table library is loaded only for table output.
  const { renderCalculationTable } = await import("../render/table.js");
  return renderCalculationTable(calc, ctx.lang, ctx.theme, o.explain);
}
