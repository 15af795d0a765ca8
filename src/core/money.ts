/**
 * Money is held as integer fen (分), ratios as integer basis points (万分之一). Yuan strings are
 * parsed and printed without ever passing through a float; the one multiplication by a ratio happens
 * in `applyRatioHalfUp`, the single place where rounding (四舍五入到分) takes place.
 */

declare const fenBrand: unique symbol;

/**
 * An amount in fen (分), always a safe integer. Branded, so that a plain number (a count, a ratio, a
 * yuan figure) cannot pass as money: amounts come from `parseYuan`, `fen()` or arithmetic on fen
 * through the helpers below.
 */
export type Fen = number & { readonly [fenBrand]: "fen" };

/** Declares a whole number of fen as money. */
export const fen = (n: number): Fen => n as Fen;
export const ZERO: Fen = fen(0);
/** a + b in fen. */
export const addFen = (a: Fen, b: Fen): Fen => fen(a + b);
/** The sum of a list of amounts in fen (a loop: no spread, whatever the length). */
export function sumFen(parts: readonly Fen[]): Fen {
  let sum = 0;
  for (const p of parts) sum += p;
  return fen(sum);
}
/** a − b in fen (may be negative only where the caller allows it). */
export const subFen = (a: Fen, b: Fen): Fen => fen(a - b);

/** A ratio in basis points: 0.55 is 5500. */
export type BasisPoints = number;

/** Largest amount accepted anywhere: 100 million yuan, so fen × basis points stays a safe integer. */
export const MAX_FEN = 10_000_000_000 as Fen;

const YUAN_PATTERN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** Parses a non-negative yuan string with at most two decimals ("12", "12.3", "12.34"). */
export function parseYuan(text: string): Fen | undefined {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const total = Number(whole) * 100 + Number(fraction);
  return total <= MAX_FEN ? fen(total) : undefined;
}

/** The fen of a yuan amount as its two decimals, "00" to "99", made once. */
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** Formats fen as a yuan string with exactly two decimals. */
export function formatYuan(amount: Fen): string {
  if (amount === 0) return "0.00";
  const abs = Math.abs(amount);
  return `${amount < 0 ? "-" : ""}${Math.trunc(abs / 100)}.${CENTS[abs % 100] as string}`;
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
export function applyRatioHalfUp(amount: Fen, ratio: BasisPoints): Fen {
  return fen(Math.floor((amount * ratio + 5_000) / 10_000));
}

/** A ratio as a percentage string for people: 5500 → "55%", 5750 → "57.5%". */
export function formatPercent(ratio: BasisPoints): string {
  const whole = Math.trunc(ratio / 100);
  const fraction = String(ratio % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? `${whole}%` : `${whole}.${fraction}%`;
}

/** A ratio as a decimal string for scripts, with two places at least: 6000 → "0.60", 5550 → "0.555". */
export function formatRatio(ratio: BasisPoints): string {
  let fraction = String(ratio % 10_000).padStart(4, "0");
  while (fraction.length > 2 && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return `${Math.trunc(ratio / 10_000)}.${fraction}`;
}

export const minFen = (a: Fen, b: Fen): Fen => (a < b ? a : b);
export const maxFen = (a: Fen, b: Fen): Fen => (a > b ? a : b);
