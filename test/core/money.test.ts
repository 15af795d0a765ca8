import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { applyRatioHalfUp, formatPercent, formatYuan, parseRatio, parseYuan } from "../../src/core/money.js";

describe("money in fen", () => {
  it("parses yuan strings without a float", () => {
    expect(parseYuan("0")).toBe(0);
    expect(parseYuan("12")).toBe(1200);
    expect(parseYuan("12.3")).toBe(1230);
    expect(parseYuan("12.34")).toBe(1234);
    expect(parseYuan(" 600.10 ")).toBe(60010);
  });

  it("refuses negatives, three decimals, signs, exponents and words", () => {
    for (const bad of ["-1", "1.005", "+1", "1e3", "abc", "", ".5", "1.", "1,000"]) expect(parseYuan(bad), bad).toBeUndefined();
  });

  it("refuses amounts above 100 million yuan", () => {
    expect(parseYuan("100000000")).toBe(10_000_000_000);
    expect(parseYuan("100000000.01")).toBeUndefined();
  });

  it("formats fen with exactly two decimals", () => {
    expect(formatYuan(0)).toBe("0.00");
    expect(formatYuan(1)).toBe("0.01");
    expect(formatYuan(10)).toBe("0.10");
    expect(formatYuan(123456)).toBe("1234.56");
  });

  it("parses ratios into basis points", () => {
    expect(parseRatio("0.55")).toBe(5500);
    expect(parseRatio("0.5")).toBe(5000);
    expect(parseRatio("0.5755")).toBe(5755);
    expect(parseRatio("1")).toBe(10000);
    for (const bad of ["1.1", "0.55555", "-0.5", "55%", ".5"]) expect(parseRatio(bad), bad).toBeUndefined();
  });

  it("rounds half a fen up, where float arithmetic would round it down", () => {
    // 100.10 × 0.55 is 55.054999… in floating point; the rule gives 55.06.
    expect(applyRatioHalfUp(10010, 5500)).toBe(5506);
    expect(applyRatioHalfUp(1, 5000)).toBe(1);
    expect(applyRatioHalfUp(1, 4900)).toBe(0);
    expect(applyRatioHalfUp(50, 5700)).toBe(29);
    expect(applyRatioHalfUp(10_000_000_000, 10_000)).toBe(10_000_000_000);
  });

  it("gives exactly what decimal.js gives with ROUND_HALF_UP, for any amount and ratio", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (fen, bp) => {
        const reference = new Decimal(fen).times(new Decimal(bp).div(10_000)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
        expect(applyRatioHalfUp(fen, bp)).toBe(reference);
      }),
      { numRuns: 5000 },
    );
  });

  it("shows ratios as percentages", () => {
    expect(formatPercent(5500)).toBe("55%");
    expect(formatPercent(5750)).toBe("57.5%");
    expect(formatPercent(5755)).toBe("57.55%");
    expect(formatPercent(10000)).toBe("100%");
  });
});
