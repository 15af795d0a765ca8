/** A city whose policy changes: each visit takes the version in force on its date; the year carries on. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { calculate } from "../src/app/calculate.js";
import { calculationJson } from "../src/cli/render/json.js";
import { parsePolicy, shippedPolicyDir } from "../src/policy/load.js";

it("a mid-year change of ratio applies from its date, while the deductible met and the cap used carry over", () => {
  const raw = JSON.parse(readFileSync(join(shippedPolicyDir(), "anshan.json"), "utf8"));
  const first = { ...raw.versions[0], id: "2025a", effectiveTo: "2025-06-30" };
  const second = structuredClone({ ...raw.versions[0], id: "2025b", effectiveFrom: "2025-07-01" });
  second.outpatient.ratios["2"].retired.value = "0.70";
  const policy = parsePolicy({ ...raw, versions: [first, second] }, "test");
  const calc = calculate(
    { policies: [policy] },
    {
      city: "anshan",
      type: "retired",
      visits: [
        { date: "2025-06-30", level: 2, amount: "1200" },
        { date: "2025-07-01", level: 2, amount: "1000" },
      ],
      file: "test",
    },
  );
  const json = calculationJson(calc, "en");
  // 500 deductible, 700 × 60% = 420; then no deductible, 1000 × 70% = 700 under the new version.
  expect(json.visits.map((v) => [v.policyVersion, v.deductible, v.ratio, v.fundPaid])).toEqual([
    ["2025a", "500.00", "0.60", "420.00"],
    ["2025b", "0.00", "0.70", "700.00"],
  ]);
  expect(json.year).toMatchObject({ deductibleMet: "500.00", fundUsed: "1120.00", capRemaining: "1880.00" });
  expect(json.policyVersion).toBe("2025b");
});
