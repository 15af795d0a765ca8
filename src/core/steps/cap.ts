/**
 * The annual cap (年度最高支付限额): on the fund's payments, or on the eligible spending (the part
 * above it is not paid), or none at all. What the cap leaves of the fund's part is paid; the rest is
 * over the cap, unless a second tier (大额) pays some of the eligible spending beyond it, at its own
 * ratio and up to its own cap.
 */
import * as f from "../facts.js";
import { type Fen, ZERO, addFen, applyRatioHalfUp, maxFen, minFen, subFen } from "../money.js";
import { type Coordinates, cellOf, isGap, lookup } from "../table.js";
import type { PlannedStepOf, Rules, YearState } from "../types.js";
import { fundOf } from "./ratio.js";
import type { Segment, Work } from "./work.js";

/** The year's cap for a person, or null when the city sets none (or it is not known for them). */
export function capOf(cap: Rules["cap"], at: Coordinates): Fen | null {
  if (cap.amount === null) return null;
  const cell = lookup(cap.amount, at);
  return isGap(cell) ? null : cell.value;
}

/** What a year's cap (null: none) leaves after the year's accumulators `state`. */
export function capLeft(cap: Fen | null, state: YearState): Fen | null {
  return cap === null ? null : maxFen(ZERO, subFen(cap, state.fundUsed));
}

/** What is left of the year's cap; null when there is no cap. */
export function capRemaining(cap: Rules["cap"], at: Coordinates, state: YearState): Fen | null {
  return capLeft(capOf(cap, at), state);
}

/** The eligible spending the first tier paid for when its payments stopped at `room`. */
function spendingCovered(segments: readonly Segment[], room: Fen): Fen {
  let paid = ZERO;
  let covered = ZERO;
  for (const s of segments) {
    if (addFen(paid, s.fund) <= room) {
      paid = addFen(paid, s.fund);
      covered = addFen(covered, s.eligible);
      continue;
    }
    // The least spending of this segment whose payment, half-up, reaches what is left of the room.
    const left = subFen(room, paid);
    const need = s.bp === 0 ? s.eligible : Math.min(s.eligible, Math.max(0, Math.ceil((left * 10_000 - 5_000) / s.bp)));
    return addFen(covered, need as Fen);
  }
  return covered;
}

export function cap(w: Work, { rule }: PlannedStepOf<"cap">): void {
  const used = w.before.fundUsed;
  if (rule.sharedWith !== null && w.eligible > 0) w.reasons?.add("CAP_SHARED", rule.sharedWith.cite, rule.sharedWith.name);
  if (rule.amount === null) {
    w.cap = null;
    w.fundPaid = w.fundBeforeCap;
    w.copay = subFen(w.eligible, w.fundBeforeCap);
    w.overCap = ZERO;
    w.fundUsedAfter = addFen(used, w.fundPaid);
    if (w.eligible > 0 && rule.noneCite !== null) w.reasons?.add("CAP_NONE", rule.noneCite);
    return;
  }
  const c = cellOf(rule.amount, w, "cap");
  w.cap = c.value;
  const room = maxFen(ZERO, subFen(c.value, used));
  let counted: Fen;
  /** The eligible spending the first tier did not pay for. */
  let beyond: Fen;
  let within: Fen;
  if (rule.basis === "fund") {
    w.fundPaid = minFen(w.fundBeforeCap, room);
    w.copay = subFen(w.eligible, w.fundBeforeCap);
    w.overCap = subFen(w.fundBeforeCap, w.fundPaid);
    counted = w.fundPaid;
    within = w.overCap > 0 ? spendingCovered(w.segments, room) : w.eligible;
    beyond = subFen(w.eligible, within);
    w.steps?.push({ code: "CAP", values: { basis: f.code("fund"), fund: f.fen(w.fundBeforeCap), cap: f.fen(c.value), used: f.fen(used) }, result: w.fundPaid, cite: c.cite });
  } else {
    within = minFen(w.eligible, room);
    w.fundPaid = fundOf(w.segments, within);
    w.copay = subFen(within, w.fundPaid);
    w.overCap = subFen(w.eligible, within);
    counted = within;
    beyond = w.overCap;
    // Within the cap the spending is paid at its parts' ratios (one part unless a band was crossed).
    const parts = w.segments.length > 1 && within > (w.segments[0]?.eligible ?? ZERO);
    w.steps?.push({
      code: "CAP",
      values: { basis: f.code("eligible"), eligible: f.fen(w.eligible), cap: f.fen(c.value), used: f.fen(used), ratio: f.bp(w.segments[0]?.bp ?? 0), ...(parts ? { parts: f.flag(true) } : {}) },
      result: w.fundPaid,
      cite: c.cite,
    });
  }
  w.fundUsedAfter = addFen(used, counted);
  const tier = rule.secondTier;
  const tierPaid = tier !== null && beyond > 0 ? secondTier(w, tier, rule.basis, within, beyond) : ZERO;
  // Said after the second tier, so that what is over the cap is what the person really bears.
  if (w.eligible > 0 && room === 0) {
    w.reasons?.add("CAP_EXHAUSTED", c.cite, c.value, tierPaid > 0);
  } else if (beyond > 0) {
    w.reasons?.add("CAP_CROSSED", c.cite, c.value, w.overCap);
  }
}

/** The second tier: the spending beyond the first cap at its own ratio, up to its own cap. */
function secondTier(w: Work, tier: NonNullable<Rules["cap"]["secondTier"]>, basis: Rules["cap"]["basis"], within: Fen, beyond: Fen): Fen {
  const ratio = cellOf(tier.ratio, w, "cap");
  const limit = cellOf(tier.amount, w, "cap");
  const used = w.before.secondTierUsed;
  const room = maxFen(ZERO, subFen(limit.value, used));
  const fund1 = w.fundPaid;
  let take: Fen;
  let fund2: Fen;
  let gross: Fen;
  if (basis === "fund") {
    take = beyond;
    gross = applyRatioHalfUp(beyond, ratio.bp);
    fund2 = minFen(gross, room);
    w.secondTierUsedAfter = addFen(used, fund2);
  } else {
    take = minFen(beyond, room);
    gross = applyRatioHalfUp(take, ratio.bp);
    fund2 = gross;
    w.secondTierUsedAfter = addFen(used, take);
  }
  w.fundPaid = addFen(fund1, fund2);
  w.copay = addFen(subFen(within, fund1), subFen(take, gross));
  w.overCap = subFen(subFen(w.eligible, w.copay), w.fundPaid);
  w.steps?.push({
    code: "SECOND_TIER",
    values: { basis: f.code(basis), beyond: f.fen(beyond), ratio: f.bp(ratio.bp), cap: f.fen(limit.value), used: f.fen(used) },
    result: fund2,
    cite: limit.cite,
  });
  w.reasons?.add("SECOND_TIER_PAID", ratio.cite, beyond, ratio.bp, fund2, limit.value);
  return fund2;
}
