/**
 * Every sentence yibao says to a person, in Chinese and English: error messages with a hint on how
 * to fix them, and the reasons a visit settled as it did.
 */
import { formatPercent } from "../app/model.js";
import type { Warning } from "../app/calculate.js";
import type { Citation, Reason, Status } from "../app/model.js";
import { type ErrorParams, YibaoError } from "../shared/errors.js";
import type { PolicyIssue } from "../app/model.js";
import { type LevelNames, type Words, catalogue, words } from "./i18n/index.js";
import { explainPolicyIssue } from "./policy-words.js";
import type { Lang } from "./lang.js";

type Text = { readonly zh: string; readonly en: string };

const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(", ") : String(value ?? ""));

/** Option names as people see them, for errors about a field of an input file too. */
function optionName(option: unknown, lang: Lang): string {
  const name = String(option ?? "");
  if (name.startsWith("-")) return name;
  return lang === "zh" ? `字段 "${name}"` : `field "${name}"`;
}

/** An option with a value as it is written: `--place 临时外出` on the command line, `"place": "临时外出"` in a file. */
function valueOf(option: unknown, value: string): string {
  const name = String(option ?? "");
  return name.startsWith("-") ? `${name} ${value}` : `"${name}": "${value}"`;
}

function kindHint(params: ErrorParams): Text {
  switch (params.kind) {
    case "money":
      return {
        zh: "金额以元为单位,不能为负,最多两位小数,不超过 1 亿元,例如 1200 或 86.50。",
        en: "Amounts are yuan, not negative, with at most two decimals and at most 100 million, e.g. 1200 or 86.50.",
      };
    case "date":
      return { zh: "日期格式为 YYYY-MM-DD,例如 2025-03-01。", en: "Dates are YYYY-MM-DD, e.g. 2025-03-01." };
    case "positive":
      return { zh: "这里需要大于 0 的金额(元),例如 1000。", en: "This needs an amount above 0, in yuan, e.g. 1000." };
    case "too-fine":
      return {
        zh: `这样要结算约 ${String(params.visits)} 次门诊(上限 ${String(params.limit)}):请用更大的 --step、更小的 --to 或更大的 --visit-size。`,
        en: `That would settle about ${String(params.visits)} visits (at most ${String(params.limit)}): use a larger --step, a smaller --to or a larger --visit-size.`,
      };
    default:
      return { zh: `可用的值:${list(params.accepted)}`, en: `Accepted: ${list(params.accepted)}` };
  }
}

function explainFieldProblem(p: ErrorParams, lang: Lang): Explained {
  const field = String(p.field ?? "");
  const fields = String(p.fields ?? "");
  const hint = lang === "zh" ? `每条记录的字段:${fields.replace("; optional", ";可选")}。` : `Fields of a visit: ${fields}.`;
  switch (p.problem) {
    case "missing":
      return { message: lang === "zh" ? `缺少字段 "${field}"。` : `missing field "${field}".`, hint };
    case "unknown":
      return { message: lang === "zh" ? `未知字段 "${field}"。` : `unknown field "${field}".`, hint };
    default:
      return { message: lang === "zh" ? `字段 "${field}" 的类型不对(${String(p.detail ?? "")})。` : `field "${field}" has the wrong type (${String(p.detail ?? "")}).`, hint };
  }
}

/** The parts of a version that `missing` can list, as people name them. */
export const FIELD_NAME: Readonly<Record<string, Text>> = {
  deductible: { zh: "起付标准", en: "the deductible" },
  ratios: { zh: "支付比例", en: "the fund ratios" },
  cap: { zh: "年度最高支付限额", en: "the annual cap" },
  pharmacy: { zh: "定点药店的支付规则", en: "the pharmacy rule" },
  account: { zh: "个人账户的规定", en: "the personal-account rules" },
  family: { zh: "家庭共济的规定", en: "the family-aid rules" },
  crossRegion: { zh: "异地就医的规定", en: "the rules for visits elsewhere" },
};

