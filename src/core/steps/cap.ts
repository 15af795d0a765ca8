/**
 * The annual cap (年度最高支付限额): on the fund's payments, or on the eligible spending (the part
 * above it is not paid). What the cap leaves of the fund's part is paid; the rest is over the cap.
 */
import * as f from "../facts.js";
import { type Fen, ZERO, addFen, applyRatioHalfUp, maxFen, minFen, subFen } from "../money.js";
import type { PlannedStepOf, Rules, Status, YearState } from "../types.js";
import type { Work } from "./work.js";

/** What is left of the year's cap. */
export function capRemaining(cap: Rules["cap"], status: Status, state: YearState): Fen {
  return maxFen(ZERO, subFen(cap.byStatus[status].value, state.fundUsed));
}

export function cap(w: Work, { rule }: PlannedStepOf<"cap">): void {
  const c = rule.byStatus[w.status];
  const used = w.before.fundUsed;
  const room = capRemaining(rule, w.status, w.before);
  const bp = w.ratio?.bp ?? 0;
  let counted: Fen;
  if (rule.basis === "fund") {
    w.fundPaid = minFen(w.fundBeforeCap, room);
    w.copay = subFen(w.eligible, w.fundBeforeCap);
    w.overCap = subFen(w.fundBeforeCap, w.fundPaid);
    counted = w.fundPaid;
    w.steps?.push({ code: "CAP", values: { basis: f.code("fund"), fund: f.fen(w.fundBeforeCap), cap: f.fen(c.value), used: f.fen(used) }, result: w.fundPaid, cite: c.cite });
  } else {
    const withinCap = minFen(w.eligible, room);
    w.fundPaid = applyRatioHalfUp(withinCap, bp);
    w.copay = subFen(withinCap, w.fundPaid);
    w.overCap = subFen(w.eligible, withinCap);
    counted = withinCap;
    w.steps?.push({
      code: "CAP",
      values: { basis: f.code("eligible"), eligible: f.fen(w.eligible), cap: f.fen(c.value), used: f.fen(used), ratio: f.bp(bp) },
      result: w.fundPaid,
      cite: c.cite,
    });
  }
  if (w.eligible > 0 && room === 0) {
    w.reasons.push({ code: "CAP_EXHAUSTED", params: { cap: f.fen(c.value) }, cite: c.cite });
  } else if (w.overCap > 0) {
    w.reasons.push({ code: "CAP_CROSSED", params: { cap: f.fen(c.value), overCap: f.fen(w.overCap) }, cite: c.cite });
  }
  w.fundUsedAfter = addFen(used, counted);
}
