/** The real binary, as a user meets it. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const anshanRetired = ["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--date", "2025-03-01"];

describe("calc: the default table", () => {
  it("shows the split of a retired level-2 visit in Chinese with the policy source", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/统筹基金支付\s*│\s*420\.00/);
    expect(run.stdout).toMatch(/个人支付\s*│\s*780\.00/);
    expect(run.stdout).toMatch(/按比例自付\s*│\s*280\.00/);
    expect(run.stdout).toMatch(/剩余限额\s*│\s*2580\.00/);
    expect(run.stdout).toContain("700.00 × 60% = 420.00");
    expect(run.stdout).toContain("“起付标准:一级及以下300元,二级500元,三级及以上700元”");
    expect(run.stdout).toContain("版本 2025");
  });

  it("speaks English with --lang en", () => {
    const run = yibao([...anshanRetired, "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Fund pays\s*│\s*420\.00/);
    expect(run.stdout).toMatch(/You pay\s*│\s*780\.00/);
    expect(run.stdout).not.toMatch(/统筹基金支付/);
  });

  it("has no colour codes under NO_COLOR, and colour when forced", () => {
    expect(yibao(anshanRetired).stdout).not.toContain("\u001b[");
    expect(yibao(anshanRetired, { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout).toContain("\u001b[");
  });

  it("knows Lüliang however ü is typed", () => {
    for (const name of ["Lüliang", "lvliang", "Luliang", "吕梁"]) {
      const run = yibao(["calc", "--city", name, "--type", "在职", "--level", "二类", "--amount", "100", "--date", "2025-03-01", "--json"]);
      expect(JSON.parse(run.stdout).city, name).toBe("lvliang");
    }
  });

  it("shows the Lüliang fee class and the interpretation when a plain number is given", () => {
    const run = yibao(["calc", "--city", "吕梁市", "--type", "在职", "--level", "1", "--amount", "100", "--date", "2025-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("三类收费价格及以下");
    expect(run.stdout).toContain("解读 I4");
  });

  it("warns when the date is past the last day the source confirms", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--date", "2026-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("只确认了到 2025-12-31");
  });

  it("defaults the date to today in China", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--json"], { env: { YIBAO_TODAY: "2025-07-15" } });
    expect(JSON.parse(run.stdout).visits[0].date).toBe("2025-07-15");
  });
});

describe("calc --json: the contract for scripts", () => {
  it("prints one object with money as two-decimal strings", () => {
    const run = yibao([...anshanRetired, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      city: "anshan",
      cityName: "鞍山市",
      type: "retired",
      policyVersion: "2025",
      year: { deductibleMet: "500.00", fundUsed: "420.00", capRemaining: "2580.00" },
      totals: { amount: "1200.00", fundPaid: "420.00", selfPaid: "780.00" },
    });
    expect(out.visits[0]).toMatchObject({
      date: "2025-03-01",
      level: 2,
      facility: "hospital",
      amount: "1200.00",
      excluded: "0.00",
      inPolicy: "1200.00",
      deductible: "500.00",
      eligible: "700.00",
      ratio: "0.60",
      fundPaid: "420.00",
      selfPaid: "780.00",
      copay: "280.00",
      overCap: "0.00",
      covered: true,
    });
    expect(out.visits[0].reasons.map((r: { code: string }) => r.code)).toEqual(["DEDUCTIBLE_PART", "DEDUCTIBLE_SHARED_READING", "RATIO_APPLIED"]);
    expect(out.visits[0].reasons[1].source.interpretation).toBe("I2");
    expect(out.visits[0].reasons[0].source.quote).toContain("二级500元");
  });

  it("keeps a visit that is not covered, with fundPaid 0.00 and a readable reason", () => {
    const run = yibao([...anshanRetired, "--no-designated", "--json", "--lang", "en"]);
    const visit = JSON.parse(run.stdout).visits[0];
    expect(visit).toMatchObject({ covered: false, fundPaid: "0.00", selfPaid: "1200.00", excluded: "0.00", uncovered: "1200.00", ratio: null });
    expect(visit.reasons[0].code).toBe("NOT_DESIGNATED");
    expect(visit.reasons[0].message).toMatch(/designated/);
  });

  it("has no colour codes even when colour is forced", () => {
    expect(yibao([...anshanRetired, "--json"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout).not.toContain("\u001b[");
  });
});

describe("calc --input: a person's visits over one or more years", () => {
  const dir = mkdtempSync(join(tmpdir(), "yibao-cli-"));
  const visits = [
    { date: "2025-12-30", level: 2, amount: "1000" },
    { date: "2026-01-02", level: "二级", amount: 1000 },
  ];

  it("reads a JSON array file and resets on 1 January", () => {
    const file = join(dir, "visits.json");
    writeFileSync(file, JSON.stringify(visits));
    const out = JSON.parse(yibao(["calc", "--city", "anshan", "--type", "retired", "--input", file, "--json"]).stdout);
    expect(out.visits.map((v: { fundPaid: string }) => v.fundPaid)).toEqual(["300.00", "300.00"]);
    expect(out.years.map((y: { year: number; capRemaining: string }) => [y.year, y.capRemaining])).toEqual([
      [2025, "2700.00"],
      [2026, "2700.00"],
    ]);
    expect(out.totals).toEqual({ amount: "2000.00", fundPaid: "600.00", selfPaid: "1400.00", accountPaid: "0.00", familyPaid: "0.00", cashPaid: "1400.00" });
  });

  it("reads JSON Lines from standard input with -, skipping blank lines", () => {
    const input = `${JSON.stringify(visits[0])}\n\n${JSON.stringify(visits[1])}\n`;
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-", "--json"], { input });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).visits).toHaveLength(2);
  });

  it("prints a table per visit and the totals of each year", () => {
    const input = visits.map((v) => JSON.stringify(v)).join("\n");
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input });
    expect(run.stdout).toContain("就诊 2");
    expect(run.stdout).toContain("2025 年度合计");
    expect(run.stdout).toContain("2026 年度合计");
  });

  it("names the line of a broken JSON Lines input", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input: `${JSON.stringify(visits[0])}\n{oops\n` });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("第 2 行第 2 列不是有效的 JSON");
  });

  it("names the visit and field of a bad value in the file", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-", "--lang", "en"], {
      input: `${JSON.stringify(visits[0])}\n${JSON.stringify({ date: "2025-02-30", level: 2, amount: "1" })}\n`,
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('visit 2: "2025-02-30" for field "date" is not a day that exists');
  });

  it("refuses a misspelt field rather than ignoring it", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input: '{"date":"2025-03-01","level":2,"amout":"1"}' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/amout|amount/);
  });

  it("cannot be mixed with --amount", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-", "--amount", "5"], { input: "[]" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不能同时使用");
  });

  it("reports a missing file with exit code 3", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", join(dir, "nope.json")]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("ENOENT");
  });
});

describe("bad input gets a clear answer and a documented exit code, never a stack trace", () => {
  const cases: { name: string; args: string[]; status: number; says: RegExp }[] = [
    // Every city on file, by id and short name (the list grows with each city shipped).
    { name: "an unknown city lists the cities", args: ["calc", "--city", "锦州", "--type", "在职", "--level", "2", "--amount", "1"], status: 2, says: /anshan \(鞍山\), .*changsha \(长沙\), .*tongliao \(通辽\)/ },
    { name: "an unknown status lists what is accepted", args: ["calc", "--city", "anshan", "--type", "student", "--level", "2", "--amount", "1"], status: 2, says: /在职, 退休, in-service, retired/ },
    { name: "an unknown level lists the city's names", args: ["calc", "--city", "lvliang", "--type", "在职", "--level", "四类", "--amount", "1"], status: 2, says: /二类/ },
    { name: "a negative amount", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "-5"], status: 2, says: /--amount/ },
    { name: "three decimals", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "1.005"], status: 2, says: /最多两位小数/ },
    { name: "excluded above the amount", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "100", "--excluded", "100.01"], status: 2, says: /超过了总费用/ },
    { name: "a date that does not exist", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "1", "--date", "2025-02-29"], status: 2, says: /YYYY-MM-DD/ },
    { name: "a date before any version", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "1", "--date", "2024-12-31"], status: 4, says: /没有生效的政策版本.*\n.*2025-01-01 起/ },
    { name: "Tongliao, whose local parameters no source publishes", args: ["calc", "--city", "通辽", "--type", "在职", "--level", "2", "--amount", "100", "--date", "2025-03-01"], status: 4, says: /缺少起付标准、支付比例、年度最高支付限额,来源材料中没有公布/ },
    { name: "a missing option", args: ["calc", "--city", "anshan", "--type", "在职", "--level", "2"], status: 2, says: /缺少 --amount/ },
    { name: "an unknown option, with a suggestion", args: ["calc", "--citi", "anshan"], status: 2, says: /不认识的选项 --citi。你是想用 --city 吗/ },
    { name: "an unknown command", args: ["frobnicate"], status: 2, says: /不认识的命令 frobnicate/ },
    { name: "an unknown language", args: ["calc", "--lang", "fr"], status: 2, says: /--lang 的值 "fr" 无效。\n提示: 可用的值:zh, en/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const run = yibao(c.args);
      expect(run.status).toBe(c.status);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(c.says);
      expect(run.stderr).toMatch(/^错误: .*\n提示: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("in English with --lang en", () => {
    const run = yibao(["calc", "--city", "Jinzhou", "--type", "retired", "--level", "2", "--amount", "1", "--lang", "en"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Error: Unknown city "Jinzhou"\.\nHint: Cities available: anshan/);
  });

  it("a broken policy file names every problem with its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-bad-policy-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ id: "Bad City", versions: [] }));
    const run = yibao(["calc", "--city", "anshan", "--type", "在职", "--level", "2", "--amount", "1", "--policy-file", file]);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain("不符合格式");
    expect(run.stderr).toMatch(/\n  id: /);
    expect(run.stderr).toMatch(/\n  versions: /);
  });
});

describe("a policy file supplied by the user", () => {
  it("can give Tongliao the parameters its source lacks", () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-user-policy-"));
    const file = join(dir, "tongliao.json");
    const src = { ref: "local", quote: "示例文件:起付标准 200 元" };
    const money = (value: string) => ({ value, source: src });
    const policy = {
      id: "tongliao",
      name: { zh: "通辽市", short: "通辽", pinyin: "Tongliao" },
      province: { zh: "内蒙古自治区", en: "Inner Mongolia", code: "150000" },
      adminCode: "150500",
      scheme: "employee-general-outpatient",
      sources: { local: { title: "用户提供的测试文件" } },
      versions: [
        {
          id: "test",
          effectiveFrom: "2025-01-01",
          source: src,
          levels: { names: { 1: { zh: "一级", en: "level 1" }, 2: { zh: "二级", en: "level 2" }, 3: { zh: "三级", en: "level 3" } } },
          pharmacy: { covered: true, requiresPrescription: false, source: src },
          designation: { required: true, emergencyException: false, source: src },
          outpatient: {
            deductible: { period: money("year"), accumulator: money("shared"), byLevel: { 1: money("200"), 2: money("200"), 3: money("200") } },
            ratios: { 1: { "in-service": money("0.5"), retired: money("0.6") }, 2: { "in-service": money("0.5"), retired: money("0.6") }, 3: { "in-service": money("0.5"), retired: money("0.6") } },
            cap: { basis: "fund", byStatus: { "in-service": money("1000"), retired: money("1000") } },
          },
          missing: [
            { field: "account", note: { zh: "测试文件不含个人账户规定。", en: "The test file has no account rules." } },
            { field: "family", note: { zh: "测试文件不含家庭共济规定。", en: "The test file has no family-aid rules." } },
            { field: "crossRegion", note: { zh: "测试文件不含异地就医规定。", en: "The test file has no rules for visits elsewhere." } },
          ],
        },
      ],
    };
    writeFileSync(file, JSON.stringify(policy));
    const run = yibao(["calc", "--city", "通辽", "--type", "退休", "--level", "2", "--amount", "300", "--date", "2025-03-01", "--policy-file", file, "--json"]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).visits[0]).toMatchObject({ deductible: "200.00", fundPaid: "60.00", selfPaid: "240.00" });
  });
});

describe("conventions", () => {
  it("--help shows the options and examples", () => {
    const run = yibao(["calc", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--deductible-met");
    expect(run.stdout).toContain("示例");
  });

  it("--help in English", () => {
    const run = yibao(["--help", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Exit codes");
  });

  it("--version prints the package version", () => {
    const run = yibao(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
