/** The words of the renderers in Chinese. */
import type { City, Labels } from "../labels.js";

const cityTitle = (city: City) => `${city.name.zh}(${city.province.zh})`;

/** The spending axis of the curve, also under the chart. */
const CURVE_X = "年度门诊费用(元)";

export const labels: Labels = {
  common: {
    cityName: (city) => city.name.zh,
    cityTitle,
    source: "依据",
    why: "说明",
    policyVersion: (city, version) => `政策: ${city.name.zh} 版本 ${version.id}(${version.effectiveFrom} 起施行)`,
  },
  table: {
    header: (city, status) => `${cityTitle(city)} · 职工医保普通门诊统筹 · ${status}`,
    visit: "就诊",
    facility: { hospital: "医疗机构", pharmacy: "定点零售药店", specialty: "专科医疗机构" },
    treatmentCity: (name) => `(${name})`,
    amount: "总费用",
    excluded: "目录外费用(自费)",
    inPolicy: "政策范围内费用",
    deductible: "起付线部分",
    eligible: "可报销部分",
    ratio: "统筹支付比例",
    notCovered: "不予支付",
    fundPaid: "统筹基金支付",
    selfPaid: "个人支付",
    ofExcluded: "  其中 目录外自费",
    ofDeductible: "  其中 起付线",
    ofCopay: "  其中 按比例自付",
    ofOverCap: "  其中 超过限额",
    byAccount: "  由 本人个人账户支付",
    byFamily: "  由 家庭共济支付",
    byCash: "  由 现金支付",
    accountLeft: "本人个人账户余额",
    familyLeft: "授权人账户余额",
    familyLimitLeft: "共济额度剩余",
    settlement: "结算方式",
    atCounter: "就医时支付",
    reimbursedLater: "回参保地报销",
    steps: "计算步骤",
    step: (n, rule, formula) => `${n}. ${rule}:${formula}`,
    todo: "需要办理",
    yearTitle: (year) => `${year} 年度合计`,
    deductibleMet: "本年已付起付",
    fundUsed: "本年已用限额",
    cap: "年度最高支付限额",
    capRemaining: "剩余限额",
    total: "合计",
    policyLine: (city, version, source, file) =>
      `政策: ${city.name.zh} 版本 ${version.id}(${version.effectiveFrom} 起施行)· 来源:《${source.document}》“${source.quote}”${file}`,
  },
  batch: {
    summary: (t) =>
      `批量结算:共 ${t.lines} 行,结算 ${t.settled} 行,错误 ${t.errors} 行,空行 ${t.blank} 行;总费用 ${t.amount} 元,统筹基金支付 ${t.fundPaid} 元,个人支付 ${t.selfPaid} 元(个人账户 ${t.accountPaid} 元,家庭共济 ${t.familyPaid} 元,现金 ${t.cashPaid} 元)。`,
  },
  compare: {
    title: (date) => `同一笔门诊费用在各城市的结算${date === null ? "(一年的门诊)" : `(${date})`},按个人支付从低到高`,
    head: { city: "城市", status: "人员类别", level: "级别", total: "总费用", fundPaid: "统筹基金支付", selfPaid: "个人支付", aboveBest: "比最低多付" },
    best: "最低",
    none: "没有可以比较的城市。",
    reading: (city, level) => `${city.name.zh}:级别 ${level.level} 按解读 ${level.interpretation} 对应“${level.label}”。`,
    notCompared: (city, why) => `未比较:${city.name.zh}(${why})`,
    noVersion: "该日期没有有效的政策版本",
    notPublished: (fields) => `来源未公布${fields},可用 --policy-file 提供`,
  },
  curve: {
    title: (date) => `统筹基金支付随年度门诊费用的变化(${date})`,
    x: CURVE_X,
    y: "统筹基金支付(元)",
    xCaption: (how) => `${CURVE_X} →(${how})`,
    oneVisit: "按一次门诊计",
    visits: (size) => `按每次 ${size} 元的门诊计`,
    legend: (city, status, level, cap) => `${city.name.zh} · ${status} · ${level} · 年度限额 ${cap} 元`,
    deductible: "起付线",
    cap: "达到限额",
    deductibleAt: (yuan) => `起付线 ${yuan} 元`,
    capAt: (yuan) => `达到限额 ${yuan} 元`,
    deductibleNever: (searched) => `到 ${searched} 元仍未达到起付线`,
    capNever: (searched) => `到 ${searched} 元仍未达到限额`,
    marks: (city, deductible, cap) => `${city.name.zh}:${deductible} · ${cap}`,
    markSeparator: ";",
  },
};
