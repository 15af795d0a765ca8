/** The `--json` contract: one object, stable for scripts, money as strings with two decimals. */
import type { Calculation, SettledVisit } from "../../app/calculate.js";
import { type Citation, type Fen, categoryNames, formatYuan, reasonsOf } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainStep } from "../explain-words.js";
import { explainReason, explainWarning } from "../messages.js";

type SourceJson = { document?: string; grade?: string; quote?: string; interpretation?: string; interpretationNote?: string; policyFile?: string };

/** One JSON object per citation and language, shared by every visit that cites it. */
const sourceCache: Record<Lang, WeakMap<Citation, SourceJson>> = { zh: new WeakMap(), en: new WeakMap() };

/** A citation as JSON: the document and quote, and the interpretation the value rests on, if any. */
export function sourceJson(cite: Citation | undefined, lang: Lang): SourceJson | undefined {
  if (cite === undefined || (cite.quote === "" && cite.interpretation === undefined)) return undefined;
  const cached = sourceCache[lang].get(cite);
  if (cached !== undefined) return cached;
  const json: SourceJson = {
    ...(cite.quote === "" ? {} : { document: cite.document, ...(cite.grade === undefined ? {} : { grade: cite.grade }), quote: cite.quote }),
    ...(cite.interpretation === undefined ? {} : { interpretation: cite.interpretation }),
    ...(cite.interpretationNote === undefined ? {} : { interpretationNote: catalogue(lang).labels.common.text(cite.interpretationNote) }),
    ...(cite.quote === "" || cite.policyFile === undefined ? {} : { policyFile: cite.policyFile }),
  };
  sourceCache[lang].set(cite, json);
  return json;
}

const orNull = (fen: Fen | null | undefined) => (fen === null || fen === undefined ? null : formatYuan(fen));

/** The steps of a visit's arithmetic (`--explain`): rule, formula, result and source. */
function stepsJson(v: SettledVisit, lang: Lang) {
  return [...v.result.steps, ...v.payment.steps].map((step) => {
    const source = sourceJson(step.cite, lang);
    return { code: step.code, ...explainStep(step, lang), result: formatYuan(step.result), ...(source === undefined ? {} : { source }) };
  });
}

export function visitJson(v: SettledVisit, lang: Lang, explain = false) {
  const r = v.result;
  return {
    index: v.index,
    date: r.visit.date,
    level: r.visit.level,
    levelName: catalogue(lang).labels.common.text(v.level.label),
    appliedLevel: r.appliedLevel,
    facility: r.visit.facility,
    designated: r.visit.designated,
    emergency: r.visit.emergency,
    place: r.visit.place,
    filed: r.visit.filed,
    directSettlement: r.visit.directSettlement,
    treatmentCity: v.where.treatment === null ? null : { code: v.where.treatment.code, name: v.where.treatment.name, province: v.where.treatment.province.name },
    policyVersion: v.version.id,
    amount: formatYuan(r.visit.amount),
    excluded: formatYuan(r.excluded),
    uncovered: formatYuan(r.uncovered),
    inPolicy: formatYuan(r.inPolicy),
    // Only where the city has these rules: what the person paid before the deductible.
    ...(r.classBFirst === null ? {} : { classBFirst: formatYuan(r.classBFirst) }),
    ...(r.accountFirst === null ? {} : { accountCurrentPaid: formatYuan(v.payment.accountCurrentPaid) }),
    deductible: formatYuan(r.deductible),
    eligible: formatYuan(r.eligible),
    ratio: r.ratio?.value ?? null,
    fundPaid: formatYuan(r.fundPaid),
    selfPaid: formatYuan(r.selfPaid),
    copay: formatYuan(r.copay),
    overCap: formatYuan(r.overCap),
    covered: r.covered,
    capRemaining: orNull(r.capRemaining),
    accountPaid: formatYuan(v.payment.accountPaid),
    familyPaid: formatYuan(v.payment.familyPaid),
    cashPaid: formatYuan(v.payment.cashPaid),
    accountLeft: orNull(v.payment.after.account),
    familyBalanceLeft: orNull(v.payment.after.family?.balance),
    familyLimitLeft: orNull(v.payment.after.family?.limitLeft),
    settlement: {
      mode: r.settlement.mode,
      description: catalogue(lang).names.settlement[r.settlement.mode],
      atCounter: orNull(r.settlement.atCounter),
      reimbursedLater: orNull(r.settlement.reimbursedLater),
      actions: r.settlement.actions.map((code) => ({ code, message: catalogue(lang).names.action[code] })),
    },
    reasons: reasonsOf(v).map((reason) => {
      const source = sourceJson(reason.cite, lang);
      return { code: reason.code, message: explainReason(reason, lang, categoryNames(v.version)), ...(source === undefined ? {} : { source }) };
    }),
    ...(explain ? { steps: stepsJson(v, lang) } : {}),
  };
}

export function calculationJson(calc: Calculation, lang: Lang, explain = false) {
  const last = calc.visits[calc.visits.length - 1];
  const lastYear = calc.years[calc.years.length - 1];
  const version = last?.version ?? calc.policy.versions[0];
  const yearJson = (y: NonNullable<typeof lastYear>) => ({
    year: y.year,
    deductibleMet: formatYuan(y.deductibleMet),
    fundUsed: formatYuan(y.fundUsed),
    cap: orNull(y.cap),
    capRemaining: orNull(y.capRemaining),
    amount: formatYuan(y.amount),
    fundPaid: formatYuan(y.fundPaid),
    selfPaid: formatYuan(y.selfPaid),
  });
  return {
    city: calc.policy.id,
    cityName: calc.policy.name.zh,
    province: calc.policy.province.zh,
    type: calc.status,
    policyVersion: version?.id ?? "",
    policySource:
      version === undefined
        ? undefined
        : {
            document: calc.policy.sources[version.source.ref]?.title ?? version.source.ref,
            ...(calc.policy.sources[version.source.ref]?.grade === undefined ? {} : { grade: calc.policy.sources[version.source.ref]?.grade }),
            quote: version.source.quote,
            effectiveFrom: version.effectiveFrom,
          },
    visits: calc.visits.map((v) => visitJson(v, lang, explain)),
    year: lastYear === undefined ? undefined : yearJson(lastYear),
    years: calc.years.map(yearJson),
    totals: {
      amount: formatYuan(calc.totals.amount),
      fundPaid: formatYuan(calc.totals.fundPaid),
      selfPaid: formatYuan(calc.totals.selfPaid),
      ...(calc.totals.accountCurrentPaid === 0 ? {} : { accountCurrentPaid: formatYuan(calc.totals.accountCurrentPaid) }),
      accountPaid: formatYuan(calc.totals.accountPaid),
      familyPaid: formatYuan(calc.totals.familyPaid),
      cashPaid: formatYuan(calc.totals.cashPaid),
    },
    balances: {
      account: orNull(calc.balances.account),
      familyBalance: orNull(calc.balances.familyBalance),
      familyLimit: orNull(calc.balances.familyLimitLeft),
    },
    warnings: calc.warnings.map((w) => ({ code: w.code, message: explainWarning(w, lang) })),
  };
}

export function renderCalculationJson(calc: Calculation, lang: Lang, explain = false): string {
  return `${JSON.stringify(calculationJson(calc, lang, explain), null, 2)}\n`;
}
