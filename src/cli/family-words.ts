/** Words for personal accounts and family mutual aid: names of relations, places, uses, and reasons. */
import type { MemberKind, Plan } from "../core/account.js";
import type { PlaceClass, Relation, Scheme } from "../core/family.js";
import type { Reason } from "../core/types.js";
import type { Lang } from "./lang.js";

type Names<T extends string> = Readonly<Record<Lang, Readonly<Record<T, string>>>>;

export const RELATION_NAME: Names<Relation> = {
  zh: {
    spouse: "配偶",
    parent: "父母",
    child: "子女",
    sibling: "兄弟姐妹",
    grandparent: "祖父母",
    "maternal-grandparent": "外祖父母",
    grandchild: "孙子女",
    "maternal-grandchild": "外孙子女",
    "parent-in-law": "配偶的父母",
    "child-in-law": "子女的配偶",
  },
  en: {
    spouse: "spouse",
    parent: "parent",
    child: "child",
    sibling: "sibling",
    grandparent: "paternal grandparent",
    "maternal-grandparent": "maternal grandparent",
    grandchild: "paternal grandchild",
    "maternal-grandchild": "maternal grandchild",
    "parent-in-law": "parent-in-law",
    "child-in-law": "child-in-law",
  },
};

export const SCHEME_NAME: Names<Scheme> = {
  zh: { employee: "职工医保", resident: "城乡居民医保" },
  en: { employee: "employee insurance", resident: "resident insurance" },
};

/** Where the two are insured, as a phrase that follows 授权人与使用人 / "the account holder and the relative are insured". */
export const PLACE_NAME: Names<PlaceClass> = {
  zh: { "same-city": "在同一城市(统筹区)参保", "same-province": "在同省的不同城市参保", "other-province": "在不同省份参保" },
  en: { "same-city": "in the same city (pooling area)", "same-province": "in different cities of the same province", "other-province": "in different provinces" },
};

export const USE_NAME: Names<
  "medical" | "pharmacy" | "internet-hospital" | "resident-contribution" | "large-amount-contribution" | "long-term-care-contribution" | "supplementary-insurance"
> = {
  zh: {
    medical: "在定点医疗机构就医的个人负担医疗费用",
    pharmacy: "在定点零售药店购买药品、医疗器械、医用耗材的个人负担费用",
    "internet-hospital": "医保定点互联网医疗机构的费用",
    "resident-contribution": "参加城乡居民医保的个人缴费",
    "large-amount-contribution": "参加职工大额医疗费用补助的个人缴费",
    "long-term-care-contribution": "参加长期护理保险的个人缴费",
    "supplementary-insurance": "与基本医保相衔接的商业补充医疗保险的个人缴费",
  },
  en: {
    medical: "self-paid medical costs at designated facilities",
    pharmacy: "self-paid drugs, devices and consumables at designated pharmacies",
    "internet-hospital": "costs at designated internet hospitals",
    "resident-contribution": "resident-insurance contributions",
    "large-amount-contribution": "contributions to the employee large-amount supplement (大额)",
    "long-term-care-contribution": "long-term-care insurance contributions",
    "supplementary-insurance": "supplementary commercial health insurance linked to basic insurance",
  },
};

export const MEMBER_NAME: Names<MemberKind> = {
  zh: { "in-service": "在职职工", retired: "退休人员", flexible: "灵活就业人员" },
  en: { "in-service": "in service", retired: "retired", flexible: "flexible employment" },
};

export const PLAN_NAME: Names<Plan> = {
  zh: { combined: "统账结合", "pooling-only": "单建统筹" },
  en: { combined: "pooling with a personal account (统账结合)", "pooling-only": "pooling only (单建统筹)" },
};

const pick = <T extends string>(names: Names<T>, lang: Lang, value: unknown): string =>
  Object.hasOwn(names[lang], String(value)) ? names[lang][String(value) as T] : String(value);

const listOf = <T extends string>(names: Names<T>, lang: Lang, value: unknown): string =>
  String(value ?? "")
    .split(",")
    .map((v) => pick(names, lang, v))
    .join(lang === "zh" ? "、" : ", ");

