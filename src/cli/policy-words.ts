/**
 * Words for problems in a policy file, in Chinese and English, each with a hint on how to fix it:
 * zod's common issue codes, the schema's own (English) messages, and the loader's refusals.
 */
import type { PolicyIssue } from "../app/model.js";
import type { Lang } from "./lang.js";

type Text = { readonly zh: string; readonly en: string };

export interface ExplainedIssue {
  readonly message: string;
  readonly hint: string;
}

const SCHEMA_HINT: Text = { zh: "格式见 policies/schema.json(yibao policy schema)。", en: "The format is in policies/schema.json (yibao policy schema)." };

const TYPE_NAME: Readonly<Record<string, Text>> = {
  string: { zh: "字符串", en: "a string" },
  number: { zh: "数字", en: "a number" },
  boolean: { zh: "true 或 false", en: "true or false" },
  object: { zh: "对象 { … }", en: "an object { … }" },
  array: { zh: "数组 [ … ]", en: "an array [ … ]" },
  null: { zh: "null", en: "null" },
  undefined: { zh: "(没有)", en: "(nothing)" },
};

const typeName = (name: unknown, lang: Lang) => TYPE_NAME[String(name)]?.[lang] ?? String(name);
const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const names = (value: unknown, separator: string) => (Array.isArray(value) ? value.map(String).join(separator) : String(value ?? ""));
const list = (value: unknown) => (Array.isArray(value) ? value.map(show).join(" | ") : show(value));

