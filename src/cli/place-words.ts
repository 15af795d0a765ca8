/** Words for visits elsewhere (异地就医): the places, how a visit is settled, and what to do. */
import type { Place, Reason, SettlementAction, SettlementMode } from "../core/types.js";
import type { Lang } from "./lang.js";

type Text = { readonly zh: string; readonly en: string };

export const VISIT_PLACE_NAME: Readonly<Record<Place, Text>> = {
  local: { zh: "本地就医", en: "local" },
  "resident-elsewhere": { zh: "异地长期居住", en: "long-term resident elsewhere" },
  "temporary-elsewhere": { zh: "临时外出就医", en: "temporary trip elsewhere" },
};

export const SETTLEMENT_NAME: Readonly<Record<SettlementMode, Text>> = {
  local: { zh: "本地结算", en: "settled locally" },
  direct: { zh: "异地直接结算", en: "direct settlement elsewhere" },
  "by-hand": { zh: "先全额垫付,回参保地手工报销", en: "pay in full, reimbursed by hand back home" },
  "if-open": { zh: "机构已开通异地直接结算则直接结算,否则回参保地手工报销", en: "direct if the facility is open for it, otherwise reimbursed by hand back home" },
  unstated: { zh: "来源未说明结算方式", en: "the sources do not say how it is settled" },
  none: { zh: "统筹基金不支付,无需结算", en: "the fund pays nothing; nothing to settle" },
};

export const ACTION_TEXT: Readonly<Record<SettlementAction, Text>> = {
  FILE_FIRST: { zh: "下次就医前先办理异地就医备案(国家医保服务平台 APP、当地医保 APP 或医保经办机构),之后可以直接结算。", en: "File for treatment elsewhere (备案) before the next visit (national insurance app, local app or agency); then it can settle directly." },
  KEEP_RECEIPTS: { zh: "保留发票、费用清单和病历,回参保地医保经办机构申请手工报销。", en: "Keep the invoice, the itemised bill and the medical record, and claim at the insured city's agency." },
  CHECK_FACILITY: { zh: "就医前查询该机构是否已开通门诊统筹异地直接结算(国家医保服务平台 APP)。", en: "Before the visit, check in the national insurance app whether the facility is open for cross-region outpatient direct settlement." },
  ASK_AGENCY: { zh: "向参保地医保经办机构确认异地就医是否需要备案、能否直接结算。", en: "Ask the insured city's agency whether filing is needed and whether the visit can settle directly." },
  USE_DESIGNATED: { zh: "到居住地的门诊统筹定点医药机构就医。", en: "Use a designated outpatient-pooling facility where you live." },
};

/** A reason about a visit elsewhere, in words. */
export function explainPlaceReason(reason: Reason, lang: Lang): string {
  const p = reason.params;
  const t = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const grade = (l: unknown) => (lang === "zh" ? `${["", "一", "二", "三"][Number(l)] ?? String(l)}级` : `level ${String(l)}`);
  const place = (value: unknown) => {
    const name = VISIT_PLACE_NAME[value as Place] as Text | undefined;
    return name === undefined ? String(value) : name[lang];
  };
  switch (reason.code) {
    case "PLACE_COVERED":
      return t(`${place(p.place)}:参保地政策支付这类门诊费用。`, `${place(p.place)}: the insured city's policy pays for such visits.`);
    case "PLACE_NOT_COVERED":
      return t(`${place(p.place)}:参保地政策规定普通门诊费用统筹基金不予支付,全部自付。`, `${place(p.place)}: the insured city's policy does not pay general outpatient costs; all is self-paid.`);
    case "PLACE_RULES_MISSING":
      return t("来源未说明异地就医的规定,统筹基金不支付。", "The sources give no rules for visits elsewhere: the fund pays nothing.");
    case "NOT_DESIGNATED_ELSEWHERE":
      return t("异地非定点医药机构发生的费用不予支付(没有急诊例外),全部自付。", "Costs at a non-designated facility elsewhere are not paid (no emergency exception): all is self-paid.");
    case "AMOUNTS_INSURED_PLACE":
      return t("起付标准、支付比例和年度限额按参保地规定,与本地就医共用本年度的累计。", "The insured city's deductible, ratios and annual cap apply, sharing this year's totals with local visits.");
    case "AMOUNTS_TREATMENT_PLACE":
      return t("起付标准和支付比例按就医地规定,年度限额按参保地规定,与本地就医共用本年度的累计。", "The treatment city's deductible and ratios apply, the insured city's annual cap, sharing this year's totals with local visits.");
    case "DIRECT_NEEDS_LEVEL":
      return t(`异地直接结算限${grade(p.minLevel)}及以上医疗机构,本次是${grade(p.level)}。`, `Direct settlement elsewhere needs a facility of ${grade(p.minLevel)} or higher; this one is ${grade(p.level)}.`);
    case "DIRECT_NEEDS_FILING":
      return t("异地直接结算需先办理异地就医备案,本次未备案。", "Direct settlement elsewhere needs filing (备案) first; this visit was not filed.");
    case "DIRECT_NEEDS_OPEN_FACILITY":
      return t("该机构未开通门诊统筹异地直接结算。", "The facility is not open for cross-region outpatient direct settlement.");
    case "SETTLEMENT_BY_HAND":
      return t(
        `不能直接结算:就医时先全额支付 ${String(p.amount)} 元,回参保地手工报销,统筹基金应付 ${String(p.fund)} 元。`,
        `No direct settlement: pay all ${String(p.amount)} at the facility and claim back home; the fund's part is ${String(p.fund)}.`,
      );
    case "SETTLEMENT_IF_OPEN":
      return t(
        `若该机构已开通异地直接结算,就医时只付 ${String(p.self)} 元;否则先全额支付 ${String(p.amount)} 元,回参保地报销 ${String(p.fund)} 元。`,
        `If the facility is open for direct settlement you pay ${String(p.self)} there; otherwise pay all ${String(p.amount)} and claim ${String(p.fund)} back home.`,
      );
    case "SETTLEMENT_UNSTATED":
      return t("来源未说明异地就医是否需要备案、能否直接结算;金额按参保地规定计算。", "The sources do not say whether filing is needed or whether the visit settles directly; the amounts follow the insured city's rules.");
    case "SETTLEMENT_DIRECT":
      return t(`符合异地直接结算条件:就医时只付个人负担的 ${String(p.self)} 元。`, `Direct settlement elsewhere: you pay only your ${String(p.self)} at the facility.`);
    default:
      return reason.code;
  }
}
