/**
 * The ratio (支付比例): the fund pays the eligible part at the ratio for the level, status and age,
 * half-up to the fen. Where the city's ratio changes with the year's eligible spending, a visit that
 * crosses a band is paid in parts, each at its band's ratio; a condition the city names (签约家庭医生)
 * adds points to the ratio or brings a table of its own.
 */
import * as f from "../facts.js";
import { type BasisPoints, type Fen, ZERO, addFen, applyRatioHalfUp, formatRatio, minFen, subFen } from "../money.js";
import { type Table, cellOf } from "../table.js";
import type { ConditionRule, PlannedStepOf, RatioCell } from "../types.js";
import type { Segment, Work } from "./work.js";

const MAX_BP = 10_000;
const NONE: readonly ConditionRule[] = [];

/**
 * The fund ratio of a visit, as the source writes it ("0.55"; a ratio published as the person's share,
 * or with a condition's points added, as the fund's, "0.92") and in basis points; null when no ratio
 * applied. The first part of a visit crossing bands gives it.
 */
export function ratioOf(segments: readonly Segment[]): { readonly value: string; readonly bp: BasisPoints } | null {
  const first = segments[0];
  if (first === undefined) return null;
  return { value: first.bp === first.cell.bp && first.cell.share === "fund" ? first.cell.value : formatRatio(first.bp), bp: first.bp };
}

/** The fund's part of `amount` paid in segments: the first `limit` fen of the eligible spending, each at its ratio. */
export function fundOf(segments: readonly Segment[], limit: Fen): Fen {
  let left = limit;
  let fund = ZERO;
  for (const s of segments) {
    if (left <= 0) break;
    const part = minFen(s.eligible, left);
    fund = addFen(fund, part === s.eligible ? s.fund : applyRatioHalfUp(part, s.bp));
    left = subFen(left, part);
  }
  return fund;
}

export function ratio(w: Work, { rule }: PlannedStepOf<"ratio">): void {
  const held: readonly ConditionRule[] = rule.conditions.length === 0 || w.visit.conditions.length === 0 ? NONE : rule.conditions.filter((c) => w.visit.conditions.includes(c.id));
  // The first condition with a table of its own replaces the ratio table; points of all add up.
  let own: Table<RatioCell> | null = null;
  let points = 0;
  for (const c of held) {
    own ??= c.table;
    points += c.addPoints?.bp ?? 0;
  }
  const base = own ?? rule.table;
  const spent = w.before.eligibleSpent;
  // The eligible spending of this visit, cut where the year's total crosses a band.
  let segments: Segment[] | undefined;
  let from = spent;
  let left = w.eligible;
  for (let i = -1; i < rule.bands.length; i++) {
    // i = -1: the table below the first band (an index read only where there is one).
    const band = i < 0 ? undefined : rule.bands[i];
    const next = i + 1 < rule.bands.length ? rule.bands[i + 1] : undefined;
    const table = band === undefined ? base : band.table;
    const end = next === undefined ? null : next.from;
    if (end !== null && from >= end) continue;
    const part = end === null ? left : minFen(left, subFen(end, from));
    if (part <= 0 && segments !== undefined) break;
    const cell = cellOf(table, w, "ratios");
    const bp = Math.min(MAX_BP, cell.bp + points);
    const segment: Segment = { eligible: part, bp, cell, band: band === undefined ? null : band, fund: applyRatioHalfUp(part, bp) };
    // One part unless a band is crossed: an array of one, grown only then.
    if (segments === undefined) segments = [segment];
    else segments.push(segment);
    from = addFen(from, part);
    left = subFen(left, part);
    if (left <= 0) break;
  }
  const first = segments?.[0];
  if (segments === undefined || first === undefined) throw new Error("a ratio step found no segment");
  w.segments = segments;
  let fund = ZERO;
  for (const s of segments) fund = addFen(fund, s.fund);
  w.fundBeforeCap = fund;
  w.eligibleSpentAfter = addFen(spent, w.eligible);
  for (const s of segments) {
    w.steps?.push({
      code: "FUND",
      values:
        segments.length === 1
          ? { inPolicy: f.fen(w.poolable), deductible: f.fen(w.deductible), eligible: f.fen(w.eligible), ratio: f.bp(s.bp) }
          : { inPolicy: f.fen(w.poolable), deductible: f.fen(w.deductible), eligible: f.fen(w.eligible), ratio: f.bp(s.bp), part: f.fen(s.eligible) },
      result: s.fund,
      cite: s.cell.cite,
    });
  }
  // Why, for people: built only when the caller wants reasons.
  const reasons = w.reasons;
  if (reasons === null || w.eligible <= 0) return;
  for (let i = 0; i < held.length; i++) {
    const c = held[i] as ConditionRule;
    if (c.addPoints === null) reasons.add("RATIO_CONDITION_TABLE", undefined, c.name);
    else reasons.add("RATIO_CONDITION_POINTS", c.addPoints.cite, c.name, c.addPoints.bp);
  }
  if (segments.length === 1) {
    // Most visits: one part, at one ratio.
    if (first.cell.share === "self") reasons.add("RATIO_SELF_SHARE", first.cell.cite, MAX_BP - first.cell.bp, first.cell.bp);
    if (first.band !== null) reasons.add("RATIO_BAND", first.band.cite, first.band.from, spent);
    reasons.add("RATIO_APPLIED", first.cell.cite, w.eligible, first.bp, w.fundBeforeCap, w.level, w.status);
    return;
  }
  for (const s of segments) {
    if (s.cell.share === "self") reasons.add("RATIO_SELF_SHARE", s.cell.cite, MAX_BP - s.cell.bp, s.cell.bp);
  }
  for (const s of segments) reasons.add("RATIO_PART", s.band?.cite ?? s.cell.cite, s.band?.from ?? ZERO, s.eligible, s.bp, s.fund);
}