/** The schema's own messages (src/policy/schema.ts) and their Chinese, with a hint for each. */
const SCHEMA_MESSAGES: readonly { readonly pattern: RegExp; readonly say: (m: RegExpExecArray) => Text; readonly hint: (m: RegExpExecArray) => Text }[] = [
  {
    pattern: /^expected a date as YYYY-MM-DD$/,
    say: () => ({ zh: "日期应写成 YYYY-MM-DD。", en: "expected a date as YYYY-MM-DD." }),
    hint: () => ({ zh: '例如 "2025-01-01"。', en: 'For example "2025-01-01".' }),
  },
  {
    pattern: /^not a real calendar date$/,
    say: () => ({ zh: "不是真实存在的日期。", en: "not a real calendar date." }),
    hint: () => ({ zh: "检查月和日,例如没有 2 月 30 日。", en: "Check the month and day; there is no 30 February, for example." }),
  },
  {
    pattern: /^interpretation ids look like I1, I2, …$/,
    say: () => ({ zh: "解读编号应写成 I1、I2 这样。", en: "interpretation ids look like I1, I2, …" }),
    hint: () => ({ zh: '写成 "I" 加数字,例如 "I20"。', en: 'Write "I" and a number, e.g. "I20".' }),
  },
  {
    pattern: /^yuan as a string/,
    say: () => ({ zh: "金额应是最多两位小数的字符串(元)。", en: "expected yuan as a string with at most two decimals." }),
    hint: () => ({ zh: '加上引号,例如 "300" 或 "12.50";金额从不写成数字,以免出现浮点误差。', en: 'Quote it, e.g. "300" or "12.50"; amounts are never numbers, so no float error can creep in.' }),
  },
  {
    pattern: /^a ratio between 0 and 1/,
    say: () => ({ zh: "比例应是 0 到 1 之间的字符串。", en: "expected a ratio between 0 and 1 as a string." }),
    hint: () => ({ zh: '例如 "0.55" 表示 55%(加引号,最多四位小数)。', en: 'For example "0.55" for 55% (quoted, at most four decimals).' }),
  },
  {
    pattern: /^lower-case letters, digits and hyphens/,
    say: () => ({ zh: "id 只能由小写字母、数字和连字符组成,并以字母开头。", en: "an id is lower-case letters, digits and hyphens, starting with a letter." }),
    hint: () => ({ zh: '例如 "tongliao" 或 "my-city"。', en: 'For example "tongliao" or "my-city".' }),
  },
  {
    pattern: /^six-digit GB\/T 2260 code$/,
    say: () => ({ zh: "应为 6 位行政区划代码(GB/T 2260)。", en: "expected a six-digit GB/T 2260 code." }),
    hint: () => ({ zh: '例如通辽市是 "150500"。', en: 'Tongliao, for example, is "150500".' }),
  },
  {
    pattern: /^a value needs a source, an interpretation id, or both$/,
    say: () => ({ zh: "这个取值既没有来源(source)也没有解读编号(interpretation)。", en: "a value needs a source, an interpretation id, or both." }),
    hint: () => ({ zh: '加上 "source": {"ref": "来源键", "quote": "原文中的句子"}。', en: 'Add "source": {"ref": "source key", "quote": "the sentence in the source"}.' }),
  },
  {
    pattern: /^a yearly deductible must say whether levels share one accumulator$/,
    say: () => ({ zh: "按年度的起付线须说明各级别是否共用一个累计额。", en: "a yearly deductible must say whether levels share one accumulator." }),
    hint: () => ({ zh: '加上 "accumulator": {"value": "shared" 或 "per-level", "source": …}。', en: 'Add "accumulator": {"value": "shared" or "per-level", "source": …}.' }),
  },
  {
    pattern: /^a yearly ceiling only applies to per-visit deductibles$/,
    say: () => ({ zh: "yearlyCeiling 只适用于按次的起付线。", en: "a yearly ceiling only applies to per-visit deductibles." }),
    hint: () => ({ zh: '删除 yearlyCeiling,或把 period 改为 "visit"。', en: 'Remove yearlyCeiling, or make the period "visit".' }),
  },
  {
    pattern: /^(\S+) with plan (\S+) is listed twice$/,
    say: (m) => ({ zh: `${m[1]} 在参保方式 ${m[2]} 下列了两次。`, en: `${m[1]} with plan ${m[2]} is listed twice.` }),
    hint: () => ({ zh: "每种人员与参保方式的组合只能出现在一条 credits 中。", en: "Each member kind and plan may appear in one credits entry only." }),
  },
  {
    pattern: /^effectiveTo is before effectiveFrom$/,
    say: () => ({ zh: "effectiveTo 早于 effectiveFrom。", en: "effectiveTo is before effectiveFrom." }),
    hint: () => ({ zh: "检查两个日期是否写反。", en: "Check whether the two dates are swapped." }),
  },
  {
    pattern: /^give the outpatient parameters, or list them under `missing`$/,
    say: () => ({ zh: "缺少 outpatient(起付标准、支付比例、限额),也没有在 missing 中说明。", en: "give the outpatient parameters, or list them under `missing`." }),
    hint: () => ({ zh: "补上 outpatient,或在 missing 中列出 deductible、ratios、cap 并说明原因。", en: "Add outpatient, or list deductible, ratios and cap under missing with a note." }),
  },
  {
    pattern: /^`missing` cannot list outpatient parameters when `outpatient` is given$/,
    say: () => ({ zh: "已给出 outpatient,missing 中就不能再列 deductible、ratios 或 cap。", en: "`missing` cannot list outpatient parameters when `outpatient` is given." }),
    hint: () => ({ zh: "从 missing 中删除这几项。", en: "Remove those entries from missing." }),
  },
  {
    pattern: /^give the (account|family|crossRegion) rules, or list `\w+` under `missing`$/,
    say: (m) => ({ zh: `缺少 ${m[1]} 的规定,也没有在 missing 中说明。`, en: `give the ${m[1]} rules, or list \`${m[1]}\` under \`missing\`.` }),
    hint: (m) => ({ zh: `补上 ${m[1]},或在 missing 中加一项 {"field": "${m[1]}", "note": {…}}。`, en: `Add ${m[1]}, or add {"field": "${m[1]}", "note": {…}} to missing.` }),
  },
  {
    pattern: /^`missing` cannot list (\w+) when it is given$/,
    say: (m) => ({ zh: `已给出 ${m[1]},missing 中就不能再列它。`, en: `\`missing\` cannot list ${m[1]} when it is given.` }),
    hint: () => ({ zh: "从 missing 中删除这一项。", en: "Remove that entry from missing." }),
  },
  {
    pattern: /^give the pharmacy rule, or list `pharmacy` under `missing`$/,
    say: () => ({ zh: "缺少定点药店的规定(pharmacy),也没有在 missing 中说明。", en: "give the pharmacy rule, or list `pharmacy` under `missing`." }),
    hint: () => ({ zh: '补上 pharmacy,或在 missing 中加一项 {"field": "pharmacy", "note": {…}}。', en: 'Add pharmacy, or add {"field": "pharmacy", "note": {…}} to missing.' }),
  },
  {
    pattern: /^only the last version may be open-ended; give effectiveTo$/,
    say: () => ({ zh: "只有最后一个版本可以不写 effectiveTo。", en: "only the last version may be open-ended." }),
    hint: () => ({ zh: "给这个版本写上 effectiveTo(下一个版本开始的前一天)。", en: "Give this version an effectiveTo (the day before the next one begins)." }),
  },
  {
    pattern: /^(overlaps|leaves a gap after) the previous version \(which ends (\S+)\); start on (\S+)$/,
    say: (m) => ({
      zh: `与上一个版本(${m[2]} 结束)${m[1] === "overlaps" ? "重叠" : "之间有空档"}。`,
      en: `${m[1]} the previous version (which ends ${m[2]}).`,
    }),
    hint: (m) => ({ zh: `从 ${m[3]} 开始。`, en: `Start on ${m[3]}.` }),
  },
  {
    pattern: /^unknown source "(.*)"; add it under `sources`$/,
    say: (m) => ({ zh: `没有键为 "${m[1]}" 的来源。`, en: `unknown source "${m[1]}".` }),
    hint: (m) => ({ zh: `在 sources 中加上 "${m[1]}": {"title": "文件标题"},或改用已有的来源键。`, en: `Add "${m[1]}": {"title": "document title"} under sources, or use a source key that exists.` }),
  },
  {
    pattern: /^unknown interpretation "(.*)"; add it under `interpretations`$/,
    say: (m) => ({ zh: `没有编号为 "${m[1]}" 的解读。`, en: `unknown interpretation "${m[1]}".` }),
    hint: (m) => ({ zh: `在 interpretations 中加上 "${m[1]}": {"zh": "…", "en": "…"}。`, en: `Add "${m[1]}": {"zh": "…", "en": "…"} under interpretations.` }),
  },
  {
    pattern: /^duplicate version id (.*)$/,
    say: (m) => ({ zh: `版本 id "${m[1]}" 重复。`, en: `duplicate version id ${m[1]}.` }),
    hint: () => ({ zh: "每个版本的 id 须不同。", en: "Give each version its own id." }),
  },
];

