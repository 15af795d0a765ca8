import type { PlaceholderKind, SectionPart, TablePart } from "../../../app/model.js";
import type { PolicyIssueWords } from "../policy-issues.js";

const IN_PACKAGE = "格式见 policies/schema.json(yibao policy schema)。";
const ELSEWHERE = '格式可用 yibao policy schema 查看:在文件所在文件夹运行 yibao policy schema > schema.json,并在文件开头写上 "$schema": "./schema.json",编辑器即可逐项提示和检查。';

/** The tables of a version, as the city's documents call them. */
const TABLE: Readonly<Record<TablePart, string>> = { deductible: "起付标准", ratios: "支付比例", cap: "年度最高支付限额" };
/** The key a table is written under (the ratios also have the short form `ratios`). */
const TABLE_KEY: Readonly<Record<TablePart, string>> = { deductible: "deductible", ratios: "ratio(或简写 ratios)", cap: "cap" };
const STATUS = { "in-service": "在职", retired: "退休" } as const;

const sectionOrMissing = (section: SectionPart) => {
  const add = `{"field": "${section}", "note": {…}}`;
  switch (section) {
    case "pharmacy":
      return { say: "缺少定点药店的规定(pharmacy),也没有在 missing 中说明。", hint: `补上 pharmacy,或在 missing 中加一项 ${add}。` };
    case "designation":
      return { say: "缺少定点机构的规定(designation),也没有在 missing 中说明。", hint: `补上 designation,或在 missing 中加一项 ${add}。` };
    default:
      return { say: `缺少 ${section} 的规定,也没有在 missing 中说明。`, hint: `补上 ${section},或在 missing 中加一项 ${add}。` };
  }
};

/** zod's and JSON's names of types. */
const TYPE_NAME: PolicyIssueWords["typeName"] = {
  string: "字符串",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  object: "对象 { … }",
  record: "对象 { … }",
  array: "数组 [ … ]",
  null: "null",
  undefined: "(没有)",
};

/** What to write in place of each kind of placeholder. */
const PLACEHOLDER_HINT: Readonly<Record<PlaceholderKind, string>> = {
  yuan: '换成来源给出的金额(元),写成带引号的字符串,例如 "300" 或 "12.50"。',
  ratio: '换成来源给出的比例,写成 0 到 1 之间带引号的字符串,例如 "0.60" 表示 60%。',
  quote: "换成来源中这个取值所依据的原文句子,逐字照抄(至少两个字)。",
  title: "换成来源文件的标题,例如《某某市职工基本医疗保险门诊共济保障实施办法》。",
  file: '换成来源文本的路径(相对于本政策文件),或删除 "file" 改写 "url"。',
  date: '换成施行日期 YYYY-MM-DD,例如 "2025-01-01";来源没有写明时删除这一项(会有提示)。',
  name: "换成本市对这一类机构的叫法,例如 社区卫生服务机构。",
  province: "换成省份的全称,例如 辽宁省。",
  english: '换成英文名称,例如省份 "Liaoning"、机构类别 "community health centres"。',
  pinyin: '换成拼音,例如 "Anshan";--city 可以用它找到本市。',
  code: '换成 6 位行政区划代码(GB/T 2260),例如鞍山市是 "210300"。',
  other: "换成真实的取值。",
};

/** A placeholder still in place, and what to write there instead. */
const placeholder = (kind: PlaceholderKind, text: string) => ({ say: `还没有填写:这里仍是占位符 ${JSON.stringify(text)}。`, hint: PLACEHOLDER_HINT[kind] });

