import { describe, expect, it } from "vitest";
import { applyRatioHalfUp, formatPercent, formatYuan, parseYuan } from "../../src/core/money.js";

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

  it("rounds half a fen up, where float arithmetic would round it down", () => {
    // 100.10 × 0.55 is 55.054999… in floating point; the rule gives 55.06.
    expect(applyRatioHalfUp(10010, "0.55")).toBe(5506);
    expect(applyRatioHalfUp(1, "0.5")).toBe(1);
    expect(applyRatioHalfUp(1, "0.49")).toBe(0);
    expect(applyRatioHalfUp(50, "0.57")).toBe(29);
  });

  it("shows ratios as percentages", () => {
    expect(formatPercent("0.55")).toBe("55%");
    expect(formatPercent("0.575")).toBe("57.5%");
  });
});
