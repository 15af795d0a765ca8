/** What `yibao` itself says in Chinese, before any command loads. */
import type { ProgramHelp } from "../help.js";

/** Commander's headings. */
const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法:",
  "Options:": "选项:",
  "Commands:": "命令:",
  "Arguments:": "参数:",
  "Global Options:": "全局选项:",
};

/** Commander's usage errors, by code. */
const USAGE: Readonly<Record<string, (token: string) => string>> = {
  "commander.unknownOption": (t) => `不认识的选项 ${t}。`,
  "commander.unknownCommand": (t) => `不认识的命令 ${t}。`,
  "commander.optionMissingArgument": (t) => `选项 ${t} 缺少取值。`,
  "commander.missingMandatoryOptionValue": (t) => `缺少必需的选项 ${t}。`,
  "commander.excessArguments": () => "多余的参数。",
  "commander.missingArgument": (t) => `缺少参数 ${t}。`,
};

export const program: ProgramHelp = {
  description: "职工医保普通门诊统筹(门诊共济)计算器:统筹基金付多少、个人付多少,精确到分,每一步都有政策依据。",
  lang: "输出语言:zh(默认)| en",
  version: "显示版本号",
  help: "显示帮助",
  after: `
示例:
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --date 2025-03-01
  yibao calc --city anshan --type retired --level 2 --amount 1200 --json --lang en
  yibao batch visits.jsonl > results.jsonl
  yibao policy show 鞍山 --date 2025-06-01
  yibao compare --amount 1200 --level 二级 --type 退休
  yibao curve --city 鞍山,松原 --type 退休 --level 2 --svg curve.svg

退出码:0 成功;1 内部错误;2 用法或参数错误;3 输入或输出错误(文件、标准输入、标准输出);4 政策缺失或无效;5 batch 中有行出错。
设置 NO_COLOR 可关闭颜色。`,
  commands: {
    calc: "计算一次普通门诊(或一个人一年的多次门诊)统筹基金支付多少、个人支付多少",
    batch: "批量结算:从 JSON Lines 逐行读入就诊记录(多人、多城市),逐行输出结算结果",
    family: "家庭共济:能否把这位亲属绑定到您的个人账户,共济资金可以支付什么",
    account: "个人账户:每月、每年划入多少,是否建立个人账户",
    compare: "比较:同一笔门诊费用(或一年的门诊)在各城市的结算,按个人支付从低到高排列",
    curve: "曲线:统筹基金支付随一年门诊费用增长的变化,标出起付线和达到限额的位置",
    policy: "政策文件:检查、列出已加载的城市、显示某日适用的参数、输出 JSON Schema",
    schema: "输出给脚本用的 JSON Schema:输入(就诊记录、batch 行)或输出(calc --json、batch 结果行)",
    completion: "输出 shell 补全脚本(bash、zsh、fish):补全命令、选项、城市、人员类别和级别",
  },
  title: (title) => TITLES[title] ?? title,
  usage: ({ code, english, token, suggestion }) => {
    const zh = USAGE[code];
    return zh === undefined ? english : `${zh(token)}${suggestion === undefined ? "" : `你是想用 ${suggestion} 吗?`}`;
  },
  error: "错误",
  hint: "提示",
  usageHint: "运行 yibao --help 或 yibao <命令> --help 查看用法。",
  internal: "内部错误:",
  internalAdvice: "这是 yibao 的缺陷,请连同所用命令一起报告。设置 YIBAO_DEBUG=1 可看到调用栈。",
};