const EXAMPLE = {
  compare: { zh: "例如:yibao compare --amount 1200 --level 二级 --type 退休", en: "For example: yibao compare --amount 1200 --level 2 --type retired" },
  curve: { zh: "例如:yibao curve --city 鞍山 --type 退休 --level 二级", en: "For example: yibao curve --city anshan --type retired --level 2" },
  calc: { zh: "例如:yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200", en: "For example: yibao calc --city anshan --type retired --level 2 --amount 1200" },
  family: { zh: "例如:yibao family --city 鞍山 --relation 父母", en: "For example: yibao family --city anshan --relation parent" },
  account: { zh: "例如:yibao account --city 吕梁 --type 在职 --base 6000", en: "For example: yibao account --city lvliang --type in-service --base 6000" },
} as const satisfies Record<string, Text>;

export interface Explained {
  readonly message: string;
  readonly hint?: string;
}

/** Words for an error: what was wrong and how to fix it. */
export function explainError(error: YibaoError, lang: Lang): Explained {
  const p = error.params;
  const pick = (t: Text) => t[lang];
  switch (error.code) {
    case "USAGE":
      return { message: String(p.message ?? ""), hint: pick({ zh: "运行 yibao --help 查看用法。", en: "Run yibao --help for usage." }) };
    case "INVALID_VALUE":
      return {
        message: pick({ zh: `${optionName(p.option, lang)} 的值 "${String(p.value)}" 无效。`, en: `Invalid value "${String(p.value)}" for ${optionName(p.option, lang)}.` }),
        hint: pick(kindHint(p)),
      };
    case "UNKNOWN_CITY":
      return {
        message: pick({ zh: `不认识城市 "${String(p.value)}"。`, en: `Unknown city "${String(p.value)}".` }),
        hint: pick({
          zh: `已收录的城市:${list(p.cities)}。可用拼音、中文名或行政区划代码;其他城市可用 --policy-file 提供政策文件。`,
          en: `Cities available: ${list(p.cities)}. Use the id, the Chinese name or the administrative code; for another city supply a policy file with --policy-file.`,
        }),
      };
    case "CONFLICTING_OPTIONS":
      return {
        message: pick({ zh: `${list(p.options)} 不能同时使用。`, en: `${list(p.options)} cannot be used together.` }),
        hint: pick({ zh: String(p.hintZh ?? ""), en: String(p.hintEn ?? "") }),
      };
    case "MISSING_OPTION":
      return {
        message: pick({ zh: `缺少 ${list(p.options)}。`, en: `Missing ${list(p.options)}.` }),
        hint: pick(p.command === "family" ? EXAMPLE.family : p.command === "account" ? EXAMPLE.account : p.command === "curve" ? EXAMPLE.curve : p.command === "compare" ? EXAMPLE.compare : EXAMPLE.calc),
      };
    case "EXCLUDED_OVER_AMOUNT":
      return {
        message: pick({
          zh: `目录外费用 ${String(p.excluded)} 元超过了总费用 ${String(p.amount)} 元。`,
          en: `The excluded part (${String(p.excluded)} yuan) is more than the total (${String(p.amount)} yuan).`,
        }),
        hint: pick({ zh: "--excluded 是总费用中目录外(全自费)的部分,不能大于 --amount。", en: "--excluded is the part of the total outside the catalogues; it cannot exceed --amount." }),
      };
    case "INPUT_READ":
      return {
        message: pick({ zh: `无法读取输入文件 ${String(p.file)}(${String(p.detail)})。`, en: `Cannot read input file ${String(p.file)} (${String(p.detail)}).` }),
        hint: pick({ zh: "检查路径是否正确;用 - 表示从标准输入读取。", en: "Check the path; use - to read standard input." }),
      };
    case "INPUT_PARSE":
      return {
        message: pick({
          zh: `输入 ${String(p.file)} 第 ${String(p.line)} 行不是有效的 JSON:${String(p.detail)}`,
          en: `Input ${String(p.file)} line ${String(p.line)} is not valid JSON: ${String(p.detail)}`,
        }),
        hint:
          p.jsonLines === true
            ? pick({ zh: "每行须是一个 JSON 对象(JSON Lines)。", en: "Each line must be one JSON object (JSON Lines)." })
            : pick({
                zh: '输入可以是 JSON 数组,或每行一个 JSON 对象(JSON Lines),例如 {"date":"2025-03-01","level":2,"amount":"1200"}。',
                en: 'Input is a JSON array, or one JSON object per line (JSON Lines), e.g. {"date":"2025-03-01","level":2,"amount":"1200"}.',
              }),
      };
    case "INPUT_VALUE": {
      const inner = p.cause instanceof YibaoError ? explainError(p.cause, lang) : explainFieldProblem(p, lang);
      const where = p.file === undefined || p.file === "" ? "" : `${String(p.file)} `;
      return {
        message:
          p.line === undefined
            ? pick({ zh: `${where}第 ${String(p.item)} 条就诊记录:${inner.message}`, en: `${where}visit ${String(p.item)}: ${inner.message}` })
            : pick({ zh: `第 ${String(p.line)} 行:${inner.message}`, en: `line ${String(p.line)}: ${inner.message}` }),
        ...(inner.hint === undefined ? {} : { hint: inner.hint }),
      };
    }
    case "INPUT_EMPTY":
      return {
        message: pick({ zh: `输入 ${String(p.file)} 中没有就诊记录。`, en: `No visits in input ${String(p.file)}.` }),
        hint: pick({ zh: "每条记录至少包含 date、level、amount。", en: "Each visit needs at least date, level and amount." }),
      };
    case "OUT_OF_ORDER":
      return {
        message: pick({
          zh: `参保人 ${String(p.person)} 的这次就诊(${String(p.date)})早于其上一次就诊(${String(p.previous)})。`,
          en: `This visit of person ${String(p.person)} (${String(p.date)}) is earlier than their previous one (${String(p.previous)}).`,
        }),
        hint: pick({
          zh: "同一参保人的就诊须按日期先后排列,年度累计才能正确;可先按 person、date 排序。",
          en: "A person's visits must come in date order for the year's totals to be right; sort by person and date first.",
        }),
      };
    case "NO_VERSION_ON_DATE": {
      const ranges = (Array.isArray(p.ranges) ? (p.ranges as { from: string; to?: string }[]) : []).map((r) =>
        r.to === undefined ? pick({ zh: `${r.from} 起`, en: `from ${r.from}` }) : `${r.from} – ${r.to}`,
      );
      return {
        message: pick({
          zh: `${String(p.city)}在 ${String(p.date)} 没有生效的政策版本。`,
          en: `${String(p.cityId)} has no policy version in force on ${String(p.date)}.`,
        }),
        hint: pick({ zh: `已收录的版本生效期:${list(ranges)}。用 --date 选择其中的日期。`, en: `Versions on file are in force: ${list(ranges)}. Pick a date inside one with --date.` }),
      };
    }
    case "POLICY_INCOMPLETE": {
      const fields = (Array.isArray(p.fields) ? p.fields.map(String) : []).map((f) => FIELD_NAME[f]?.[lang] ?? f);
      const notes = Array.isArray(p.notes) ? (p.notes as Text[]).map((n) => n[lang]).join(" ") : "";
      return {
        message: pick({
          zh: `无法计算:${String(p.city)}政策(版本 ${String(p.version)})缺少${fields.join("、")},来源材料中没有公布。${notes}`,
          en: `Cannot calculate: the ${String(p.cityId)} policy (version ${String(p.version)}) lacks ${fields.join(", ")}; the source does not publish them. ${notes}`,
        }),
        hint: pick({
          zh: `如有当地的正式文件,可写一个政策文件(id 为 "${String(p.cityId)}",含来源)并用 --policy-file 提供。`,
          en: `If you have the local official document, write a policy file (id "${String(p.cityId)}", with its sources) and pass it with --policy-file.`,
        }),
      };
    }
    case "POLICY_INVALID": {
      const issues = Array.isArray(p.issues) ? (p.issues as PolicyIssue[]) : [];
      return {
        message: pick({ zh: `政策文件 ${String(p.file)} 不符合格式:`, en: `Policy file ${String(p.file)} is not valid:` }) +
          issues.map((i) => `\n  ${i.path}: ${explainPolicyIssue(i, lang).message}`).join(""),
        hint: pick({
          zh: `运行 yibao policy validate ${String(p.file)} 可看到每个问题的修改建议;格式见 policies/schema.json(yibao policy schema)。`,
          en: `Run yibao policy validate ${String(p.file)} for how to fix each problem; the format is policies/schema.json (yibao policy schema).`,
        }),
      };
    }
    case "UNKNOWN_PLACE":
      return {
        message: p.province === true
          ? pick({ zh: `${optionName(p.option, lang)} 需要一个城市,"${String(p.value)}" 是省份。`, en: `${optionName(p.option, lang)} needs a city; "${String(p.value)}" is a province.` })
          : pick({ zh: `不认识地名 "${String(p.value)}"(${optionName(p.option, lang)})。`, en: `Unknown place "${String(p.value)}" (${optionName(p.option, lang)}).` }),
        hint: pick({
          zh: "写地级市的中文名或 6 位行政区划代码,例如 大连、大连市、210200;县级市和区县也可以(孝义市 属于 吕梁)。",
          en: "Give a prefecture-level city's Chinese name or six-digit code, e.g. 大连, 大连市 or 210200; counties work too (孝义市 is in 吕梁).",
        }),
      };
    case "AMBIGUOUS_PLACE":
      return {
        message: pick({
          zh: `"${String(p.value)}" 可能是:${list(p.candidates)}(${optionName(p.option, lang)})。`,
          en: `"${String(p.value)}" could be any of: ${list(p.candidates)} (${optionName(p.option, lang)}).`,
        }),
        hint: pick({ zh: "请写所在地级市的名称,或 6 位行政区划代码。", en: "Give the prefecture-level city's name, or the six-digit code." }),
      };
    case "FAMILY_INCOMPLETE":
      return {
        message: pick({ zh: `家庭共济还缺少 ${list(p.missing)}。`, en: `Family aid also needs ${list(p.missing)}.` }),
        hint: pick({
          zh: "家庭共济需要授权人的余额和关系,例如 --family-balance 2000 --family-relation 父母 --family-city 大连;--family-limit 可选。",
          en: "Family aid needs the account holder's balance and relationship, e.g. --family-balance 2000 --family-relation parent --family-city 大连; --family-limit is optional.",
        }),
      };
    case "PLACE_UNCLEAR":
      return {
        message: pick({
          zh: `就医城市 ${String(p.city)} 不是参保城市 ${String(p.home)},这是异地就医:请用 ${optionName(p.option, lang)} 说明是哪一种。`,
          en: `${String(p.city)} is not the insured city ${String(p.home)}, so this is a visit elsewhere: say which kind with ${optionName(p.option, lang)}.`,
        }),
        hint: pick({
          zh: `异地长期居住(含异地安置退休、长期驻外工作)用 ${valueOf(p.option, "异地长期居住")};临时外出、转诊转院用 ${valueOf(p.option, "临时外出")}。`,
          en: `Use ${valueOf(p.option, "resident-elsewhere")} for long-term residence (retirees settled there, staff posted there), ${valueOf(p.option, "temporary-elsewhere")} for a trip or a referral.`,
        }),
      };
    case "TREATMENT_POLICY_MISSING":
      return {
        message: pick({
          zh: `${String(p.city)}的政策规定异地就医按就医地的起付标准和支付比例计算,但${p.treatment === null ? "没有给出就医城市" : `没有${String(p.treatment)}的政策`}。`,
          en: `The ${String(p.cityId)} policy settles visits elsewhere with the treatment city's deductible and ratios, but ${p.treatment === null ? "no city of treatment was given" : `there is no policy for ${String(p.treatment)}`}.`,
        }),
        hint: pick(
          p.treatment === null
            ? { zh: "用 --treatment-city 给出就医城市。", en: "Give the city of treatment with --treatment-city." }
            : { zh: "用 --policy-file 提供就医城市的政策文件。", en: "Supply the treatment city's policy with --policy-file." },
        ),
      };
    case "IN_CITY": {
      const cause = p.cause instanceof YibaoError ? explainError(p.cause, lang) : { message: String(p.cause) };
      return { message: pick({ zh: `${String(p.city)}:${cause.message}`, en: `${String(p.cityId)}: ${cause.message}` }), ...(cause.hint === undefined ? {} : { hint: cause.hint }) };
    }
    case "OUTPUT_WRITE":
      return {
        message: pick({ zh: `无法写入文件 ${String(p.file)}(${String(p.detail)})。`, en: `Cannot write the file ${String(p.file)} (${String(p.detail)}).` }),
        hint: pick({ zh: "检查路径和所在文件夹是否存在、是否可写。", en: "Check that the folder exists and can be written." }),
      };
    case "POLICY_READ":
      if (p.folder === true) {
        const named = p.variable === undefined ? "" : String(p.variable);
        return {
          message: pick({
            zh: `无法读取${named === "" ? "" : ` ${named} 指定的`}政策文件夹 ${String(p.file)}(${String(p.detail)})。`,
            en: `Cannot read the policy folder ${String(p.file)}${named === "" ? "" : ` named by ${named}`} (${String(p.detail)}).`,
          }),
          hint: pick({
            zh: named === "" ? "检查路径是否正确。" : `把 ${named} 设为一个存在的文件夹(其中的 *.json 政策文件按文件名顺序加载),或取消设置。`,
            en: named === "" ? "Check the path." : `Set ${named} to a folder that exists (its *.json policy files load in name order), or unset it.`,
          }),
        };
      }
      return {
        message: pick({ zh: `无法读取政策文件 ${String(p.file)}(${String(p.detail)})。`, en: `Cannot read policy file ${String(p.file)} (${String(p.detail)}).` }),
        hint: pick({ zh: "检查路径是否正确。", en: "Check the path." }),
      };
  }
}