/** A message of the schema's own, in the language wanted. */
function schemaMessage(message: string): { say: Text; hint: Text } | undefined {
  for (const entry of SCHEMA_MESSAGES) {
    const m = entry.pattern.exec(message);
    if (m !== null) return { say: entry.say(m), hint: entry.hint(m) };
  }
  return undefined;
}

function explainText(issue: PolicyIssue): { say: Text; hint: Text } {
  const p = issue.params ?? {};
  switch (issue.code) {
    case "invalid_type": {
      if (p.received === "undefined") {
        return {
          say: { zh: `缺少此项(应为${typeName(p.expected, "zh")})。`, en: `missing (expected ${typeName(p.expected, "en")}).` },
          hint: { zh: "补上这一项。", en: "Add it." },
        };
      }
      const quoted = p.expected === "string" && p.received === "number";
      return {
        say: {
          zh: `类型不对:应为${typeName(p.expected, "zh")},实际是${typeName(p.received, "zh")}。`,
          en: `wrong type: expected ${typeName(p.expected, "en")}, got ${typeName(p.received, "en")}.`,
        },
        hint: quoted
          ? { zh: '金额和比例写成带引号的字符串,例如 "300"、"0.55"。', en: 'Amounts and ratios are quoted strings, e.g. "300", "0.55".' }
          : { zh: `改成${typeName(p.expected, "zh")}。`, en: `Make it ${typeName(p.expected, "en")}.` },
      };
    }
    case "unrecognized_keys":
      return {
        say: { zh: `不认识的键:${list(p.keys).replaceAll(" | ", "、")}。`, en: `unknown key${Array.isArray(p.keys) && p.keys.length > 1 ? "s" : ""}: ${list(p.keys).replaceAll(" | ", ", ")}.` },
        hint: { zh: "检查拼写(拼错的键不会被悄悄忽略);此处可用的键见 policies/schema.json。", en: "Check the spelling (a misspelt key is never silently ignored); the keys allowed here are in policies/schema.json." },
      };
    case "invalid_value":
      return {
        say: { zh: `取值 ${show(p.input)} 不在可选值之内。`, en: `${show(p.input)} is not one of the values allowed.` },
        hint: { zh: `可选:${list(p.values)}。`, en: `Allowed: ${list(p.values)}.` },
      };
    case "too_small":
      return p.origin === "array"
        ? { say: { zh: `至少需要 ${String(p.minimum)} 项。`, en: `needs at least ${String(p.minimum)} item(s).` }, hint: { zh: "补上缺少的项。", en: "Add the missing items." } }
        : {
            say: { zh: `太短:至少 ${String(p.minimum)} 个字符。`, en: `too short: at least ${String(p.minimum)} character(s).` },
            hint: { zh: "不能为空;引文至少两个字。", en: "It cannot be empty; a quote has at least two characters." },
          };
    case "too_big":
      return { say: { zh: `太长:最多 ${String(p.maximum)}。`, en: `too long: at most ${String(p.maximum)}.` }, hint: SCHEMA_HINT };
    case "invalid_format":
    case "custom": {
      const known = schemaMessage(issue.message);
      if (known !== undefined) return known;
      return issue.code === "invalid_format"
        ? { say: { zh: `格式不对(应符合 ${String(p.pattern ?? p.format)})。`, en: `wrong format (expected ${String(p.pattern ?? p.format)}).` }, hint: SCHEMA_HINT }
        : { say: { zh: issue.message, en: issue.message }, hint: SCHEMA_HINT };
    }
    case "invalid_union":
      return p.discriminator === undefined
        ? { say: { zh: "不符合任何一种允许的写法。", en: "matches none of the forms allowed." }, hint: SCHEMA_HINT }
        : {
            say: { zh: `${String(p.discriminator)} 的取值不对。`, en: `wrong ${String(p.discriminator)}.` },
            hint: { zh: `可选:${list(p.options)}。`, en: `Allowed: ${list(p.options)}.` },
          };
    case "invalid_key": {
      const inner = Array.isArray(p.issues) ? (p.issues as { message?: unknown }[])[0] : undefined;
      const known = schemaMessage(String(inner?.message ?? ""));
      return {
        say: { zh: `这个键名无效${known === undefined ? "" : `:${known.say.zh}`}`, en: `invalid key${known === undefined ? "." : `: ${known.say.en}`}` },
        hint: known?.hint ?? SCHEMA_HINT,
      };
    }
    case "not-file":
      return {
        say: { zh: `不是普通文件(${p.kind === "directory" ? "是文件夹" : p.kind === "fifo" ? "是管道" : p.kind === "device" ? "是设备" : "是特殊文件"}),不予读取。`, en: `not a regular file (${String(p.kind)}); it is not read.` },
        hint: { zh: "给出一个 .json 政策文件的路径。", en: "Give the path of a .json policy file." },
      };
    case "too-large":
      return {
        say: { zh: `文件超过 ${String(p.max)} 字节,不予读取。`, en: `the file is larger than ${String(p.max)} bytes; it is not read.` },
        hint: { zh: "政策文件远小于此;检查是否给错了文件。", en: "Policy files are far smaller; check that this is the right file." },
      };
    case "not-json": {
      const at = p.line === undefined ? "" : `${String(p.line)}:${String(p.column)}`;
      return {
        say: {
          zh: `不是有效的 JSON${at === "" ? "" : `(第 ${String(p.line)} 行第 ${String(p.column)} 列)`}:${String(p.detail)}`,
          en: `not valid JSON${at === "" ? "" : ` (line ${String(p.line)}, column ${String(p.column)})`}: ${String(p.detail)}`,
        },
        hint: {
          zh: "检查该处的逗号、引号和括号。政策文件只作为 JSON 数据读取,不是程序。",
          en: "Check the commas, quotes and brackets there. Policy files are read as JSON data only, never run.",
        },
      };
    }
    case "too-deep":
      return {
        say: { zh: `嵌套超过 ${String(p.max)} 层,不予处理。`, en: `nested deeper than ${String(p.max)} levels; not processed.` },
        hint: { zh: "政策文件的嵌套不到 10 层;检查文件是否正确。", en: "Policy files nest fewer than 10 levels; check the file." },
      };
    case "forbidden-key":
      return {
        say: { zh: `不允许使用键 "${String(p.key)}"。`, en: `the key "${String(p.key)}" is not allowed.` },
        hint: { zh: "__proto__、constructor、prototype 不能作为键名;删除它或改名。", en: "__proto__, constructor and prototype cannot be keys; remove it or rename it." },
      };
    case "unknown-base":
      return {
        say: { zh: `要扩展的城市 "${String(p.city)}" 尚未加载。`, en: `no city "${String(p.city)}" is loaded before this file.` },
        hint: {
          zh: `可扩展的城市:${names(p.cities, "、")}(内置的,或在此之前加载的文件中的)。文件按顺序加载:被扩展的文件要放在前面。`,
          en: `Cities that can be extended: ${names(p.cities, ", ")} (shipped, or from files loaded earlier). Files load in order: put the file extended first.`,
        },
      };
    case "duplicate-key": {
      const table = p.table === "sources" ? { zh: "来源", en: "a source" } : { zh: "解读", en: "an interpretation" };
      return {
        say: {
          zh: `${String(p.city)} 已有键为 "${String(p.key)}" 的${table.zh}。`,
          en: `${String(p.city)} already has ${table.en} "${String(p.key)}".`,
        },
        hint: { zh: "换一个新的键名:已有的引用不能悄悄改变含义。", en: "Pick a new key: a citation that exists must never silently change meaning." },
      };
    }
    default:
      return { say: { zh: issue.message, en: issue.message }, hint: SCHEMA_HINT };
  }
}

/** A problem of a policy file, in words, with a hint on how to fix it. */
export function explainPolicyIssue(issue: PolicyIssue, lang: Lang): ExplainedIssue {
  const { say, hint } = explainText(issue);
  const p = issue.params ?? {};
  // A problem in a version of the extended city that the file does not touch.
  const where =
    issue.path === "extends" && p.version !== undefined
      ? lang === "zh"
        ? `(在 ${String(p.city)} 的版本 ${String(p.version)} 的 ${String(p.at)})`
        : ` (in version ${String(p.version)} of ${String(p.city)}, at ${String(p.at)})`
      : "";
  const extra =
    where === ""
      ? ""
      : lang === "zh"
        ? ` 要修改它,在本文件的 versions 中加一项 {"id": "${String(p.version)}", …}。`
        : ` To change it, add {"id": "${String(p.version)}", …} to this file's versions.`;
  return { message: `${say[lang]}${where}`, hint: `${hint[lang]}${extra}` };
}
