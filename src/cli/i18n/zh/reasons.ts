import type { ReasonWords } from "../catalogue.js";

export const reasons: ReasonWords = {
  LEVEL_INTERPRETED: (p) => `输入的级别 ${p.level.v} 按解读对应“${p.label.v.zh}”。`,
  NOT_DESIGNATED: (p) =>
    p.emergency.v ? "非定点医药机构就诊,且该市政策没有急诊抢救例外,统筹基金不支付。" : "非门诊统筹定点医药机构,统筹基金不支付,全部自付。",
  EMERGENCY_AT_NON_DESIGNATED: () => "非定点机构的急诊抢救,按例外规定纳入支付。",
  PHARMACY_NOT_COVERED: () => "该市政策未将定点零售药店纳入门诊统筹,全部自付。",
  PHARMACY_NO_PRESCRIPTION: () => "药店购药未持定点医疗机构的外配处方,统筹基金不支付。",
  PHARMACY_PRESCRIBER_LEVEL: (p, w) => `药店购药按开具处方的医疗机构级别(${w.level(p.level)})执行。`,
  SPECIALTY_AS_LEVEL: (p, w) => `专科定点医疗机构参照${w.level(p.to)}标准执行(起付标准和支付比例)。`,
  EXCLUDED_PART: (p, w) => `目录外费用 ${w.yuan(p.excluded)} 元由个人全额自付。`,
  CLASS_B_FIRST: (p, w) => `乙类先行自付:乙类部分 ${w.yuan(p.classB)} 元的 ${w.pct(p.share)},${w.yuan(p.part)} 元由个人先付,其余进入起付线和统筹。`,
  ACCOUNT_FIRST: (p, w) => `当年个人账户先支付 ${w.yuan(p.paid)} 元(余额 ${w.yuan(p.balance)} 元,支付后 ${w.yuan(p.left)} 元),其余进入起付线和统筹。`,
  ACCOUNT_CURRENT_NOT_GIVEN: () => "该市先由当年个人账户支付政策范围内费用,但没有给出当年账户余额(--account-current),按余额为 0 计算。",
  DEDUCTIBLE_PART: (p, w) =>
    p.period.v === "visit"
      ? `本次起付标准 ${w.yuan(p.threshold)} 元,计入起付 ${w.yuan(p.part)} 元。`
      : p.period.v === "year"
        ? `年度起付标准(${w.level(p.level)})${w.yuan(p.threshold)} 元,本次计入起付 ${w.yuan(p.part)} 元。`
        : `${p.period.v === "day" ? "每日" : "每月"}起付标准(${w.level(p.level)})${w.yuan(p.threshold)} 元,本次计入起付 ${w.yuan(p.part)} 元。`,
  DEDUCTIBLE_ALREADY_MET: (p, w) =>
    p.period.v === "ceiling"
      ? `本年度已付起付达到全年上限 ${w.yuan(p.threshold)} 元,本次不再计起付。`
      : `${p.period.v === "day" ? "当日" : p.period.v === "month" ? "本月" : "本年度"}${w.level(p.level)}起付标准 ${w.yuan(p.threshold)} 元已达到,本次不再计起付。`,
  DEDUCTIBLE_TOPPED_UP: (p, w) =>
    `${p.period.v === "day" ? "当日" : p.period.v === "month" ? "本月" : "本年"}已付起付 ${w.yuan(p.met)} 元,到${w.level(p.level)}补足差额至 ${w.yuan(p.threshold)} 元,本次补 ${w.yuan(p.part)} 元。`,
  DEDUCTIBLE_NONE: (p, w) => `${w.level(p.level)}不设起付标准。`,
  DEDUCTIBLE_PERIOD_READING: () => "来源未说明起付线按次还是按年度,按自然年度累计计算。",
  DEDUCTIBLE_SHARED_READING: (p) =>
    p.accumulator.v === "shared" ? "各级别共用一个年度起付累计额,到更高级别就诊时补足差额(累计补差)。" : "每个级别各有一个年度起付累计额。",
  RATIO_APPLIED: (p, w) =>
    `${w.level(p.level)}${w.status(p.status)}统筹支付比例 ${w.pct(p.ratio)}:${w.yuan(p.eligible)} × ${w.pct(p.ratio)} = ${w.yuan(p.fund)} 元(四舍五入到分)。`,
  RATIO_SELF_SHARE: (p, w) => `政策公布的是个人自付比例 ${w.pct(p.self)},统筹基金支付 ${w.pct(p.ratio)}。`,
  RATIO_BAND: (p, w) => `本年政策范围内累计费用已达 ${w.yuan(p.spent)} 元,超过 ${w.yuan(p.from)} 元的部分按这一档的比例支付。`,
  RATIO_PART: (p, w) =>
    p.from.v === 0
      ? `本次可报销部分中 ${w.yuan(p.part)} 元按 ${w.pct(p.ratio)} 支付 ${w.yuan(p.fund)} 元。`
      : `本年累计超过 ${w.yuan(p.from)} 元的 ${w.yuan(p.part)} 元按 ${w.pct(p.ratio)} 支付 ${w.yuan(p.fund)} 元。`,
  RATIO_CONDITION_POINTS: (p, w) => `${w.name(p.condition)}:支付比例提高 ${w.pct(p.points).replace(/%$/, "")} 个百分点(最高 100%)。`,
  RATIO_CONDITION_TABLE: (p, w) => `${w.name(p.condition)}:按其专门的支付比例。`,
  CAP_NONE: () => "该市普通门诊统筹不设年度最高支付限额。",
  CAP_SHARED: (p, w) => `年度限额与${w.name(p.scheme)}共用;yibao 看不到那部分的支出,实际剩余限额可能更少。`,
  SECOND_TIER_PAID: (p, w) => `超过年度限额的可报销部分 ${w.yuan(p.beyond)} 元由第二档按 ${w.pct(p.ratio)} 支付 ${w.yuan(p.fund)} 元(第二档限额 ${w.yuan(p.cap)} 元)。`,
  CAP_CROSSED: (p, w) =>
    p.overCap.v === 0
      ? `本次达到年度最高支付限额 ${w.yuan(p.cap)} 元,超出的部分由第二档支付,个人不承担超限额部分。`
      : `本次达到年度最高支付限额 ${w.yuan(p.cap)} 元,超出部分 ${w.yuan(p.overCap)} 元由个人负担。`,
  CAP_EXHAUSTED: (p, w) =>
    p.secondTier.v ? `年度最高支付限额 ${w.yuan(p.cap)} 元已用完,本次由第二档支付。` : `年度最高支付限额 ${w.yuan(p.cap)} 元已用完,统筹基金不再支付。`,

  PLACE_COVERED: (p, w) => `${w.place(p.place)}:参保地政策支付这类门诊费用。`,
  PLACE_NOT_COVERED: (p, w) => `${w.place(p.place)}:参保地政策规定普通门诊费用统筹基金不予支付,全部自付。`,
  PLACE_RULES_MISSING: () => "来源未说明异地就医的规定,统筹基金不支付。",
  NOT_DESIGNATED_ELSEWHERE: () => "异地非定点医药机构发生的费用不予支付(没有急诊例外),全部自付。",
  AMOUNTS_INSURED_PLACE: () => "起付标准、支付比例和年度限额按参保地规定,与本地就医共用本年度的累计。",
  AMOUNTS_TREATMENT_PLACE: () => "起付标准和支付比例按就医地规定,年度限额按参保地规定,与本地就医共用本年度的累计。",
  DIRECT_NEEDS_LEVEL: (p, w) => `异地直接结算限${w.grade(p.minLevel)}及以上医疗机构,本次是${w.grade(p.level)}。`,
  DIRECT_NEEDS_FILING: () => "异地直接结算需先办理异地就医备案,本次未备案。",
  DIRECT_NEEDS_OPEN_FACILITY: () => "该机构未开通门诊统筹异地直接结算。",
  SETTLEMENT_BY_HAND: (p, w) => `不能直接结算:就医时先全额支付 ${w.yuan(p.amount)} 元,回参保地手工报销,统筹基金应付 ${w.yuan(p.fund)} 元。`,
  SETTLEMENT_NO_ROUTE: (p, w) =>
    `不能直接结算:就医时需全额支付 ${w.yuan(p.amount)} 元。来源只规定因系统原因无法直接结算时可回参保地手工报销,没有说明这种情况能否报销;按规定统筹基金应付 ${w.yuan(p.fund)} 元,请先向参保地医保经办机构确认。`,
  SETTLEMENT_IF_OPEN: (p, w) =>
    `若该机构已开通异地直接结算,就医时只付 ${w.yuan(p.self)} 元;否则先全额支付 ${w.yuan(p.amount)} 元,回参保地报销 ${w.yuan(p.fund)} 元。`,
  SETTLEMENT_UNSTATED: () => "来源未说明异地就医是否需要备案、能否直接结算;金额按参保地规定计算。",
  SETTLEMENT_DIRECT: (p, w) => `符合异地直接结算条件:就医时只付个人负担的 ${w.yuan(p.self)} 元。`,

  WALLET_EXCLUDED_CASH: (p, w) => `目录外费用 ${w.yuan(p.excluded)} 元只能用现金支付,个人账户和共济资金不支付。`,
  WALLET_NOT_DESIGNATED: (p, w) => `非定点医药机构:个人账户和共济资金不能支付,${w.yuan(p.cash)} 元全部现金支付。`,
  ACCOUNT_PAID: (p, w) => `本人个人账户支付 ${w.yuan(p.paid)} 元(应付政策范围内 ${w.yuan(p.due)} 元,余额 ${w.yuan(p.balance)} 元,剩 ${w.yuan(p.left)} 元)。`,
  ACCOUNT_NOT_GIVEN: () => "未给出本人个人账户余额,按 0 计算;共济资金须在本人账户用完后才能使用。",
  FAMILY_NOT_NEEDED: () => "本人个人账户已付清,不使用共济资金(本人账户优先)。",
  FAMILY_RELATION_ALLOWED: (p, w) => `${w.name(p.rules)}的规定允许授权人与其${w.relation(p.relation)}共济(使用人是授权人的${w.relation(p.relation)})。`,
  FAMILY_RELATION_REFUSED: (p, w) =>
    `${w.name(p.rules)}的家庭共济只限授权人的${w.relations(p.allowed)};使用人是授权人的${w.relation(p.relation)},不能共济。`,
  FAMILY_SCHEME_REFUSED: (p, w) =>
    `${w.name(p.rules)}的规定:授权人与使用人${w.placeClass(p.place)}时,使用人须参加${w.schemes(p.allowed)},不能共济。`,
  FAMILY_PLACE_ALLOWED: (p, w) => `授权人与使用人${w.placeClass(p.place)},${w.name(p.rules)}的规定允许共济。`,
  FAMILY_PLACE_UNSTATED: (p, w) => `${w.name(p.rules)}的来源材料没有限制双方的参保地(授权人与使用人${w.placeClass(p.place)})。`,
  FAMILY_PLACE_REFUSED: (p, w) => `授权人与使用人${w.placeClass(p.place)},${w.name(p.rules)}的规定不允许这种共济。`,
  FAMILY_PLACE_NO_SOURCE: (p, w) =>
    `${w.name(p.rules)}的来源材料没有规定跨省共济,没有任何来源允许授权人与使用人${w.placeClass(p.place)}时共济,共济资金不支付。如当地允许,可用 --policy-file 补充规定。`,
  FAMILY_WALLET_OPEN: (p, w) => `按${w.name(p.rules)}的规定,双方所在地区都已开通“医保钱包”,可以共济。`,
  FAMILY_WALLET_UNCONFIRMED: (p, w) =>
    `按${w.name(p.rules)}的规定,两地之间的共济须双方所在地区都已开通“医保钱包”;没有说明已开通,共济资金不支付。已开通时用 --family-wallet-open 说明。`,
  FAMILY_TREATMENT_REFUSED: (p, w) => `${w.name(p.rules)}的共济资金仅限本省内使用,使用人不在该省就医。`,
  FAMILY_TREATMENT_UNKNOWN: (p, w) =>
    `${w.name(p.rules)}的共济资金仅限本省内使用;这次是异地就医,但没有给出就医城市,无法判断是否在该省内,共济资金不支付。用 --treatment-city 给出就医城市。`,
  FAMILY_ALL_OR_NOTHING: (p, w) =>
    `授权人可用余额 ${w.yuan(p.available)} 元不足以支付个人负担的 ${w.yuan(p.due)} 元;按规定余额必须足够支付,本次共济资金不支付。`,
  FAMILY_CUT_PER_PAYMENT: (p, w) => `授权人设置的每次支付额度为 ${w.yuan(p.limit)} 元,共济资金本次最多付这么多。`,
  FAMILY_CUT_TOTAL: (p, w) => `授权人设置的共济额度还剩 ${w.yuan(p.limit)} 元,共济资金最多付这么多。`,
  FAMILY_CUT_RESERVE: (p, w) => `授权人余额 ${w.yuan(p.balance)} 元,须保留 ${w.yuan(p.reserve)} 元,只有超过部分 ${w.yuan(p.shareable)} 元可共济。`,
  FAMILY_CUT_BALANCE: (p, w) => `授权人余额只剩 ${w.yuan(p.balance)} 元。`,
  FAMILY_PAID: (p, w) => `家庭共济支付 ${w.yuan(p.paid)} 元(本人账户付后还应付 ${w.yuan(p.due)} 元)。`,
  CASH_PAID: (p, w) => `其余 ${w.yuan(p.cash)} 元现金支付。`,
};
