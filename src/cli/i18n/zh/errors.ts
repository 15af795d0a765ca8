import { type ErrorWords, columnLetter } from "../errors.js";

const EXAMPLE = {
  compare: "例如:yibao compare --amount 1200 --level 二级 --type 退休",
  curve: "例如:yibao curve --city 鞍山 --type 退休 --level 二级",
  calc: "例如:yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200",
  family: "例如:yibao family --city 鞍山 --relation 父母",
  account: "例如:yibao account --city 吕梁 --type 在职 --base 6000",
  "policy new": "例如:yibao policy new --id my-city --name 某某市 -o my-city.json",
} as const;

/** Said after the example when --city is missing: the city of a single whole-city file is used. */
const CITY_FROM_FILE = "只给一个完整城市的 --policy-file(不是用 extends 扩展的文件)时,可以不写 --city:用的就是那个城市。";

/** What a record was instead of an object. */
const VALUE_TYPE: Readonly<Record<string, string>> = { null: " null", number: "一个数字", string: "一个字符串", boolean: " true 或 false", array: "一个数组" };

export const errors: ErrorWords = {
  byCode: {
    USAGE: (p) => ({ message: p.message, hint: "运行 yibao --help 查看用法。" }),
    INVALID_VALUE: (p, k) => ({
      message: p.kind === "no-such-day" ? `${k.field(p.field)} 的值 "${p.value}" 不是存在的日期。` : `${k.field(p.field)} 的值 "${p.value}" 无效。`,
      hint: k.valueHint(p),
    }),
    UNKNOWN_CITY: (p, k) => ({
      message: `不认识城市 "${p.value}"。`,
      hint: `已收录的城市:${k.list(p.cities)}。可用拼音、中文名或行政区划代码;其他城市可用 --policy-file 提供政策文件。`,
    }),
    UNKNOWN_REFERENCE: (p, k) => ({
      message: p.problem === "version" ? `政策中没有 "${p.reference}" 所指的版本。` : `政策中没有 "${p.reference}" 所指的字段。`,
      hint:
        p.problem === "version"
          ? `已有的版本:${k.list(p.choices)}。引用的写法是 城市@版本:字段,即批量结果行的 "cite"。`
          : `${p.found === "" ? "该版本之下有" : `${p.found} 之下有`}:${k.list(p.choices)}。引用的写法是 城市@版本:字段,即批量结果行的 "cite"。`,
    }),
    CONFLICTING_OPTIONS: (p, k) => ({
      message:
        p.conflict === "REPEATED"
          ? `${k.field(p.given[0]?.field ?? { name: "", record: false })} 给了两次(${k.list(p.given.map((g) => k.given(g.field, g.value)))})。`
          : `${k.list(p.given.map((g) => k.given(g.field, g.value)))} 不能同时使用。`,
      hint: errors.conflict[p.conflict](p, k),
    }),
    OUTPUT_IS_INPUT: (p) => ({ message: `输出文件 ${p.file} 就是正在读取的输入文件。`, hint: "写入它会毁掉输入:请用 -o 写到另一个文件。" }),
    XLSX_TO_TERMINAL: () => ({ message: ".xlsx 工作簿不能显示在终端上。", hint: "用 -o results.xlsx 写到文件,或把标准输出重定向到文件(> results.xlsx)。" }),
    MISSING_OPTION: (p, k) => {
      const missing = k.list(p.fields.map((f) => k.field({ name: f, record: false })));
      if (p.by === undefined) return { message: `缺少 ${missing}。`, hint: `${EXAMPLE[p.command ?? "calc"]}${p.fields.includes("city") ? `;${CITY_FROM_FILE}` : ""}` };
      const by = k.field({ name: p.by, record: false });
      return { message: `${by} 需要和 ${missing} 一起使用。`, hint: `${by} 是 ${missing} 读入的文字的编码;在命令行上直接给出就诊时不用写它。` };
    },
    EXCLUDED_OVER_AMOUNT: (p) => ({
      message: `目录外费用 ${p.excluded} 元超过了总费用 ${p.amount} 元。`,
      hint: "--excluded 是总费用中目录外(全自费)的部分,不能大于 --amount。",
    }),
    OPENING_OVER_LIMIT: (p, k) => {
      const under = `${p.city}在 ${p.date} 适用的政策版本 ${p.version}`;
      if (p.field.name === "fundUsed") {
        return {
          message: `${k.given(p.field, p.value)} 超过了年度最高支付限额 ${p.limit ?? ""} 元(${under})。`,
          hint: `${k.field(p.field)} 是本年统筹基金已经支付、计入限额的金额,不会超过限额:最多写 ${p.limit ?? ""}。`,
        };
      }
      if (p.limit === null) {
        return {
          message: `${k.field(p.field)} 在这里用不上:${under} 的起付标准按次计算,本年已付的起付线不会带到下一次就诊。`,
          hint: `去掉 ${k.field(p.field)};每次就诊各自计算起付线。`,
        };
      }
      return {
        message: `${k.given(p.field, p.value)} 超过了一年的起付标准 ${p.limit} 元(${under})。`,
        hint: `${k.field(p.field)} 是本年已经付过的起付线,最多写 ${p.limit}。`,
      };
    },
    INPUT_READ: (p) => ({
      message: p.file === "-" ? `无法读取标准输入(${p.detail})。` : `无法读取输入文件 ${p.file}(${p.detail})。`,
      hint: p.detail === "EISDIR" ? "这是一个文件夹:请给出其中的一个文件。" : "检查路径是否正确;用 - 表示从标准输入读取。",
    }),
    INPUT_PARSE: (p, k) => ({
      message: `${k.source(p.file)} 第 ${p.line} 行第 ${p.column} 列不是有效的 JSON:${errors.jsonProblem[p.problem](k.character(p.character ?? ""))}。`,
      hint:
        p.jsonLines === true
          ? '每行须是一个 JSON 对象(JSON Lines),例如 {"city":"鞍山","type":"退休","date":"2025-03-01","level":2,"amount":"1200"}。'
          : '输入可以是 JSON 数组,或每行一个 JSON 对象(JSON Lines),例如 {"date":"2025-03-01","level":2,"amount":"1200"}。',
    }),
    INPUT_VALUE: (p, k) => {
      const inner = k.inputProblem(p);
      const where = p.file === undefined || p.file === "" ? "" : `${k.source(p.file)} `;
      return {
        message: p.line === undefined ? `${where}第 ${String(p.item)} 条就诊记录:${inner.message}` : `第 ${p.line} 行:${inner.message}`,
        ...(inner.hint === undefined ? {} : { hint: inner.hint }),
      };
    },
    INPUT_EMPTY: (p) => ({ message: `输入 ${p.file} 中没有就诊记录。`, hint: "每条记录至少包含 date、level、amount。" }),
    INPUT_NOT_FILE: (p, k) => ({
      message: `${k.source(p.file)} 不是普通文件(${errors.fileKind[p.kind]}),没有读取。`,
      hint: "--input 读取一个人的就诊记录文件;管道或设备的内容请重定向到标准输入并用 --input -;大量记录请用 yibao batch,它逐行流式结算。",
    }),
    INPUT_TOO_LARGE: (p, k) => ({
      message:
        p.unit === "bytes"
          ? `${k.source(p.file)} 超过了 ${k.number(p.limit)} 字节的上限,没有读取。`
          : `${k.source(p.file)} 中的就诊记录超过了 ${k.number(p.limit)} 条的上限。`,
      hint:
        p.sheet === true
          ? "表格要整体读入,所以有这个上限:请把表格拆成几个文件,或导出为 JSON Lines(每行一条记录)用 yibao batch 流式结算,不限行数。"
          : "--input 用于一个人的就诊记录;大量记录请用 yibao batch:每行一条记录(同一参保人用相同的 person),流式结算,不限行数。",
    }),
    INPUT_ENCODING: (p, k) => {
      const where = `${k.source(p.file)} 第 ${p.line} 行`;
      if (p.problem === "bom") {
        return {
          message: `${where}开头有字节顺序标记(BOM)。`,
          hint: "这通常是把几个各自以 BOM 开头的文件用 cat 连在一起造成的:去掉后面各文件开头的 BOM(保存为“UTF-8 无 BOM”),再连接。",
        };
      }
      if (p.problem === "utf-16") {
        return { message: `${where}含有 NUL 字节,像是没有字节顺序标记的 UTF-16 文本。`, hint: "加 --encoding utf-16,或把文件另存为 UTF-8。" };
      }
      const name = p.encoding === "gbk" ? "GBK" : p.encoding === "utf-8" || p.encoding === undefined ? "UTF-8" : "UTF-16";
      return {
        message: `${where}不是有效的 ${name} 文本。`,
        hint:
          name === "UTF-8"
            ? "文件可能是 GBK 或 UTF-16 编码(Excel 在中文 Windows 上常这样保存):加 --encoding gbk 或 --encoding utf-16,或把文件另存为 UTF-8。"
            : "检查文件的编码:UTF-8 文件不用 --encoding;GBK 文件用 --encoding gbk;UTF-16 文件用 --encoding utf-16。",
      };
    },
    INPUT_COLUMN: (p, k) => {
      const at = `${k.source(p.file)} 第 ${columnLetter(p.index)} 列`;
      const names = `可用的列名(JSON 字段名或中文名,顺序不限):${k.list(p.accepted)}。`;
      if (p.problem === "unknown") return { message: `${at}的列名 "${p.column}" 不认识。`, hint: names };
      if (p.problem === "repeated") return { message: `${at}的列名 "${p.column}" 与另一列 "${p.other ?? ""}" 是同一个字段。`, hint: "每个字段只能有一列:删去其中一列。" };
      if (p.problem === "unnamed") return { message: `${at}有内容,但第一行没有列名。`, hint: `在第一行给这一列写上列名,或删去这一列。${names}` };
      return { message: `这一行在第 ${columnLetter(p.index)} 列有内容,但第一行(列名行)没有这么多列。`, hint: "检查这一行是否多了分隔符(逗号),或在第一行补上这一列的列名。" };
    },
    INPUT_CSV: (p, k) => ({
      message: `${k.source(p.file)} 第 ${p.line} 行不是有效的 CSV:${p.problem === "unclosed-quote" ? "引号没有闭合" : p.problem === "bad-quote" ? "引号位置不对(没有括起的单元格中有引号,或闭合引号之后还有文字)" : `无法解析(${p.detail})`}。`,
      hint: '含逗号、引号或换行的单元格要用双引号括起,其中的双引号写两次(""),例如 "北京,朝阳"。用 Excel 另存为“CSV UTF-8(逗号分隔)”可得到正确的文件。',
    }),
    INPUT_XLSX: (p, k) => ({
      message:
        p.problem === "not-xlsx"
          ? `${k.source(p.file)} 不是 .xlsx 工作簿,无法读取。`
          : p.problem === "no-sheet"
            ? `${k.source(p.file)} 中没有工作表。`
            : `${k.source(p.file)} 已损坏,无法读取(${p.detail})。`,
      hint: "用 Excel 打开后另存为“Excel 工作簿(*.xlsx)”;旧的 .xls 格式不能读取,也可以另存为 CSV 后用 --from csv。",
    }),
    LINE_TOO_LONG: (p, k) => ({
      message: `${k.source(p.file)} 第 ${p.line} 行超过了 ${k.number(p.limit)} 字节的上限,没有读取;从下一行继续。`,
      hint: "每行是一条就诊记录,通常只有几百字节:检查换行是否丢失,或文件是否是 JSON 数组(batch 需要每行一个 JSON 对象)。",
    }),
    OUT_OF_ORDER: (p) => ({
      message: `参保人 ${String(p.person)} 的这次就诊(${p.date})早于其上一次就诊(${p.previous})。`,
      hint: "同一参保人的就诊须按日期先后排列,年度累计才能正确;可先按 person、date 排序。",
    }),
    NO_VERSION_ON_DATE: (p, k) => ({
      message: `${p.city}在 ${p.date} 没有生效的政策版本。`,
      hint: `已收录的版本生效期:${k.list(p.ranges.map((r) => (r.from === undefined ? (r.to === undefined ? "始终(施行日期未公布)" : `至 ${r.to}(施行日期未公布)`) : r.to === undefined ? `${r.from} 起` : `${r.from} – ${r.to}`)))}。用 --date 选择其中的日期。`,
    }),
    POLICY_INCOMPLETE: (p) => ({
      message: `无法计算:${p.city}政策(版本 ${p.version})缺少${p.fields.map((f) => partName(f)).join("、")}${p.cell === undefined ? "" : `(${p.cell.category.zh} · ${p.cell.status === "retired" ? "退休" : "在职"})`},来源材料中没有公布。${p.notes.map((n) => n.zh).join("")}`,
      hint: `如有当地的正式文件,可写一个政策文件(id 为 "${p.cityId}",含来源)并用 --policy-file 提供。`,
    }),
    CLASS_B_OVER_IN_POLICY: (p, k) => ({
      message: `乙类部分 ${p.classB} 元超过了政策范围内费用 ${p.inPolicy} 元。`,
      hint: `${k.field(p.field)} 是政策范围内费用中乙类药品和诊疗项目的部分,不能大于总费用减去目录外费用。`,
    }),
    AGE_REQUIRED: (p) => ({
      message: `${p.city}政策(版本 ${p.version})的${partName(p.field)}按年龄区分,需要知道就诊时的年龄。`,
      hint: "用 --age <岁> 或 --birth-date YYYY-MM-DD 给出(输入文件中写 age 或 birthDate)。",
    }),
    BIRTH_AFTER_VISIT: (p, k) => ({
      message: `${k.field(p.field)} 的值 "${p.value}" 晚于就诊日期 ${p.date}。`,
      hint: "出生日期写成 YYYY-MM-DD,须早于就诊日期。",
    }),
    POLICY_INVALID: (p, k) => ({
      message: `政策文件 ${p.file} 不符合格式:${p.issues.map((i) => `\n  ${i.path}: ${k.policyIssue(i)}`).join("")}`,
      hint: `运行 yibao policy validate ${p.file} 可看到每个问题的修改建议;${
        p.inPackage === true ? "格式见 policies/schema.json(yibao policy schema)。" : '格式可用 yibao policy schema 查看(yibao policy schema > schema.json,再在文件开头写上 "$schema": "./schema.json")。'
      }`,
    }),
    POLICY_READ: (p) => {
      if (p.folder === true) {
        const named = p.variable ?? "";
        return {
          message: `无法读取${named === "" ? "" : ` ${named} 指定的`}政策文件夹 ${p.file}(${p.detail})。`,
          hint: named === "" ? "检查路径是否正确。" : `把 ${named} 设为一个存在的文件夹(其中的 *.json 政策文件按文件名顺序加载),或取消设置。`,
        };
      }
      return { message: `无法读取政策文件 ${p.file}(${p.detail})。`, hint: "检查路径是否正确。" };
    },
    UNKNOWN_PLACE: (p, k) => ({
      message: p.province ? `${k.field(p.field)} 需要一个城市,"${p.value}" 是省份。` : `不认识地名 "${p.value}"(${k.field(p.field)})。`,
      hint: "写地级市的中文名或 6 位行政区划代码,例如 大连、大连市、210200;县级市和区县也可以(孝义市 属于 吕梁)。",
    }),
    AMBIGUOUS_PLACE: (p, k) => ({
      message: `"${p.value}" 可能是:${k.list(p.candidates)}(${k.field(p.field)})。`,
      hint: "请写所在地级市的名称、在区县前写上城市(例如 沈阳市铁西区),或写 6 位行政区划代码。",
    }),
    PLACE_NOT_IN_CITY: (p, k) => ({
      message: `"${p.value}" 中的 ${p.district} 不属于 ${p.city}(${k.field(p.field)})。`,
      hint: `${p.districtIn.length === 0 ? "" : `${p.district} 属于 ${k.list(p.districtIn)}。`}请核对城市和区县是否写对,或只写地级市的名称或 6 位行政区划代码,例如 大连、210200。`,
    }),
    FAMILY_INCOMPLETE: (p, k) => ({
      message: `家庭共济还缺少 ${k.list(p.missing.map((f) => k.given(f)))}。`,
      hint: "家庭共济需要授权人的余额和关系,例如 --family-balance 2000 --family-relation 父母 --family-city 大连;--family-limit 可选。",
    }),
    PLACE_UNCLEAR: (p, k) => ({
      message: `就医城市 ${p.city} 不是参保城市 ${p.home},这是异地就医:请用 ${k.field(p.field)} 说明是哪一种。`,
      hint: `异地长期居住(含异地安置退休、长期驻外工作)用 ${k.fieldValue(p.field, "异地长期居住")};临时外出、转诊转院用 ${k.fieldValue(p.field, "临时外出")}。`,
    }),
    TREATMENT_POLICY_MISSING: (p) => ({
      message: `${p.city}的政策规定异地就医按就医地的起付标准和支付比例计算,但${p.treatment === null ? "没有给出就医城市" : `没有${p.treatment}的政策`}。`,
      hint: p.treatment === null ? "用 --treatment-city 给出就医城市。" : "用 --policy-file 提供就医城市的政策文件。",
    }),
    IN_CITY: (p, k) => {
      const cause = k.explain(p.cause);
      return { message: `${p.city}:${cause.message}`, ...(cause.hint === undefined ? {} : { hint: cause.hint }) };
    },
    OUTPUT_WRITE: (p) => {
      if (p.file === undefined) {
        return { message: `无法写入标准输出(${p.detail})。`, hint: "检查输出重定向的目标(例如磁盘是否已满);已写出的结果可能不完整。" };
      }
      if (p.detail === "EEXIST") return { message: `文件 ${p.file} 已存在,没有覆盖。`, hint: "加 --force 覆盖它,或换一个文件名。" };
      if (p.detail === "ELOOP") return { message: `${p.file} 是符号链接,没有通过它写入(${p.detail})。`, hint: "写到链接指向的文件,或换一个文件名。" };
      return { message: `无法写入文件 ${p.file}(${p.detail})。`, hint: "检查路径和所在文件夹是否存在、是否可写。" };
    },
    NO_CITY_COMPUTED: (p, k) => ({
      message: `${p.command === "compare" ? "没有一个城市可以比较" : "没有一个城市可以绘制"}${p.date === null ? "" : `(${p.date})`}:${p.skipped.map((s) => `${s.city}(${k.skippedReason(s)})`).join(";")}。`,
      hint: "换一个有政策版本生效的日期(yibao policy list 列出各城市的版本和生效期),或用 --policy-file 提供来源未公布的参数。",
    }),
  },
  valueKind: {
    money: "金额以元为单位,不能为负,最多两位小数,不超过 1 亿元,例如 1200 或 86.50。",
    date: "日期格式为 YYYY-MM-DD,例如 2025-03-01。",
    noSuchDay: (value, days) => `${value} 的写法没错(YYYY-MM-DD),但日历上没有这一天:${days === undefined ? "月份只有 01 到 12" : `那个月只有 ${days} 天`}。请给一个存在的日期。`,
    withVariable: (hint, name) => `${hint}或取消设置 ${name},使用中国时间的今天。`,
    positive: "这里需要大于 0 的金额(元),例如 1000。",
    age: "年龄写整数周岁,0 到 150,例如 72;也可以用 --birth-date 给出出生日期。",
    text: "这里不能为空。",
    cityId: "id 只能由小写字母、数字和连字符组成,并以字母开头,例如 anshan 或 my-city。",
    adminCode: "行政区划代码是 6 位数字(GB/T 2260),例如鞍山市是 210300。",
    tooFine: (visits, limit) => `这样要结算约 ${visits} 次门诊(上限 ${limit}):请用更大的 --step、更小的 --to 或更大的 --visit-size。`,
    accepted: (values) => `可用的值:${values}`,
  },
  fieldProblem: {
    missing: (field) => `缺少字段 "${field}"。`,
    unknown: (field) => `未知字段 "${field}"。`,
    type: (field, expected, received) => `字段 "${field}" 的类型不对:应为${expected},这里是${received}。`,
    kinds: { string: "字符串", number: "数字", boolean: "布尔值(true 或 false)", object: "对象 {…}", array: "数组 […]", null: "null" },
    or: "或",
    fields: (fields) => `每条记录的字段:${fields.replace("; optional", ";可选")}。`,
    notObject: (received, line) => `${line ? "每行" : "每条就诊记录"}须是一个 JSON 对象 {…},这里是${VALUE_TYPE[received] ?? received}。`,
  },
  stdin: "标准输入",
  inputFile: (file) => `输入文件 ${file}`,
  jsonProblem: {
    "unexpected-character": (c) => `这里不应出现 ${c}(可能缺少引号、逗号或冒号,或多了逗号)`,
    "unexpected-end": () => "内容在一个值的中途结束(有括号或引号没有闭合)",
    "control-character": (c) => `字符串中有控制字符 ${c}(换行、制表符须写成 \\n、\\t)`,
    "bad-escape": () => '字符串中有无效的转义(\\ 之后只能是 " \\ / b f n r t 或 uXXXX)',
    "bad-number": () => "数字的写法无效(例如 01、1.、+1、.5;金额可以写成字符串 \"1200.50\")",
    trailing: (c) => `一个完整的值之后还有内容 ${c}(一行只能有一个 JSON 值)`,
  },
  fileKind: { directory: "文件夹", fifo: "管道", device: "设备", socket: "套接字", other: "特殊文件" },
  recordField: (name) => `字段 "${name}"`,
  column: (header) => `列 "${header}"`,
  variableField: (name) => `环境变量 ${name}`,
  conflict: {
    TREATMENT_IS_HOME: (p) => `${String(p.city)}就是参保城市,在那里就医是本地就医;异地就医请写就医所在的城市。`,
    TREATMENT_IS_ELSEWHERE: (p) => `${String(p.city)}不是参保城市${String(p.home)},在那里就医是异地就医:请说明是异地长期居住还是临时外出。`,
    LOCAL_WITH_ELSEWHERE_FIELDS: (p, k) =>
      `备案和异地直接结算只适用于异地就医;请用 ${p.place === undefined ? "--place" : k.given(p.place)} 说明是异地长期居住还是临时外出。`,
    AGE_AND_BIRTH_DATE: () => "年龄和出生日期给一个即可:有出生日期时,每次就诊时的年龄由它算出。",
    CALC_INPUT_HOLDS_VISITS: () => "使用 --input 时,每次就诊的日期、级别、金额等写在文件里。",
    COMPARE_INPUT_HOLDS_VISITS: () => "使用 --input 时,每次就诊的日期、级别、金额写在文件里。",
    OUTPUT_ENCODING_NOT_CSV: () => "--output-encoding 只用于 CSV 输出(--to csv 或 -o 文件名.csv);JSON Lines 和 .xlsx 总是 UTF-8。",
    WORKERS_SHEET: () => "--workers 只用于 JSON Lines 输入输出;表格整体读入,在一个线程中结算。请去掉 --workers,或把表格转成 JSON Lines。",
    SVG_TO_STDOUT: () => "--svg - 把 SVG 写到标准输出,--json 也写到标准输出:二者选一,或把 SVG 写到文件(--svg curve.svg)。",
    REPEATED: (p, k) => {
      const option = k.field(p.given[0]?.field ?? { name: "", record: false });
      return p.given[0]?.value === undefined ? `${option} 只写一次。` : `yibao 不会在两个值中替您挑一个:${option} 只写一次,写您要的那个值。`;
    },
    CONTRADICTORY: (p, k) => `${k.list(p.given.map((g) => k.given(g.field)))} 意思相反:只写其中一个。`,
  },
  policyPart: {
    deductible: "起付标准",
    ratios: "支付比例",
    cap: "年度最高支付限额",
    pharmacy: "定点药店的支付规则",
    account: "个人账户的规定",
    family: "家庭共济的规定",
    crossRegion: "异地就医的规定",
    designation: "定点医药机构的规定",
  },
  warnings: {
    PAST_CONFIRMED: (p) => `注意:来源材料只确认了到 ${p.through} 为止的数值,${p.date} 的计算沿用版本 ${p.version},请核对当地最新政策。`,
    INTERPRETED: (p) => `注意:结果用到了解读 ${p.id}:${p.note}`,
    NO_START: (p) => `注意:来源没有给出版本 ${p.version} 的施行日期,按其${p.to === null ? "一直" : `在 ${p.to} 之前`}有效计算,请核对当地政策的施行时间。`,
    CAP_SHARED: (p) => `注意:年度限额与${p.scheme}共用,yibao 看不到那部分的支出,实际剩余限额可能比显示的少。`,
    CAP_LOW: (p) => `注意:${p.year} 年度限额只剩 ${p.remaining} 元(共 ${p.cap} 元),之后的门诊费用统筹基金很快不再支付。`,
  },
  userFile: (file) => `[用户文件 ${file}]`,
  grade: { official: "[官方文件]", "official-reprint": "[转载官方文件]", explainer: "[第三方解读]" },
  quote: (document, quote) => `《${document}》“${quote}”`,
  interpretation: (id, note) => `[解读 ${id}${note}]`,
};

const partName = (field: string): string => (Object.hasOwn(errors.policyPart, field) ? errors.policyPart[field as keyof ErrorWords["policyPart"]] : field);
