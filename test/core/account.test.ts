/** Monthly credits to the personal account. */
import { describe, expect, it } from "vitest";
import { type Credit, monthlyCredit } from "../../src/core/account.js";

const cite = { ref: "002", document: "d", quote: "q" };

describe("monthly credit", () => {
  const share: Credit = { kind: "base-share", share: "0.02", bp: 200, base: { zh: "本人参保缴费基数", en: "base" }, cite };

  it("2% of 6000.50 is 120.01 (half-up to the fen)", () => {
    expect(monthlyCredit(share, 600_050)).toBe(12_001);
  });

  it("2% of 0.25 is half a fen and rounds up to 0.01", () => {
    expect(monthlyCredit(share, 25)).toBe(1);
  });

  it("is unknown without a base, without an amount in the source, and where no source says", () => {
    expect(monthlyCredit(share, null)).toBeNull();
    expect(monthlyCredit({ kind: "not-given", note: { zh: "z", en: "e" }, cite }, 600_000)).toBeNull();
    expect(monthlyCredit({ kind: "unstated" }, 600_000)).toBeNull();
  });

  it("is the fixed amount, or nothing without an account", () => {
    expect(monthlyCredit({ kind: "fixed-monthly", monthly: 8_500, cite }, null)).toBe(8_500);
    expect(monthlyCredit({ kind: "none", cite, pooling: null }, 600_000)).toBe(0);
  });
});
