/** The ratio (支付比例): the fund pays the eligible part at the ratio for the level and status, half-up to the fen. */
import * as f from "../facts.js";
import { applyRatioHalfUp } from "../money.js";
import type { PlannedStepOf } from "../types.js";
import type { Work } from "./work.js";

export function ratio(w: Work, { table }: PlannedStepOf<"ratio">): void {
  const r = table[w.level][w.status];
  w.ratio = { value: r.value, bp: r.bp };
  w.fundBeforeCap = applyRatioHalfUp(w.eligible, r.bp);
  w.steps?.push({
    code: "FUND",
    values: { inPolicy: f.fen(w.inPolicy), deductible: f.fen(w.deductible), eligible: f.fen(w.eligible), ratio: f.bp(r.bp) },
    result: w.fundBeforeCap,
    cite: r.cite,
  });
  if (w.eligible > 0) {
    w.reasons.push({
      code: "RATIO_APPLIED",
      params: { eligible: f.fen(w.eligible), ratio: f.bp(r.bp), fund: f.fen(w.fundBeforeCap), level: f.level(w.level), status: f.status(w.status) },
      cite: r.cite,
    });
  }
}
