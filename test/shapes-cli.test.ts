/**
 * The shapes of the policy language through the real binary, with the example policies of
 * examples/policies/ loaded as a user would load them (--policy-file).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, yibao } from "./helpers.js";

const EXAMPLES = join(ROOT, "examples", "policies");
const example = (id: string) => join(EXAMPLES, `${id}.json`);

/** `calc` for an example city, its file loaded. */
const calc = (id: string, args: readonly string[], input?: string) =>
  yibao(["calc", "--city", id, "--policy-file", example(id), ...args], input === undefined ? {} : { input });

/** Visits as JSON lines for `--input -`. */
const lines = (visits: readonly Record<string, unknown>[]) => visits.map((v) => JSON.stringify(v)).join("\n");

describe("every example policy file", () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")).sort();

  it("is there, one per shape", () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });
  for (const file of files) {
    it(`${file} passes policy validate`, () => {
      const run = yibao(["policy", "validate", join(EXAMPLES, file)]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    });
  }
});

describe("a city's own categories", () => {
  it("refuses 一级/二级/三级 where no category takes them, naming the city's categories (exit 2)", () => {
    for (const lang of ["zh", "en"]) {
      const run = calc("example-status-deductible", ["--type", "在职", "--level", "二级", "--amount", "100", "--date", "2025-03-01", "--lang", lang]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("二级");
      expect(run.stderr).toContain("社区卫生服务机构");
      expect(run.stderr).toContain("医院");
    }
  });

  it("takes the category by its name, alias or id, and reports its place and name", () => {
    for (const [level, place, name] of [
      ["社区", 1, "社区卫生服务机构"],
      ["医院", 2, "医院"],
      ["community", 1, "社区卫生服务机构"],
    ] as const) {
      const run = calc("example-status-deductible", ["--type", "在职", "--level", level, "--amount", "100", "--date", "2025-03-01", "--json"]);
      expect(run.status, level).toBe(0);
      const visit = JSON.parse(run.stdout).visits[0];
      expect([visit.level, visit.levelName]).toEqual([place, name]);
    }
  });

  it("maps the common grades where a category lists them (郑州-like: 一级 → 社区, 二级 and 三级 → 其他; 省三甲 by name only)", () => {
    for (const [level, place] of [
      ["一级", 1],
      ["二级", 2],
      ["三级", 2],
      ["省三甲", 3],
    ] as const) {
      const run = calc("example-day-deductible", ["--type", "在职", "--level", level, "--amount", "100", "--date", "2025-03-01", "--json"]);
      expect(run.status, level).toBe(0);
      expect(JSON.parse(run.stdout).visits[0].level, level).toBe(place);
    }
  });
});

describe("cells no source gives", () => {
  it("a visit that needs a missing cell exits 4 naming the part and the cell", () => {
    const ratio = calc("example-missing-cells", ["--type", "退休", "--level", "3", "--amount", "1000", "--date", "2025-03-01"]);
    expect(ratio.status).toBe(4);
    expect(ratio.stdout).toBe("");
    expect(ratio.stderr).toContain("支付比例");
    expect(ratio.stderr).toContain("三级 · 退休");
    expect(ratio.stderr).toContain("来源未公布退休人员在三级定点医疗机构的支付比例");
    const english = calc("example-missing-cells", ["--type", "retired", "--level", "3", "--amount", "1000", "--date", "2025-03-01", "--lang", "en"]);
    expect(english.status).toBe(4);
    expect(english.stderr).toContain("fund ratios (level 3, retired)");
    const cap = calc("example-missing-cells", ["--type", "退休", "--level", "1", "--amount", "1000", "--date", "2025-03-01"]);
    expect(cap.status).toBe(4);
    expect(cap.stderr).toContain("年度最高支付限额");
    expect(cap.stderr).toContain("来源未公布退休人员的年度最高支付限额");
  });

  it("the cells that are given settle as usual", () => {
    const run = calc("example-missing-cells", ["--type", "在职", "--level", "3", "--amount", "1400", "--date", "2025-03-01", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).visits[0].fundPaid).toBe("500.00");
  });
});

describe("tables by age", () => {
  it("a visit whose table needs the age, given none, exits 2 and says so", () => {
    for (const lang of ["zh", "en"]) {
      const run = calc("example-age-ratios", ["--type", "退休", "--level", "医院", "--amount", "2000", "--date", "2025-03-01", "--lang", lang]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(lang === "zh" ? /年龄/ : /age/);
    }
  });

  it("settles with the age or the birth date from an input file; in service needs neither", () => {
    const run = calc("example-age-ratios", ["--type", "退休", "--input", "-", "--json"], lines([
      { date: "2025-06-14", level: "医院", amount: "2300", birthDate: "1955-06-15" },
      { date: "2025-06-15", level: "医院", amount: "1000", birthDate: "1955-06-15" },
      { date: "2025-07-01", level: "医院", amount: "100", age: 70 },
    ]));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).visits.map((v: { ratio: string }) => v.ratio)).toEqual(["0.85", "0.90", "0.90"]);
    const working = calc("example-age-ratios", ["--type", "在职", "--level", "医院", "--amount", "2800", "--date", "2025-03-01", "--json"]);
    expect(working.status).toBe(0);
    expect(JSON.parse(working.stdout).visits[0].fundPaid).toBe("700.00");
  });
});

