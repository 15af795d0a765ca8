/** A person's visits settled in date order against one ledger, as the application does, for core tests. */
import { Ledger, type Opening } from "../../src/core/ledger.js";
import { settleVisit } from "../../src/core/settle.js";
import type { Rules, Status, Visit, VisitResult } from "../../src/core/types.js";

export function settleInOrder(rules: Rules, status: Status, visits: readonly Visit[], opening?: Opening) {
  const ledger = new Ledger({ keepYears: true, ...(opening === undefined ? {} : { opening }) });
  const ordered = visits.map((visit, index) => ({ visit, index })).sort((a, b) => (a.visit.date < b.visit.date ? -1 : a.visit.date > b.visit.date ? 1 : a.index - b.index));
  const results: VisitResult[] = [];
  for (const { visit } of ordered) {
    const result = settleVisit(rules, status, visit, ledger.yearState(visit.date, visit.level));
    ledger.record(rules, status, result, { accountPaid: 0, familyPaid: 0, cashPaid: result.selfPaid, after: { account: null, family: null } });
    results.push(result);
  }
  return { results, years: ledger.years() };
}