/** Words for why a visit settled as it did, naming levels as the city does. */
export function explainReason(reason: Reason, lang: Lang, levelNames?: LevelNames): string {
  const say = catalogue(lang).reasons[reason.code] as (params: Reason["params"], w: Words) => string;
  return say(reason.params, words(lang, levelNames));
}

/** Where a source from a user's policy file came from: [用户文件 my-city.json]. */
export function formatPolicyFile(file: string, lang: Lang): string {
  return lang === "zh" ? `[用户文件 ${file}]` : `[user file ${file}]`;
}

/** A citation for people: 《title》“quote” [解读 I2], and the user's file it comes from, if any. */
export function formatCitation(cite: Citation, lang: Lang): string {
  const parts: string[] = [];
  if (cite.quote !== "") parts.push(lang === "zh" ? `《${cite.document}》“${cite.quote}”` : `"${cite.quote}" (${cite.document})`);
  if (cite.quote !== "" && cite.policyFile !== undefined) parts.push(formatPolicyFile(cite.policyFile, lang));
  if (cite.interpretation !== undefined) {
    const note = cite.interpretationNote === undefined ? "" : `: ${cite.interpretationNote[lang]}`;
    parts.push(lang === "zh" ? `[解读 ${cite.interpretation}${note}]` : `[interpretation ${cite.interpretation}${note}]`);
  }
  return parts.join(" ");
}

export function explainWarning(code: Warning["code"], params: Readonly<Record<string, string>>, lang: Lang): string {
  switch (code) {
    case "PAST_CONFIRMED":
      return lang === "zh"
        ? `注意:来源材料只确认了到 ${params.through} 为止的数值,${params.date} 的计算沿用版本 ${params.version},请核对当地最新政策。`
        : `Note: the source confirms these values only through ${params.through}; ${params.date} is settled with version ${params.version} still. Check the latest local policy.`;
    case "INTERPRETED":
      return lang === "zh"
        ? `注意:结果用到了解读 ${params.id}:${params.zh ?? ""}`
        : `Note: the result rests on interpretation ${params.id}: ${params.en ?? ""}`;
    case "CAP_LOW":
      return lang === "zh"
        ? `注意:${params.year} 年度限额只剩 ${params.remaining} 元(共 ${params.cap} 元),之后的门诊费用统筹基金很快不再支付。`
        : `Note: only ${params.remaining} of the ${params.cap} cap is left for ${params.year}; the fund will soon stop paying this year.`;
  }
}
