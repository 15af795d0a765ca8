/**
 * What the person pays before the deductible, where the city says so: a share of the class-B part
 * (乙类先行自付, older 宁波 rules), and then the current-year personal account, which pays the in-policy
 * cost first (宁波, 上海 当年账户). Both are part of what the person pays, and in policy; what is left
 * goes on to the deductible and the fund.
 */
import * as f from "../facts.js";
import { ZERO, applyRatioHalfUp, minFen, subFen } from "../money.js";
import type { PlannedStepOf } from "../types.js";
import type { Work } from "./work.js";

export function paidFirst(w: Work, { rule: { classB, accountFirst } }: PlannedStepOf<"paid-first">): void {
  if (classB !== null) {
    const part = minFen(w.visit.classB, w.poolable);
    const paid = applyRatioHalfUp(part, classB.share.bp);
    w.classBFirst = paid;
    w.poolable = subFen(w.poolable, paid);
    w.steps?.push({ code: "CLASS_B_FIRST", values: { classB: f.fen(part), share: f.bp(classB.share.bp) }, result: paid, cite: classB.share.cite });
    if (paid > 0) w.reasons?.add("CLASS_B_FIRST", classB.share.cite, part, classB.share.bp, paid);
  }
  if (accountFirst !== null) {
    const balance = w.before.accountCurrent;
    if (balance === null) {
      w.accountFirst = ZERO;
      if (w.poolable > 0) w.reasons?.add("ACCOUNT_CURRENT_NOT_GIVEN", accountFirst);
      return;
    }
    const paid = minFen(balance, w.poolable);
    w.accountFirst = paid;
    const left = subFen(balance, paid);
    w.accountCurrentAfter = left;
    w.steps?.push({ code: "ACCOUNT_FIRST", values: { balance: f.fen(balance), due: f.fen(w.poolable) }, result: paid, cite: accountFirst });
    // An account already used up this year pays nothing and needs no word; the explain step still shows it.
    if (w.poolable > 0 && balance > 0) w.reasons?.add("ACCOUNT_FIRST", accountFirst, paid, balance, left);
    w.poolable = subFen(w.poolable, paid);
  }
}