/** Words for the reasons of who paid what (core/family.ts). */
export function explainWalletReason(reason: Reason, lang: Lang): string {
  const p = reason.params;
  const t = (zh: string, en: string) => (lang === "zh" ? zh : en);
  const rules = t(String(p.rulesZh ?? ""), String(p.rulesEn ?? ""));
  switch (reason.code) {
    case "WALLET_EXCLUDED_CASH":
      return t(`目录外费用 ${String(p.excluded)} 元只能用现金支付,个人账户和共济资金不支付。`, `The ${String(p.excluded)} outside the catalogues is paid in cash; account and family money do not pay it.`);
    case "ACCOUNT_PAID":
      return t(
        `本人个人账户支付 ${String(p.paid)} 元(应付政策范围内 ${String(p.due)} 元,余额 ${String(p.balance)} 元,剩 ${String(p.left)} 元)。`,
        `Your own account pays ${String(p.paid)} of the ${String(p.due)} in-policy part (balance ${String(p.balance)}, ${String(p.left)} left).`,
      );
    case "ACCOUNT_NOT_GIVEN":
      return t("未给出本人个人账户余额,按 0 计算;共济资金须在本人账户用完后才能使用。", "No balance of your own account was given: taken as 0. Family money pays only after your own account.");
    case "FAMILY_NOT_NEEDED":
      return t("本人个人账户已付清,不使用共济资金(本人账户优先)。", "Your own account paid it all; family money is not used (own account first).");
    case "FAMILY_RELATION_ALLOWED":
      return t(
        `${rules}的规定允许授权人与其${pick(RELATION_NAME, lang, p.relation)}共济(使用人是授权人的${pick(RELATION_NAME, lang, p.relation)})。`,
        `${rules}'s rules allow an account holder to share with a ${pick(RELATION_NAME, lang, p.relation)} (the relative is the account holder's ${pick(RELATION_NAME, lang, p.relation)}).`,
      );
    case "FAMILY_RELATION_REFUSED":
      return t(
        `${rules}的家庭共济只限授权人的${listOf(RELATION_NAME, lang, p.allowed)};使用人是授权人的${pick(RELATION_NAME, lang, p.relation)},不能共济。`,
        `${rules}'s family aid is only for the account holder's ${listOf(RELATION_NAME, lang, p.allowed)}; the relative is the account holder's ${pick(RELATION_NAME, lang, p.relation)}, so no aid.`,
      );
    case "FAMILY_SCHEME_REFUSED":
      return t(
        `${rules}的规定:授权人与使用人${pick(PLACE_NAME, lang, p.place)}时,使用人须参加${listOf(SCHEME_NAME, lang, p.allowed)},不能共济。`,
        `${rules}'s rules: when the account holder and the relative are insured ${pick(PLACE_NAME, lang, p.place)}, the relative must be in ${listOf(SCHEME_NAME, lang, p.allowed)}; no aid.`,
      );
    case "FAMILY_PLACE_ALLOWED":
      return t(
        `授权人与使用人${pick(PLACE_NAME, lang, p.place)},${rules}的规定允许共济。`,
        `The account holder and the relative are insured ${pick(PLACE_NAME, lang, p.place)}: ${rules}'s rules allow aid.`,
      );
    case "FAMILY_PLACE_UNSTATED":
      return t(
        `${rules}的来源材料没有限制双方的参保地(授权人与使用人${pick(PLACE_NAME, lang, p.place)})。`,
        `${rules}'s sources set no rule on where the two are insured (here: ${pick(PLACE_NAME, lang, p.place)}).`,
      );
    case "FAMILY_PLACE_REFUSED":
      return t(
        `授权人与使用人${pick(PLACE_NAME, lang, p.place)},${rules}的规定不允许这种共济。`,
        `The account holder and the relative are insured ${pick(PLACE_NAME, lang, p.place)}; ${rules}'s rules do not allow aid then.`,
      );
    case "FAMILY_TREATMENT_REFUSED":
      return t(`${rules}的共济资金仅限本省内使用,使用人不在该省就医。`, `${rules}'s family money may be used only inside the province, and the relative is treated outside it.`);
    case "FAMILY_TREATMENT_UNKNOWN":
      return t(
        `${rules}的共济资金仅限本省内使用;这次是异地就医,但没有给出就医城市,无法判断是否在该省内,共济资金不支付。用 --treatment-city 给出就医城市。`,
        `${rules}'s family money may be used only inside the province; this visit is elsewhere and no city of treatment was given, so family money pays nothing. Give it with --treatment-city.`,
      );
    case "FAMILY_ALL_OR_NOTHING":
      return t(
        `授权人可用余额 ${String(p.available)} 元不足以支付个人负担的 ${String(p.due)} 元;按规定余额必须足够支付,本次共济资金不支付。`,
        `The account holder's usable ${String(p.available)} does not cover the ${String(p.due)} due; the balance must cover it all, so family money pays nothing this time.`,
      );
    case "FAMILY_CUT_PER_PAYMENT":
      return t(`授权人设置的每次支付额度为 ${String(p.limit)} 元,共济资金本次最多付这么多。`, `The account holder set ${String(p.limit)} per payment: family money pays at most that now.`);
    case "FAMILY_CUT_TOTAL":
      return t(`授权人设置的共济额度还剩 ${String(p.limit)} 元,共济资金最多付这么多。`, `${String(p.limit)} is left of the sharing limit the account holder set: family money pays at most that.`);
    case "FAMILY_CUT_RESERVE":
      return t(
        `授权人余额 ${String(p.balance)} 元,须保留 ${String(p.reserve)} 元,只有超过部分 ${String(p.shareable)} 元可共济。`,
        `The account holder has ${String(p.balance)} and must keep ${String(p.reserve)}: only the ${String(p.shareable)} above it can be shared.`,
      );
    case "FAMILY_CUT_BALANCE":
      return t(`授权人余额只剩 ${String(p.balance)} 元。`, `The account holder has only ${String(p.balance)} left.`);
    case "FAMILY_PAID":
      return t(`家庭共济支付 ${String(p.paid)} 元(本人账户付后还应付 ${String(p.due)} 元)。`, `Family aid pays ${String(p.paid)} of the ${String(p.due)} left after your own account.`);
    case "CASH_PAID":
      return t(`其余 ${String(p.cash)} 元现金支付。`, `The remaining ${String(p.cash)} is paid in cash.`);
    default:
      return reason.code;
  }
}
