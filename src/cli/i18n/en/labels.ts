/** The words of the renderers in English. */
import type { City, Labels } from "../labels.js";

const cityTitle = (city: City) => `${city.name.pinyin} (${city.province.en})`;

export const labels: Labels = {
  common: {
    cityName: (city) => city.name.pinyin,
    cityTitle,
    source: "Source",
    why: "Why",
    policyVersion: (city, version) => `Policy: ${city.id} version ${version.id} (in force from ${version.effectiveFrom})`,
  },
  table: {
    header: (city, status) => `${cityTitle(city)} · employee general outpatient pooling · ${status}`,
    visit: "Visit",
    facility: { hospital: "hospital", pharmacy: "pharmacy", specialty: "specialty facility" },
    treatmentCity: (name) => ` (${name})`,
    amount: "Total cost",
    excluded: "Outside catalogues (self-paid)",
    inPolicy: "In-policy cost",
    deductible: "Deductible",
    eligible: "Eligible",
    ratio: "Fund ratio",
    notCovered: "not covered",
    fundPaid: "Fund pays",
    selfPaid: "You pay",
    ofExcluded: "  of which outside catalogues",
    ofDeductible: "  of which deductible",
    ofCopay: "  of which co-pay",
    ofOverCap: "  of which over the cap",
    byAccount: "  paid by your own account",
    byFamily: "  paid by family aid",
    byCash: "  paid in cash",
    accountLeft: "Your account left",
    familyLeft: "Account holder's balance left",
    familyLimitLeft: "Sharing limit left",
    settlement: "Settlement",
    atCounter: "Paid at the facility",
    reimbursedLater: "Reimbursed back home",
    steps: "Steps",
    step: (n, rule, formula) => `${n}. ${rule}: ${formula}`,
    todo: "To do",
    yearTitle: (year) => `Year ${year}`,
    deductibleMet: "Deductible met",
    fundUsed: "Cap used",
    cap: "Annual cap",
    capRemaining: "Cap left",
    total: "Total",
    policyLine: (city, version, source, file) =>
      `Policy: ${city.id} version ${version.id} (in force from ${version.effectiveFrom}) · source: "${source.quote}" (${source.document})${file}`,
  },
  batch: {
    summary: (t) =>
      `batch: ${t.lines} lines, ${t.settled} settled, ${t.errors} errors, ${t.blank} blank; total ${t.amount}, fund paid ${t.fundPaid}, self paid ${t.selfPaid} yuan (own account ${t.accountPaid}, family ${t.familyPaid}, cash ${t.cashPaid}).`,
  },
};
