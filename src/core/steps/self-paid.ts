/** The self-paid split (个人支付): the amount less the fund's part, in four parts that always add up. */
import * as f from "../facts.js";
import { subFen } from "../money.js";
import type { Work } from "./work.js";

export function selfPaid(w: Work): void {
  w.selfPaid = subFen(w.visit.amount, w.fundPaid);
  w.steps?.push({
    code: "SELF_PAID",
    values: {
      amount: f.fen(w.visit.amount),
      fundPaid: f.fen(w.fundPaid),
      excluded: f.fen(w.excluded),
      deductible: f.fen(w.deductible),
      copay: f.fen(w.copay),
      overCap: f.fen(w.overCap),
      ...(w.classBFirst === null ? {} : { classBFirst: f.fen(w.classBFirst) }),
      ...(w.accountFirst === null ? {} : { accountFirst: f.fen(w.accountFirst) }),
    },
    result: w.selfPaid,
  });
}
