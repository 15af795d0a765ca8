/** The excluded part (目录外费用): outside the catalogues, fully self-paid; the rest is in policy. */
import * as f from "../facts.js";
import { subFen } from "../money.js";
import type { Work } from "./work.js";

export function excluded(w: Work): void {
  const { amount, excluded: part } = w.visit;
  w.excluded = part;
  w.inPolicy = subFen(amount, part);
  w.poolable = w.inPolicy;
  if (part > 0) w.reasons?.add("EXCLUDED_PART", undefined, part);
  w.steps?.push({ code: "IN_POLICY", values: { amount: f.fen(amount), excluded: f.fen(part) }, result: w.inPolicy });
}
