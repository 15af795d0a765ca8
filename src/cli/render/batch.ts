/** A batch outcome as its output line (JSON, without the newline), and the summary at the end. */
import type { BatchTotals, LineOutcome } from "../../app/batch.js";
import { formatYuan } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { explainError } from "../messages.js";
import { visitJson } from "./json.js";

export function batchLine(outcome: LineOutcome, lang: Lang): string {
  // One object literal per line, the echoed id and person spread in place: spreading an echo object
  // built beforehand made JSON.stringify several times slower (measured with npm run bench).
  if (outcome.kind === "error") {
    const { message, hint } = explainError(outcome.error, lang);
    return JSON.stringify({
      line: outcome.line,
      ...(outcome.id === undefined ? {} : { id: outcome.id }),
      ...(outcome.person === undefined ? {} : { person: outcome.person }),
      error: { code: outcome.error.code, message, ...(hint === undefined ? {} : { hint }) },
    });
  }
  const { index: _index, ...out } = visitJson(outcome.visit, lang);
  return JSON.stringify({
    line: outcome.line,
    ...(outcome.id === undefined ? {} : { id: outcome.id }),
    ...(outcome.person === undefined ? {} : { person: outcome.person }),
    city: outcome.policy.id,
    type: outcome.status,
    ...out,
  });
}

export function batchSummary(t: BatchTotals, lang: Lang): string {
  const said = catalogue(lang).labels.batch.summary({
    lines: t.lines,
    settled: t.settled,
    errors: t.errors,
    blank: t.blank,
    amount: formatYuan(t.amount),
    fundPaid: formatYuan(t.fundPaid),
    selfPaid: formatYuan(t.selfPaid),
    accountCurrentPaid: t.accountCurrentPaid === 0 ? null : formatYuan(t.accountCurrentPaid),
    accountPaid: formatYuan(t.accountPaid),
    familyPaid: formatYuan(t.familyPaid),
    cashPaid: formatYuan(t.cashPaid),
  });
  return `${said}\n`;
}
