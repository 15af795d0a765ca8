/** The words of the renderers in English. */
import type { City, Labels } from "../labels.js";

const cityTitle = (city: City) => `${city.name.pinyin} (${city.province.en})`;

/** The spending axis of the curve, also under the chart. */
const CURVE_X = "spending in the year (yuan)";

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
  compare: {
    title: (date) => `The same outpatient costs settled in each city${date === null ? " (a year of visits)" : ` (${date})`}, by what you pay`,
    head: { city: "City", status: "Status", level: "Level", total: "Total", fundPaid: "Fund pays", selfPaid: "You pay", aboveBest: "Above the best" },
    best: "best",
    none: "No city could be compared.",
    reading: (city, level) => `${city.name.pinyin}: level ${level.level} is read as "${level.label}" (interpretation ${level.interpretation}).`,
    notCompared: (city, why) => `Not compared: ${city.name.pinyin} (${why})`,
    noVersion: "no policy version in force on the date",
    notPublished: (fields) => `the sources do not publish ${fields}; supply them with --policy-file`,
  },
  curve: {
    title: (date) => `Fund payment against the year's outpatient spending (${date})`,
    x: CURVE_X,
    y: "fund pays (yuan)",
    xCaption: (how) => `${CURVE_X} → (${how})`,
    oneVisit: "as one visit",
    visits: (size) => `as visits of ${size} yuan each`,
    legend: (city, status, level, cap) => `${city.name.pinyin} · ${status} · ${level} · annual cap ${cap}`,
    deductible: "deductible met",
    cap: "cap reached",
    deductibleAt: (yuan) => `deductible met at ${yuan}`,
    capAt: (yuan) => `cap reached at ${yuan}`,
    deductibleNever: (searched) => `deductible not met up to ${searched}`,
    capNever: (searched) => `cap not reached up to ${searched}`,
    marks: (city, deductible, cap) => `${city.name.pinyin}: ${deductible} · ${cap}`,
    markSeparator: "; ",
  },
};
