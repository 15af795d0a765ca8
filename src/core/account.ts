/**
 * What goes into a personal account (个人账户) each month. Pure: the rule comes compiled from the
 * policy files; the base is the person's.
 */
import { type BasisPoints, type Fen, ZERO, applyRatioHalfUp } from "./money.js";
import type { Citation } from "./types.js";

/** 在职, 退休, 灵活就业. */
export type MemberKind = "in-service" | "retired" | "flexible";

/** 统账结合 (pooling and a personal account) or 单建统筹 (pooling only). */
export type Plan = "combined" | "pooling-only";

export type Credit =
  /** No personal account; `pooling` cites that outpatient pooling still applies, when a source says so. */
  | { readonly kind: "none"; readonly cite: Citation; readonly pooling: Citation | null }
  /** A share of a monthly base: the person's contribution base, or an amount the source names. */
  | {
      readonly kind: "base-share";
      readonly share: string;
      readonly bp: BasisPoints;
      readonly base: { readonly zh: string; readonly en: string };
      readonly cite: Citation;
    }
  | { readonly kind: "fixed-monthly"; readonly monthly: Fen; readonly cite: Citation }
  /** The source says how the account is credited but gives no amount. */
  | { readonly kind: "not-given"; readonly note: { readonly zh: string; readonly en: string }; readonly cite: Citation }
  /** No source says anything for this kind of member. */
  | { readonly kind: "unstated" };

/** The monthly credit, or null when it cannot be known (no amount in the source, or no base given). */
export function monthlyCredit(credit: Credit, base: Fen | null): Fen | null {
  switch (credit.kind) {
    case "none":
      return ZERO;
    case "base-share":
      // 2% of a base in yuan and fen, rounded half-up to the fen like every amount yibao computes.
      return base === null ? null : applyRatioHalfUp(base, credit.bp);
    case "fixed-monthly":
      return credit.monthly;
    case "not-given":
    case "unstated":
      return null;
  }
}

export const MONTHS_PER_YEAR = 12;
