/** The words of the command line in Chinese: the entry point's, and each command's help. */
import type { Help } from "../help.js";
import { program } from "./program.js";

export const help: Help = {
  program,
  calc: {
    city: "参保城市:拼音、中文名或行政区划代码(anshan、鞍山、鞍山市);只给一个完整城市的 --policy-file 时可省略",
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
    age: "就诊时的年龄(周岁);政策按年龄区分比例或限额时需要",
    birthDate: "出生日期 YYYY-MM-DD;每次就诊时的年龄由它算出(与 --age 二选一)",
    condition: "该市规定的就诊条件,例如签约家庭医生(可重复;名称见 yibao policy show)",
    classB: "政策范围内费用中乙类药品和诊疗项目的部分(元),用于乙类先行自付",
    deductibleMet: "本年度已付的起付线金额(元)",
    fundUsed: "本年度统筹基金已支付的金额(元)",
    account: "本人个人账户余额(元);个人负担的政策范围内部分先从这里付",
    accountCurrent: "当年个人账户余额(元);在先由当年账户支付的城市(宁波、上海)使用",
    familyBalance: "家庭共济授权人的个人账户余额(元)",
    familyRelation: "授权人是您的什么人:配偶 | 父母 | 子女 | 兄弟姐妹 | 祖父母 | 外祖父母 | 孙子女 | 外孙子女 | …",
    familyCity: "授权人的参保城市(中文名或行政区划代码),默认与您相同",
    familyLimit: "授权人设置的额度(元):山西为每次支付额度,其他地方为共济额度总数",
    familyWalletOpen: "双方所在地区都已开通“医保钱包”(有的城市只在这种情况下允许两地之间共济)",
    input: "从文件读入多次就诊(JSON 数组或 JSON Lines),- 表示标准输入",
    encoding: "--input 的文字编码:utf-8(默认)| gbk | utf-16;以 UTF-16 字节顺序标记开头的文件总按 UTF-16 读",
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
  yibao calc --policy-file my-city.json --type 退休 --level 二级 --amount 1200
`,
  },
  batch: {
    file: "输入文件,- 或省略表示标准输入;以 .csv 或 .xlsx 结尾的文件按表格读",
    policyFile: "另外加载的政策文件(可重复)",
    encoding: "输入的文字编码:utf-8(默认)| gbk | utf-16;以 UTF-16 字节顺序标记开头的输入总按 UTF-16 读",
    from: "输入格式:jsonl(默认)| csv | xlsx;默认按输入文件的扩展名",
    to: "输出格式:jsonl(默认)| csv | xlsx;默认按 -o 文件的扩展名",
    output: "写到这个文件而不是标准输出(已存在时不覆盖,除非加 --force)",
    force: "-o 的文件已存在时覆盖它(仍不跟随符号链接)",
    outputEncoding: "CSV 输出的文字编码:utf-8(默认,带字节顺序标记,Excel 能直接打开)| gbk(写成 GB18030)",
    reasons: "结果行如何给出理由:codes(默认:每条理由的代码、数值和所依据的政策取值的引用,如 anshan@2025:outpatient.ratios.2.retired,可用 yibao policy show 查看)| full(文字说明和来源原文,同 calc --json)",
    workers: "结算用的线程数:同一 person 的就诊总在同一线程,输出与 1 个线程完全相同(默认:机器的核数;两核及以下的机器、或输入不足 1 MB 时为 1)",
    examples: `
每行一条就诊记录:
  {"id":"v1","person":"p1","city":"鞍山","type":"退休","level":2,"amount":"1200","date":"2025-03-01"}
同一 person 的就诊按输入顺序在同一年度内累计起付线和限额;没有 person 的记录单独结算。
每个输入行(空行除外)恰好输出一行:结算结果,或 {"line":…,"error":{"code":…,"message":…}}。
结果给出各项金额,每条理由给出代码、数值和所依据的政策取值的引用;--reasons full 另给文字说明和原文。
结束时在标准错误输出汇总;有任何一行出错时退出码为 5。

每行最长 1,000,000 字节,更长的行得到 LINE_TOO_LONG 错误,其后的行照常结算;结果随算随写。
不是 UTF-8 的文件(Excel 常存成 GBK 或 UTF-16)用 --encoding gbk 或 --encoding utf-16。

表格(CSV、.xlsx):第一行是列名,用字段名(city、amount…)或中文名(参保城市、总费用…),顺序不限;
空单元格表示没有这一项;是否类的列写 true/false/是/否/1/0。输出每一行对应输入的一行:
输入的各列在前,结算结果的各列在后,出错的行在“错误”列说明。.xlsx 输出的最后一行是合计。

示例:
  yibao batch visits.jsonl > results.jsonl
  yibao batch visits.jsonl --reasons full > explained.jsonl
  yibao batch visits.jsonl --workers 8 > results.jsonl
  yibao policy show anshan@2025:outpatient.ratios.2.retired
  cat visits.jsonl | yibao batch --lang en
  yibao batch claims.csv -o results.csv
  yibao batch claims.xlsx -o results.xlsx
  yibao batch claims.csv --encoding gbk -o results.csv --output-encoding gbk
`,
    written: (file) => `已写入 ${file}`,
    progress: (lines) => `已处理 ${lines} 行…`,
  },
  family: {
    city: "您(授权人)的参保城市;只给一个完整城市的 --policy-file 时可省略",
    relation: "亲属是您的什么人:配偶 | 父母 | 子女 | 兄弟姐妹 | 祖父母 | 外祖父母 | 孙子女 | 外孙子女 | 配偶父母 | 子女配偶",
    memberCity: "亲属的参保城市(中文名或行政区划代码),默认与您相同",
    memberScheme: "亲属参加的医保:employee 职工 | resident 居民,默认职工",
    walletOpen: "双方所在地区都已开通“医保钱包”(有的城市只在这种情况下允许两地之间共济)",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao family --city 鞍山 --relation 父母
  yibao family --city 鞍山 --relation 子女 --member-city 大连
  yibao family --city 松原 --relation 兄弟姐妹 --member-scheme 居民
  yibao family --city 吕梁 --relation 配偶 --member-city 北京 --json
`,
  },
  account: {
    city: "参保城市;只给一个完整城市的 --policy-file 时可省略",
    type: "人员类别:在职 | 退休 | 灵活就业",
    plan: "参保方式:统账结合(默认)| 单建统筹",
    base: "月缴费基数(元);退休人员按城市规定的基数",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao account --city 吕梁 --type 在职 --base 6000
  yibao account --city 吕梁 --type 退休
  yibao account --city 鞍山 --type 灵活就业
  yibao account --city 鞍山 --type 在职 --plan 单建统筹 --json
`,
  },
  compare: {
    amount: "门诊总费用(元)",
    excluded: "其中目录外、全自费的部分(元)",
    level: "医疗机构级别:1 | 2 | 3 | 一级 | 二级 | 三级;不给则三个级别都算",
    type: "人员类别:在职 | 退休;不给则两类都算",
    cities: "要比较的城市,逗号分隔(鞍山,吕梁,松原);默认所有参数齐全的城市",
    date: "就诊日期 YYYY-MM-DD,默认今天",
    input: "改为比较一个人一年的多次门诊(JSON 数组或 JSON Lines),- 表示标准输入",
    encoding: "--input 的文字编码:utf-8(默认)| gbk | utf-16;以 UTF-16 字节顺序标记开头的文件总按 UTF-16 读",
    age: "就诊时的年龄(周岁);政策按年龄区分比例或限额的城市需要",
    birthDate: "出生日期 YYYY-MM-DD(与 --age 二选一)",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON",
    examples: `
示例:
  yibao compare --amount 1200 --level 二级 --type 退休
  yibao compare --amount 800 --cities 鞍山,松原 --json
  yibao compare --input visits.jsonl --cities 鞍山,吕梁,松原 --type 在职
`,
  },
  curve: {
    city: "参保城市,可用逗号分隔多个城市叠加比较(鞍山,松原);只给一个完整城市的 --policy-file 时可省略",
    type: "人员类别:在职 | 退休",
    level: "医疗机构级别:1 | 2 | 3 | 一级 | 二级 | 三级",
    to: "费用上限(元),默认为达到限额所需费用的 1.5 倍",
    step: "取点间隔(元),默认约 60 个点",
    visitSize: "把一年的费用按每次这么多元的门诊计算(按次起付的城市有意义),默认按一次门诊",
    date: "按哪一天的政策,默认今天",
    svg: "同时把图写成 SVG 文件(不覆盖已有文件,不跟随符号链接);- 表示只把 SVG 写到标准输出",
    force: "--svg 的文件已存在时覆盖它(仍不跟随符号链接)",
    age: "就诊时的年龄(周岁);政策按年龄区分比例或限额的城市需要",
    birthDate: "出生日期 YYYY-MM-DD(与 --age 二选一)",
    policyFile: "另外加载的政策文件(可重复)",
    json: "输出 JSON(各点的费用、统筹支付、个人支付)",
    examples: `
示例:
  yibao curve --city 鞍山 --type 退休 --level 二级
  yibao curve --city 鞍山,松原 --type 在职 --level 1 --svg curve.svg
  yibao curve --city 吕梁 --type 退休 --level 二类 --visit-size 200 --json
`,
    written: (file) => `已写入 ${file}`,
  },
  policy: {
    validate: "检查一个政策文件(完整的城市,或用 extends 扩展已加载的城市),列出每个问题及修改建议",
    list: "列出已加载的城市:版本、来源、缺少的部分、来自内置还是用户文件",
    show: "显示某城市某日适用的参数:起付标准、支付比例、限额、药店、定点、个人账户、家庭共济,每项带来源;或一个引用(城市@版本:字段,即批量结果行的 cite)所指的取值",
    new: "为一个新城市写出政策文件的骨架:各部分齐全,每项带中英文说明($comment),要填的值是占位符",
    schema: "输出政策文件的 JSON Schema(与 policies/schema.json 相同)",
    file: "政策文件(.json)",
    city: "城市:拼音、中文名或行政区划代码;或引用 城市@版本:字段",
    date: "按哪一天的政策,默认今天",
    policyFile: "另外加载的政策文件(可重复,按顺序加载)",
    json: "输出 JSON",
    examples: `
示例:
  yibao policy validate my-tongliao.json
  yibao policy list
  yibao policy show 鞍山 --date 2025-06-01
  yibao policy show 通辽 --policy-file my-tongliao.json
  yibao policy show anshan@2025:outpatient.ratios.2.retired
  yibao policy new --id my-city --name 某某市 -o my-city.json
  yibao policy schema > schema.json

政策文件只作为 JSON 数据读取,从不执行。用 extends 扩展城市的文件,只能扩展内置的城市
或在它之前加载的文件中的城市:先 YIBAO_POLICY_DIR 文件夹中的文件(按文件名),再按顺序加载 --policy-file。
任何对象中都可以写 "$comment"(字符串)作为说明,读取时忽略。
`,
    id: "城市的 id:小写字母、数字和连字符,例如 my-city(通常也是文件名)",
    name: "城市全称,例如 某某市",
    short: "简称,默认去掉全称末尾的 市、地区、盟、自治州",
    pinyin: "拼音,例如 Mouomou;不给则留作待填写的占位符",
    code: "6 位行政区划代码(GB/T 2260);不给则按全称查找,查不到留作占位符",
    province: "所在省份的全称,例如 某某省;不给则按代码或全称查找",
    categories: "机构怎样划分:levels 一级、二级、三级(默认)| own 本市自己的类别(如 社区、医院)",
    output: "写到这个文件而不是标准输出(已存在时不覆盖,除非加 --force;不跟随符号链接)",
    force: "-o 的文件已存在时覆盖它(仍不跟随符号链接)",
    newExamples: `
骨架是一个完整的政策文件:每一部分都有 "$comment" 说明(中文和英文),要从来源中填写的
金额、比例、日期、名称和原文是 "<填写 …>" 占位符。yibao policy validate 列出每个还没填的占位符
及其 JSON 路径;全部填好后就是一个可用的政策文件,用 --policy-file 加载。

示例:
  yibao policy new --id my-city --name 某某市 -o my-city.json
  yibao policy new --id dalian --name 大连市 --pinyin Dalian --categories own -o dalian.json
  yibao policy new --id my-city --name 某某市 --code 123400 --province 某某省 > my-city.json
  yibao policy validate my-city.json
  yibao calc --policy-file my-city.json --type 退休 --level 二级 --amount 1200
`,
    written: (file) => `已写入 ${file}。\n下一步:把每个 "<填写 …>" 换成来源中的取值,然后运行 yibao policy validate ${file} 检查。`,
  },
  schema: {
    which: "input(输入:就诊记录、batch 行)或 output(输出:calc --json、batch 结果行)",
    examples: `
示例:
  yibao schema input > yibao-input.schema.json
  yibao schema output > yibao-output.schema.json
`,
  },
  completion: {
    shell: "bash | zsh | fish",
    examples: `
示例:
  yibao completion bash > ~/.local/share/bash-completion/completions/yibao
  yibao completion zsh > "\${fpath[1]}/_yibao"
  yibao completion fish > ~/.config/fish/completions/yibao.fish
`,
  },
};