export const policyIssues: PolicyIssueWords = {
  typeName: TYPE_NAME,
  schemaHint: (inPackage) => (inPackage ? IN_PACKAGE : ELSEWHERE),
  schema: {
    dateFormat: () => ({ say: "日期应写成 YYYY-MM-DD。", hint: '例如 "2025-01-01"。' }),
    notRealDate: () => ({ say: "不是真实存在的日期。", hint: "检查月和日,例如没有 2 月 30 日。" }),
    interpretationId: () => ({ say: "解读编号应写成 I1、I2 这样。", hint: '写成 "I" 加数字,例如 "I20"。' }),
    yuanString: () => ({ say: "金额应是最多两位小数的字符串(元)。", hint: '加上引号,例如 "300" 或 "12.50";金额从不写成数字,以免出现浮点误差。' }),
    yuanTooLarge: ({ max }) => ({
      say: `金额超过 ${max} 元,这是 yibao 能结算的最大金额。`,
      hint: `写一个不超过 "${max}" 的金额;如果来源确实写的是更大的数,检查单位是否是元(而不是分或万元)。`,
    }),
    ratioString: () => ({ say: "比例应是 0 到 1 之间的字符串。", hint: '例如 "0.55" 表示 55%(加引号,最多四位小数)。' }),
    idFormat: () => ({ say: "id 只能由小写字母、数字和连字符组成,并以字母开头。", hint: '例如 "tongliao" 或 "my-city"。' }),
    conditionId: () => ({ say: "条件的 id 只能由小写字母、数字和连字符组成,并以字母开头。", hint: '例如 "family-doctor"(就诊时用 --condition family-doctor 指明)。' }),
    categoryId: () => ({ say: "类别的 id 只能由小写字母、数字和连字符组成,以字母或数字开头。", hint: '例如 "community" 或 "hospital";表格的 byCategory 用这个 id。' }),
    adminCode: () => ({ say: "应为 6 位行政区划代码(GB/T 2260)。", hint: '例如通辽市是 "150500"。' }),
    provinceCode: () => ({ say: "应为省级的 6 位行政区划代码(GB/T 2260)。", hint: '例如内蒙古自治区是 "150000"。' }),
    valueNeedsSource: () => ({ say: "这个取值既没有来源(source)也没有解读编号(interpretation)。", hint: '加上 "source": {"ref": "来源键", "quote": "原文中的句子"}。' }),
    oneBranch: ({ branches, found }) =>
      found.length > 1
        ? { say: `表格的一层只能写 ${branches.join("、")} 中的一项,这里写了 ${found.join("、")}。`, hint: "只保留一项:一个取值用 value;按类别、在职/退休或年龄分开时用对应的 by… 再往下写。" }
        : {
            say: `表格的这一层没有取值:须写 ${branches.join("、")} 中的一项。`,
            hint: '例如 {"value": "300", "source": {…}},或 {"byStatus": {"in-service": {…}, "retired": {…}}}。',
          },
    besideValue: () => ({ say: "source 和 share 只能与 value 写在同一层。", hint: "把它们移到写着 value 的那一层,或删除。" }),
    ageBandStart: ({ start }) => ({
      say: `年龄段须首尾相接:这一段应从 ${start} 岁开始。`,
      hint: start === 0 ? '第一段不写 from(即从 0 岁起),或写 "from": 0。' : `把 from 改为 ${start}(上一段的 below)。`,
    }),
    ageBandBelow: () => ({ say: "below 须大于 from。", hint: 'below 是下一段开始的年龄,例如 {"from": 60, "below": 70, …} 表示 60 至 69 岁。' }),
    ageBandOpenNotLast: () => ({ say: "只有最后一个年龄段可以不写 below。", hint: "给这一段写上 below(下一段开始的年龄)。" }),
    ageBandLastOpen: () => ({ say: "最后一个年龄段须不写 below,使各段覆盖所有年龄。", hint: "删除最后一段的 below。" }),
    deductibleForm: () => ({
      say: "起付标准的金额须写成 byLevel 或 amount 中的一种(不能两者都写,也不能都不写)。",
      hint: "一、二、三级各一个金额时用 byLevel;按类别、在职/退休或年龄分开时用 amount。",
    }),
    accumulatorNeeded: () => ({ say: "按日、按月或按年度的起付线须说明各类别是否共用一个累计额。", hint: '加上 "accumulator": {"value": "shared" 或 "per-level", "source": …}。' }),
    yearlyCeilingShared: () => ({
      say: "各类别共用累计额的年度起付线不需要 yearlyCeiling;年度上限只用于按次、按日、按月或各类别分别累计的起付线。",
      hint: '删除 yearlyCeiling,或把 accumulator 改为 "per-level"。',
    }),
    ratiosForm: () => ({ say: "支付比例只能写成 ratios 或 ratio 中的一种,不能两者都写。", hint: "保留一种:ratios 是按级别和在职/退休的简写,ratio 可写任意表格。" }),
    ratioBandsOrder: () => ({ say: "比例分段的起点须大于 0,且一段比一段高。", hint: "按年度累计金额从小到大排列各段,每段的 from 大于上一段的。" }),
    conditionForm: () => ({
      say: "一个条件须写 addPoints(提高的比例)或 ratio(自己的比例表)中的一项,且只能一项。",
      hint: '例如 "addPoints": {"value": "0.10", "source": …} 表示支付比例提高 10 个百分点。',
    }),
    duplicateCondition: ({ id }) => ({ say: `条件 id "${id}" 重复。`, hint: "每个条件的 id 须不同。" }),
    capForm: () => ({ say: "年度限额须写 byStatus、amount、none 中的一项,且只能一项。", hint: "在职、退休各一个金额用 byStatus;按类别或年龄分开用 amount;不设限额用 none。" }),
    secondTierNeedsCap: () => ({ say: "不设年度限额(none)时不能有第二档(secondTier)。", hint: "写出第一档限额(byStatus 或 amount),或删除 secondTier。" }),
    creditListedTwice: ({ member, plan }) => ({ say: `${member} 在参保方式 ${plan} 下列了两次。`, hint: "每种人员与参保方式的组合只能出现在一条 credits 中。" }),
    categoriesForm: () => ({
      say: "机构类别须写成 levels(一级、二级、三级)或 categories 中的一种,不能两者都写,也不能都不写。",
      hint: "按一级、二级、三级区分时用 levels;城市有自己的类别(如社区、医院)时用 categories。",
    }),
    duplicateCategory: ({ id }) => ({ say: `类别 id "${id}" 重复。`, hint: "每个类别的 id 须不同。" }),
    categoryNameTwice: ({ name }) => ({ say: `名称“${name}”被两个类别使用。`, hint: "每个名称(name.zh 和 aliases)只能属于一个类别;删除或改掉其中一个。" }),
    gradeTwice: ({ grade }) => ({ say: `${grade} 级已属于另一个类别。`, hint: "levels 中的每个级别(1、2、3)只能属于一个类别。" }),
    specialtyBeyond: ({ count }) => ({ say: `只有 ${count} 个类别。`, hint: `specialty.level 写 1 到 ${count} 之间的数(类别在 categories 中的位置)。` }),
    missingUnknownCategory: ({ id, ids }) => ({ say: `没有 id 为 "${id}" 的类别。`, hint: `可用的类别 id:${ids.join("、")}。` }),
    cellsOnlyForTables: () => ({ say: "只有表格(deductible、ratios、cap)能按类别和在职/退休指明缺少的格子。", hint: "删除这一项的 category 和 status。" }),
    outpatientEmpty: () => ({
      say: "outpatient 中起付标准(deductible)、支付比例(ratio)、年度限额(cap)一项也没有。",
      hint: "至少写出其中一项;来源一项都没有时,删除 outpatient,并在 missing 中列出这三项。",
    }),
    tableOrMissing: ({ part }) => ({
      say: `缺少${TABLE[part]}(${part}),也没有在 missing 中说明。`,
      hint: `补上 ${TABLE_KEY[part]},或在 missing 中加一项 {"field": "${part}", "note": {…}}。`,
    }),
    tableAlsoMissing: ({ part }) => ({
      say: `已给出${TABLE[part]},missing 中就不能再整项列出 ${part}。`,
      hint: "从 missing 中删除这一项;表格只缺某些格子时,用 category 和 status 指明缺的格子。",
    }),
    sectionOrMissing: ({ section }) => sectionOrMissing(section),
    sectionAlsoMissing: ({ section }) => ({ say: `已给出 ${section},missing 中就不能再列它。`, hint: "从 missing 中删除这一项。" }),
    tableUnknownCategory: ({ id, ids }) => ({ say: `没有 id 为 "${id}" 的类别。`, hint: `表格按类别 id 分:${ids.join("、")}。检查拼写,或在 categories 中加上这个类别。` }),
    noCell: ({ field, category, status }) => ({
      say: `没有类别 ${category}、${STATUS[status]}人员的${TABLE[field]}。`,
      hint: `补上这个值;来源没有公布时,在 missing 中加一项 {"field": "${field}", "category": "${category}", "status": "${status}", "note": {…}}。`,
    }),
    cellGiven: ({ field }) => ({ say: `${TABLE[field]}表格已给出这一项所指的全部格子。`, hint: "从 missing 中删除这一项。" }),
    endBeforeStart: () => ({ say: "effectiveTo 早于 effectiveFrom。", hint: "检查两个日期是否写反。" }),
    openEndedNotLast: () => ({ say: "只有最后一个版本可以不写 effectiveTo。", hint: "给这个版本写上 effectiveTo(下一个版本开始的前一天)。" }),
    startOnlyFirst: () => ({ say: "只有第一个版本可以不写 effectiveFrom。", hint: "给这个版本写上 effectiveFrom(上一个版本结束的次日)。" }),
    versionsOverlapOrGap: ({ overlaps, previousEnd, start }) => ({ say: `与上一个版本(${previousEnd} 结束)${overlaps ? "重叠" : "之间有空档"}。`, hint: `从 ${start} 开始。` }),
    duplicateVersion: ({ id }) => ({ say: `版本 id "${id}" 重复。`, hint: "每个版本的 id 须不同。" }),
    unknownSource: ({ key }) => ({ say: `没有键为 "${key}" 的来源。`, hint: `在 sources 中加上 "${key}": {"title": "文件标题"},或改用已有的来源键。` }),
    unknownInterpretation: ({ id }) => ({ say: `没有编号为 "${id}" 的解读。`, hint: `在 interpretations 中加上 "${id}": {"zh": "…", "en": "…"}。` }),
    commentNotString: ({ received }) => ({
      say: `"$comment" 是给人看的说明,应为字符串,实际是${TYPE_NAME[received]}。`,
      hint: '写成 "$comment": "说明文字";yibao 读取时忽略它。',
    }),
    placeholderYuan: ({ text }) => placeholder("yuan", text),
    placeholderRatio: ({ text }) => placeholder("ratio", text),
    placeholderQuote: ({ text }) => placeholder("quote", text),
    placeholderTitle: ({ text }) => placeholder("title", text),
    placeholderFile: ({ text }) => placeholder("file", text),
    placeholderDate: ({ text }) => placeholder("date", text),
    placeholderName: ({ text }) => placeholder("name", text),
    placeholderProvince: ({ text }) => placeholder("province", text),
    placeholderEnglish: ({ text }) => placeholder("english", text),
    placeholderPinyin: ({ text }) => placeholder("pinyin", text),
    placeholderCode: ({ text }) => placeholder("code", text),
    placeholderOther: ({ text }) => placeholder("other", text),
  },
  missingValue: (expected) => ({ say: `缺少此项(应为${expected})。`, hint: "补上这一项。" }),
  wrongType: (expected, received, quotedNumber) => ({
    say: `类型不对:应为${expected},实际是${received}。`,
    hint: quotedNumber ? '金额和比例写成带引号的字符串,例如 "300"、"0.55"。' : `改成${expected}。`,
  }),
  unknownKeys: (keys, inPackage) => ({
    say: `不认识的键:${keys.join("、")}。`,
    hint: `检查拼写(拼错的键不会被悄悄忽略);此处可用的键见 ${inPackage ? "policies/schema.json" : "yibao policy schema 的输出"}。`,
  }),
  notHere: () => ({ say: "这里不能有这一项。", hint: "删除它(例如 share 只用于比例表,不用于金额表)。" }),
  notAllowed: (value, allowed) => ({ say: `取值 ${value} 不在可选值之内。`, hint: `可选:${allowed}。` }),
  missingChoice: (allowed) => ({ say: `缺少此项(可选:${allowed})。`, hint: `补上这一项,取值为 ${allowed} 之一。` }),
  tooFewItems: (minimum) => ({ say: `至少需要 ${minimum} 项。`, hint: "补上缺少的项。" }),
  tooShort: (minimum) => ({ say: `太短:至少 ${minimum} 个字符。`, hint: "不能为空;引文至少两个字。" }),
  belowMinimum: (minimum) => ({ say: `太小:至少为 ${minimum}。`, hint: `写一个不小于 ${minimum} 的整数。` }),
  tooLong: (maximum) => `太长:最多 ${maximum}。`,
  tooManyItems: (maximum) => ({ say: `太多:最多 ${maximum} 项。`, hint: "合并或删除多余的项。" }),
  aboveMaximum: (maximum) => ({ say: `太大:最多为 ${maximum}。`, hint: `写一个不大于 ${maximum} 的整数。` }),
  wrongFormat: (pattern) => `格式不对(应符合 ${pattern})。`,
  noForm: () => "不符合任何一种允许的写法。",
  wrongDiscriminator: (discriminator, allowed) => ({ say: `${discriminator} 的取值不对。`, hint: `可选:${allowed}。` }),
  invalidKey: (known) => `这个键名无效${known === undefined ? "" : `:${known}`}`,
  notFile: (kind) => ({
    say: `不是普通文件(${kind === "directory" ? "是文件夹" : kind === "fifo" ? "是管道" : kind === "device" ? "是设备" : "是特殊文件"}),不予读取。`,
    hint: "给出一个 .json 政策文件的路径。",
  }),
  tooLarge: (max) => ({ say: `文件超过 ${max} 字节,不予读取。`, hint: "政策文件远小于此;检查是否给错了文件。" }),
  notJson: (at, detail) => ({
    say: `不是有效的 JSON${at === undefined ? "" : `(第 ${at.line} 行第 ${at.column} 列)`}:${detail}`,
    hint: "检查该处的逗号、引号和括号。政策文件只作为 JSON 数据读取,不是程序。",
  }),
  tooDeep: (max) => ({ say: `嵌套超过 ${max} 层,不予处理。`, hint: "政策文件的嵌套不到 10 层;检查文件是否正确。" }),
  forbiddenKey: (key) => ({ say: `不允许使用键 "${key}"。`, hint: "__proto__、constructor、prototype 不能作为键名;删除它或改名。" }),
  unknownBase: (city, cities) => ({
    say: `要扩展的城市 "${city}" 尚未加载。`,
    hint: `可扩展的城市:${cities.join("、")}(内置的,或在此之前加载的文件中的)。文件按顺序加载:被扩展的文件要放在前面。`,
  }),
  duplicateKey: (city, key, table) => ({
    say: `${city} 已有键为 "${key}" 的${table === "sources" ? "来源" : "解读"}。`,
    hint: "换一个新的键名:已有的引用不能悄悄改变含义。",
  }),
  inExtended: (city, version, at) => ({
    where: `(在 ${city} 的版本 ${version} 的 ${at})`,
    extra: ` 要修改它,在本文件的 versions 中加一项 {"id": "${version}", …}。`,
  }),
};
