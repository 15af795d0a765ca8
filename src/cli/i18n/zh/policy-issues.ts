import type { PlaceholderKind } from "../../../app/model.js";
import type { PolicyIssueWords } from "../policy-issues.js";

const HINT = "格式见 policies/schema.json(yibao policy schema)。";

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

export const policyIssues: PolicyIssueWords = {
  typeName: { string: "字符串", number: "数字", boolean: "true 或 false", object: "对象 { … }", record: "对象 { … }", array: "数组 [ … ]", null: "null", undefined: "(没有)" },
  schemaHint: HINT,
  schema: {
    dateFormat: () => ({ say: "日期应写成 YYYY-MM-DD。", hint: '例如 "2025-01-01"。' }),
    notRealDate: () => ({ say: "不是真实存在的日期。", hint: "检查月和日,例如没有 2 月 30 日。" }),
    interpretationId: () => ({ say: "解读编号应写成 I1、I2 这样。", hint: '写成 "I" 加数字,例如 "I20"。' }),
    yuanString: () => ({ say: "金额应是最多两位小数的字符串(元)。", hint: '加上引号,例如 "300" 或 "12.50";金额从不写成数字,以免出现浮点误差。' }),
    ratioString: () => ({ say: "比例应是 0 到 1 之间的字符串。", hint: '例如 "0.55" 表示 55%(加引号,最多四位小数)。' }),
    idFormat: () => ({ say: "id 只能由小写字母、数字和连字符组成,并以字母开头。", hint: '例如 "tongliao" 或 "my-city"。' }),
    adminCode: () => ({ say: "应为 6 位行政区划代码(GB/T 2260)。", hint: '例如通辽市是 "150500"。' }),
    valueNeedsSource: () => ({ say: "这个取值既没有来源(source)也没有解读编号(interpretation)。", hint: '加上 "source": {"ref": "来源键", "quote": "原文中的句子"}。' }),
    accumulatorNeeded: () => ({ say: "按年度的起付线须说明各级别是否共用一个累计额。", hint: '加上 "accumulator": {"value": "shared" 或 "per-level", "source": …}。' }),
    ceilingPerVisitOnly: () => ({ say: "yearlyCeiling 只适用于按次的起付线。", hint: '删除 yearlyCeiling,或把 period 改为 "visit"。' }),
    creditListedTwice: (member, plan) => ({ say: `${member} 在参保方式 ${plan} 下列了两次。`, hint: "每种人员与参保方式的组合只能出现在一条 credits 中。" }),
    endBeforeStart: () => ({ say: "effectiveTo 早于 effectiveFrom。", hint: "检查两个日期是否写反。" }),
    outpatientOrMissing: () => ({ say: "缺少 outpatient(起付标准、支付比例、限额),也没有在 missing 中说明。", hint: "补上 outpatient,或在 missing 中列出 deductible、ratios、cap 并说明原因。" }),
    outpatientAlsoMissing: () => ({ say: "已给出 outpatient,missing 中就不能再列 deductible、ratios 或 cap。", hint: "从 missing 中删除这几项。" }),
    sectionOrMissing: (section) => ({ say: `缺少 ${section} 的规定,也没有在 missing 中说明。`, hint: `补上 ${section},或在 missing 中加一项 {"field": "${section}", "note": {…}}。` }),
    sectionAlsoMissing: (section) => ({ say: `已给出 ${section},missing 中就不能再列它。`, hint: "从 missing 中删除这一项。" }),
    pharmacyOrMissing: () => ({ say: "缺少定点药店的规定(pharmacy),也没有在 missing 中说明。", hint: '补上 pharmacy,或在 missing 中加一项 {"field": "pharmacy", "note": {…}}。' }),
    openEndedNotLast: () => ({ say: "只有最后一个版本可以不写 effectiveTo。", hint: "给这个版本写上 effectiveTo(下一个版本开始的前一天)。" }),
    versionsOverlapOrGap: (overlaps, previousEnd, start) => ({ say: `与上一个版本(${previousEnd} 结束)${overlaps ? "重叠" : "之间有空档"}。`, hint: `从 ${start} 开始。` }),
    unknownSource: (key) => ({ say: `没有键为 "${key}" 的来源。`, hint: `在 sources 中加上 "${key}": {"title": "文件标题"},或改用已有的来源键。` }),
    unknownInterpretation: (id) => ({ say: `没有编号为 "${id}" 的解读。`, hint: `在 interpretations 中加上 "${id}": {"zh": "…", "en": "…"}。` }),
    duplicateVersion: (id) => ({ say: `版本 id "${id}" 重复。`, hint: "每个版本的 id 须不同。" }),
  },
  missingValue: (expected) => ({ say: `缺少此项(应为${expected})。`, hint: "补上这一项。" }),
  wrongType: (expected, received, quotedNumber) => ({
    say: `类型不对:应为${expected},实际是${received}。`,
    hint: quotedNumber ? '金额和比例写成带引号的字符串,例如 "300"、"0.55"。' : `改成${expected}。`,
  }),
  unknownKeys: (keys) => ({ say: `不认识的键:${keys.join("、")}。`, hint: "检查拼写(拼错的键不会被悄悄忽略);此处可用的键见 policies/schema.json。" }),
  notAllowed: (value, allowed) => ({ say: `取值 ${value} 不在可选值之内。`, hint: `可选:${allowed}。` }),
  missingChoice: (allowed) => ({ say: `缺少此项(可选:${allowed})。`, hint: `补上这一项,取值为 ${allowed} 之一。` }),
  tooFewItems: (minimum) => ({ say: `至少需要 ${minimum} 项。`, hint: "补上缺少的项。" }),
  tooShort: (minimum) => ({ say: `太短:至少 ${minimum} 个字符。`, hint: "不能为空;引文至少两个字。" }),
  tooLong: (maximum) => `太长:最多 ${maximum}。`,
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
  commentNotString: (received) => ({
    say: `"$comment" 是给人看的说明,应为字符串,实际是${received}。`,
    hint: '写成 "$comment": "说明文字";yibao 读取时忽略它。',
  }),
  placeholder: (kind, text) => ({ say: `还没有填写:这里仍是占位符 ${JSON.stringify(text)}。`, hint: PLACEHOLDER_HINT[kind] }),
  inExtended: (city, version, at) => ({
    where: `(在 ${city} 的版本 ${version} 的 ${at})`,
    extra: ` 要修改它,在本文件的 versions 中加一项 {"id": "${version}", …}。`,
  }),
};
