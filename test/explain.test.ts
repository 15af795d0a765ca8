/** `calc --explain` on the real binary: the steps with their formulas, and the warnings that matter. */
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const anshan = ["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01"];

describe("calc --explain", () => {
  it("lists each step with the formula in the actual numbers and its source, in Chinese", () => {
    const run = yibao([...anshan, "--explain"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("计算步骤:");
    expect(run.stdout).toContain("2. 起付线部分:min(1200.00, 500.00 − 0.00) = 500.00");
    expect(run.stdout).toContain("4. 按比例支付:(1200.00 − 500.00) × 60% = 420.00");
    expect(run.stdout).toContain("5. 年度限额:min(420.00, 3000.00 − 0.00) = 420.00");
    expect(run.stdout).toContain("6. 个人支付:1200.00 − 420.00 = 780.00 = 0.00 + 500.00 + 280.00 + 0.00");
    expect(run.stdout).toContain("“二级定点医疗机构:在职职工55%,退休人员60%”");
  });

  it("in English", () => {
    const run = yibao([...anshan, "--explain", "--lang", "en"]);
    expect(run.stdout).toContain("Steps:");
    expect(run.stdout).toContain("4. Fund at the ratio: (1200.00 − 500.00) × 60% = 420.00 (rounded half-up to the fen)");
  });

  it("shows the steps only when asked", () => {
    expect(yibao(anshan).stdout).not.toContain("计算步骤");
    expect(JSON.parse(yibao([...anshan, "--json"]).stdout).visits[0].steps).toBeUndefined();
  });

  it("--json gives the same steps as visits[].steps[], with the cap already used this year", () => {
    const run = yibao([...anshan, "--fund-used", "2900", "--deductible-met", "500", "--explain", "--json"]);
    const steps = JSON.parse(run.stdout).visits[0].steps;
    expect(steps.map((s: { code: string }) => s.code)).toEqual(["IN_POLICY", "DEDUCTIBLE", "ELIGIBLE", "FUND", "CAP", "SELF_PAID"]);
    expect(steps[1]).toMatchObject({ rule: "起付线部分", formula: "min(1200.00, 500.00 − 500.00) = 0.00(按年度,本年已付 500.00)", result: "0.00" });
    expect(steps[4]).toMatchObject({ formula: "min(720.00, 3000.00 − 2900.00) = 100.00", result: "100.00" });
    expect(steps[4].source.quote).toContain("3000元");
  });

  it("explains a visit that is not covered in one step", () => {
    const run = yibao(["calc", "--city", "吕梁", "--type", "在职", "--level", "二类", "--amount", "300", "--date", "2025-03-01", "--place", "临时外出", "--explain", "--json"]);
    expect(JSON.parse(run.stdout).visits[0].steps).toEqual([
      expect.objectContaining({ code: "NOT_COVERED", result: "300.00", source: expect.objectContaining({ quote: expect.stringContaining("临时外出就医人员") }) }),
    ]);
  });
});

describe("warnings where they matter", () => {
  const warnings = (args: string[]) => JSON.parse(yibao([...args, "--json"]).stdout).warnings as { code: string; message: string }[];

  it("a number resting on a reading: Songyuan's yearly deductible (I1)", () => {
    const w = warnings(["calc", "--city", "松原", "--type", "退休", "--level", "2", "--amount", "800", "--date", "2025-03-01"]);
    expect(w.map((x) => x.code)).toContain("INTERPRETED");
    expect(w.find((x) => x.message.includes("I1"))?.message).toContain("解读 I1");
  });

  it("the cap about to run out: 200 of Anshan's 3000 left", () => {
    const w = warnings([...anshan, "--fund-used", "2380"]);
    expect(w).toContainEqual({ code: "CAP_LOW", message: "注意:2025 年度限额只剩 200.00 元(共 3000.00 元),之后的门诊费用统筹基金很快不再支付。" });
  });

  it("no cap warning with most of the cap left, nor once it is used up (the visit says so itself)", () => {
    expect(warnings(anshan).map((x) => x.code)).not.toContain("CAP_LOW");
    expect(warnings([...anshan, "--fund-used", "3000"]).map((x) => x.code)).not.toContain("CAP_LOW");
  });

  it("the date past the last day the source confirms", () => {
    const w = warnings(["calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "1200", "--date", "2026-03-01"]);
    expect(w.map((x) => x.code)).toContain("PAST_CONFIRMED");
  });
});