describe("a province-wide file (appliesTo)", () => {
  it("is found by any city it lists when loaded with --policy-file", () => {
    for (const name of ["示例东", "示例西市", "990203", "Shilinan"]) {
      const run = yibao(["calc", "--city", name, "--policy-file", example("example-province"), "--type", "在职", "--level", "2", "--amount", "700", "--date", "2025-03-01", "--json"]);
      expect(run.status, name).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.city).toBe("example-province");
      expect(json.visits[0].fundPaid).toBe("300.00");
    }
  });

  it("is not found without the file", () => {
    const run = yibao(["calc", "--city", "示例东", "--type", "在职", "--level", "2", "--amount", "700", "--date", "2025-03-01"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("示例东");
  });
});

describe("no cap", () => {
  it("--json gives capRemaining null for the visit and the year", () => {
    const run = calc("example-no-cap", ["--type", "退休", "--level", "医院", "--amount", "101300", "--date", "2024-05-01", "--json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(run.stdout).toContain('"capRemaining": null');
    expect(json.visits[0].capRemaining).toBeNull();
    expect(json.visits[0].fundPaid).toBe("80000.00");
    expect(json.year.cap).toBeNull();
    expect(json.year.capRemaining).toBeNull();
    expect(json.visits[0].reasons.map((r: { code: string }) => r.code)).toContain("CAP_NONE");
  });
});

describe("conditions of a visit", () => {
  it("are named in an input file by id, name or alias", () => {
    const run = calc("example-conditions", ["--type", "在职", "--input", "-", "--json"], lines([
      { date: "2025-03-01", level: "2", amount: "1200", conditions: ["签约家庭医生"] },
      { date: "2025-03-02", level: "3", amount: "100", conditions: ["转诊"] },
    ]));
    expect(run.status).toBe(0);
    const visits = JSON.parse(run.stdout).visits;
    expect(visits.map((v: { ratio: string; fundPaid: string }) => [v.ratio, v.fundPaid])).toEqual([
      ["0.70", "630.00"],
      ["0.65", "0.00"],
    ]);
  });

  it("an unknown condition is refused, naming the city's", () => {
    const run = calc("example-conditions", ["--type", "在职", "--input", "-"], lines([{ date: "2025-03-01", level: "2", amount: "1200", conditions: ["chronic"] }]));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("chronic");
    expect(run.stderr).toContain("family-doctor");
    expect(run.stderr).toContain("referral");
  });
});

describe("a second tier above the cap", () => {
  it("the reason for reaching the first cap names what the person really bears over it", () => {
    // 1900 of 2000 used: the first tier pays 100 of the 700 the ratio gives; the second tier pays
    // 428.58 of the spending beyond, so nothing of the visit is over the cap (overCap 0.00).
    const run = calc("example-second-tier", ["--type", "在职", "--level", "1", "--amount", "1000", "--date", "2025-05-01", "--deductible-met", "200", "--fund-used", "1900", "--json"]);
    expect(run.status).toBe(0);
    const visit = JSON.parse(run.stdout).visits[0];
    expect([visit.fundPaid, visit.overCap]).toEqual(["528.58", "0.00"]);
    const crossed = visit.reasons.find((r: { code: string }) => r.code === "CAP_CROSSED");
    // Nothing is over the cap for the person: the reason must not say 600 (the first tier's excess) is theirs.
    expect(crossed?.message).toContain("超出的部分由第二档支付");
    expect(crossed?.message).not.toContain("600.00");
  });
});

describe("a cap on eligible spending with ratio bands", () => {
  it("--explain's cap step adds up when the spending within the cap spans two bands", () => {
    // The 镇江-like example with a 天津-like band added: 6000 eligible, 5500 × 70% + 500 × 55% = 4125.
    const dir = mkdtempSync(join(tmpdir(), "yibao-shapes-"));
    mkdirSync(join(dir, "sources"));
    copyFileSync(join(EXAMPLES, "sources", "example-eligible-cap.txt"), join(dir, "sources", "example-eligible-cap.txt"));
    const policy = JSON.parse(readFileSync(example("example-eligible-cap"), "utf8"));
    policy.interpretations = { I1: { zh: "测试用的分段。", en: "A band for the test." } };
    policy.versions[0].outpatient.ratioBands = [{ from: { value: "5500", interpretation: "I1" }, ratio: { value: "0.55", interpretation: "I1" } }];
    const file = join(dir, "example-eligible-cap.json");
    writeFileSync(file, JSON.stringify(policy));
    const run = yibao(["calc", "--city", "example-eligible-cap", "--policy-file", file, "--type", "在职", "--level", "1", "--amount", "6700", "--date", "2025-03-01", "--json", "--explain"]);
    expect(run.status).toBe(0);
    const visit = JSON.parse(run.stdout).visits[0];
    expect(visit.fundPaid).toBe("4125.00");
    // Each part at its own ratio, in the fund steps; the cap step names the limit and the total, with no single ratio.
    const fund = visit.steps.filter((s: { code: string }) => s.code === "FUND").map((s: { formula: string }) => s.formula);
    expect(fund).toEqual([expect.stringContaining("5500.00 × 70% = 3850.00"), expect.stringContaining("500.00 × 55% = 275.00")]);
    const cap = visit.steps.find((s: { code: string }) => s.code === "CAP");
    expect(cap.formula).toContain("min(6000.00, 10000.00 − 0.00)");
    expect(cap.formula).toContain("= 4125.00");
    expect(cap.formula).not.toMatch(/× \d+%/);
  });
});

describe("a version without a published start", () => {
  it("a date after its end is refused with the versions on file, written without an undefined start", () => {
    // The 江西-like example with only its first version (no effectiveFrom, effectiveTo 2025-06-30).
    const dir = mkdtempSync(join(tmpdir(), "yibao-shapes-"));
    mkdirSync(join(dir, "sources"));
    copyFileSync(join(EXAMPLES, "sources", "example-two-versions.txt"), join(dir, "sources", "example-two-versions.txt"));
    const policy = JSON.parse(readFileSync(example("example-two-versions"), "utf8"));
    policy.versions = policy.versions.slice(0, 1);
    const file = join(dir, "example-two-versions.json");
    writeFileSync(file, JSON.stringify(policy));
    expect(yibao(["policy", "validate", file]).status).toBe(0);
    for (const lang of ["zh", "en"]) {
      const run = yibao(["calc", "--city", "example-two-versions", "--policy-file", file, "--type", "在职", "--level", "1", "--amount", "100", "--date", "2025-08-01", "--lang", lang]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain("2025-06-30");
      expect(run.stderr).not.toContain("undefined");
    }
  });
});
