/** A batch outcome as its output line (JSON, without the newline), and the summary at the end. */
import type { BatchTotals, LineOutcome } from "../../app/batch.js";
import { formatYuan } from "../../app/model.js";
import type { Lang } from "../lang.js";
import { explainError } from "../messages.js";
import { visitJson } from "./json.js";

export function batchLine(outcome: LineOutcome, lang: Lang): string {
  const echo = {
    line: outcome.line,
    ...(outcome.id === undefined ? {} : { id: outcome.id }),
    ...(outcome.person === undefined ? {} : { person: outcome.person }),
  };
  if (outcome.kind === "error") {
    const { message, hint } = explainError(outcome.error, lang);
    return JSON.stringify({ ...echo, error: { code: outcome.error.code, message, ...(hint === undefined ? {} : { hint }) } });
  }
  const { index: _index, ...out } = visitJson(outcome.visit, lang);
  return JSON.stringify({ ...echo, city: outcome.policy.id, type: outcome.status, ...out });
}

export function batchSummary(t: BatchTotals, lang: Lang): string {
  return lang === "zh"
    ? `批量结算:共 ${t.lines} 行,结算 ${t.settled} 行,错误 ${t.errors} 行,空行 ${t.blank} 行;总费用 ${formatYuan(t.amount)} 元,统筹基金支付 ${formatYuan(t.fundPaid)} 元,个人支付 ${formatYuan(t.selfPaid)} 元(个人账户 ${formatYuan(t.accountPaid)} 元,家庭共济 ${formatYuan(t.familyPaid)} 元,现金 ${formatYuan(t.cashPaid)} 元)。\n`
    : `batch: ${t.lines} lines, ${t.settled} settled, ${t.errors} errors, ${t.blank} blank; total ${formatYuan(t.amount)}, fund paid ${formatYuan(t.fundPaid)}, self paid ${formatYuan(t.selfPaid)} yuan (own account ${formatYuan(t.accountPaid)}, family ${formatYuan(t.familyPaid)}, cash ${formatYuan(t.cashPaid)}).\n`;
}
