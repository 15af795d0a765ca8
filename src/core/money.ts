/**
 * Money is held as integer fen (分), ratios as integer basis points (万分之一). Yuan strings are
 * parsed and printed without ever passing through a float; the one multiplication by a ratio happens
 * in `applyRatioHalfUp`, the single place where rounding (四舍五入到分) takes place.
 */

/** An amount in fen, always a safe integer. */
export type Fen = number;

/** A ratio in basis points: 0.55 is 5500. */
export type BasisPoints = number;

/** Largest amount accepted anywhere: 100 million yuan, so fen × basis points stays a safe integer. */
export const MAX_FEN: Fen = 10_000_000_000;

const YUAN_PATTERN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** Parses a non-negative yuan string with at most two decimals ("12", "12.3", "12.34"). */
export function parseYuan(text: string): Fen | undefined {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const fen = Number(whole) * 100 + Number(fraction);
  return fen <= MAX_FEN ? fen : undefined;
}

/** Formats fen as a yuan string with exactly two decimals. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${whole}.${cents < 10 ? "0" : ""}${cents}`;
}

/** Ratio written as a decimal string with at most four places, e.g. "0.55". */
export const RATIO_PATTERN = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;

/** "0.55" → 5500. Undefined for anything that is not a ratio between 0 and 1 with at most four places. */
export function parseRatio(text: string): BasisPoints | undefined {
  if (!RATIO_PATTERN.test(text)) return undefined;
  const [whole = "0", fraction = ""] = text.split(".");
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, "0"));
}

/**
 * fen × ratio, rounded half-up to the fen (四舍五入到分). The one rounding in the settlement.
 * Exact: both factors are integers and their product stays below 2^53.
 */
export function applyRatioHalfUp(fen: Fen, ratio: BasisPoints): Fen {
  return Math.floor((fen * ratio + 5_000) / 10_000);
}

/** A ratio as a percentage string for people: 5500 → "55%", 5750 → "57.5%". */
export function formatPercent(ratio: BasisPoints): string {
  const whole = Math.trunc(ratio / 100);
  const fraction = String(ratio % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? `${whole}%` : `${whole}.${fraction}%`;
}

export const minFen = (a: Fen, b: Fen): Fen => (a < b ? a : b);
export const maxFen = (a: Fen, b: Fen): Fen => (a > b ? a : b);
