/** `yibao compare`: the same bill in every city, ranked, with exact values for the seed cities. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const json = (args: string[], input?: string) => {
  const run = yibao([...args, "--json"], input === undefined ? {} : { input });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
};
const brief = (rows: { city: string; fundPaid: string; selfPaid: string; differenceToBest: string }[]) =>
  rows.map((r) => [r.city, r.fundPaid, r.selfPaid, r.differenceToBest]);

describe("compare one bill", () => {
  it("1200 at level 2, retired, in the cities of the seeds and of 贵州, 山东, 湖南, 江西, 安徽: 贵阳 1050 × 75% = 787.50, Lüliang 1150 × 60% = 690 …; Tongliao not compared", () => {
    const cities = "anshan,lvliang,songyuan,tongliao,guiyang,tengzhou,changsha,jiangxi,hefei,liupanshui";
    const out = json(["compare", "--amount", "1200", "--level", "二级", "--type", "退休", "--date", "2025-03-01", "--cities", cities]);
    expect(brief(out.rows)).toEqual([
      // 贵阳: 1050 × 75%; 六盘水: 1050 × 65% (I1); 滕州: 800 × 75%; 长沙: 1000 × 60%; 江西 (from 1 July 2023): 900 × 65%; 合肥: 800 × 60% (I2).
      ["guiyang", "787.50", "412.50", "0.00"],
      ["lvliang", "690.00", "510.00", "97.50"],
      ["liupanshui", "682.50", "517.50", "105.00"],
      ["changsha", "600.00", "600.00", "187.50"],
      ["tengzhou", "600.00", "600.00", "187.50"],
      ["jiangxi", "585.00", "615.00", "202.50"],
      ["songyuan", "540.00", "660.00", "247.50"],
      ["hefei", "480.00", "720.00", "307.50"],
      ["anshan", "420.00", "780.00", "367.50"],
    ]);
    expect(out.rows[1]).toMatchObject({ levelName: "二类收费价格", levelInterpretation: "I4", type: "retired", amount: "1200.00", policyVersion: "2023" });
    expect(out.rows[3].levelInterpretation).toBeUndefined();
  });

  it("1200 at level 2, retired, in the seed cities and those of 辽宁 and 内蒙古 with their own categories: Shenyang 1000 × 70% = 700, Lüliang 1150 × 60% = 690, Songyuan 900 × 60% = 540, Anshan 700 × 60% = 420, Hohhot 200 × 85% = 170, Wuhai 200 × 65% = 130", () => {
    const cities = "anshan,lvliang,songyuan,tongliao,shenyang,huhehaote,wuhai";
    const out = json(["compare", "--amount", "1200", "--level", "二级", "--type", "退休", "--date", "2025-03-01", "--cities", cities]);
    expect(brief(out.rows)).toEqual([
      ["shenyang", "700.00", "500.00", "0.00"],
      ["lvliang", "690.00", "510.00", "10.00"],
      ["songyuan", "540.00", "660.00", "160.00"],
      ["anshan", "420.00", "780.00", "280.00"],
      ["huhehaote", "170.00", "1030.00", "530.00"],
      ["wuhai", "130.00", "1070.00", "570.00"],
    ]);
    expect(out.skipped).toEqual([expect.objectContaining({ city: "tongliao", reason: "missing", fields: ["deductible", "ratios", "cap"] })]);
  });

  it("every level and both statuses when not fixed, each group ranked on its own", () => {
    // An age, for the cities that set a value by age (天津's retirees' deductible).
    const out = json(["compare", "--amount", "1200", "--date", "2025-03-01", "--age", "65"]);
    // Every city compared (通辽 has no parameters), each at levels 1 to 3 read within its own categories.
    const n = new Set(out.rows.map((r: { city: string }) => r.city)).size;
    expect(out.rows).toHaveLength(n * 3 * 2);
    // The rows come level by level (1, 2, 3 as asked, each city reading it within its own categories:
    // 呼和浩特's level 2 is its 二级及以下, rank 1), in service then retired, one row per city in each.
    const groups = Array.from({ length: 6 }, (_, i) => out.rows.slice(i * n, i * n + n) as { type: string; differenceToBest: string }[]);
    expect(groups.map((g) => g[0]?.type)).toEqual(["in-service", "retired", "in-service", "retired", "in-service", "retired"]);
    for (const group of groups) {
      const diffs = group.map((r) => r.differenceToBest);
      expect(new Set(group.map((r) => r.type)).size).toBe(1);
      expect(diffs[0]).toBe("0.00");
      expect(diffs.map(Number)).toEqual([...diffs.map(Number)].sort((a, b) => a - b));
    }
  });

  it("a city that needs an age is listed as not compared once, not once for each level asked", () => {
    const run = yibao(["compare", "--amount", "3000", "--date", "2025-06-01", "--cities", "天津,鞍山", "--json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.skipped).toEqual([{ city: "tianjin", cityName: "天津市", reason: "age", fields: ["deductible"], message: "起付标准按年龄区分,请用 --age 或 --birth-date 给出年龄" }]);
    expect(json.rows.filter((r: { city: string }) => r.city === "tianjin")).toHaveLength(3);
  });

  it("a city named but without parameters is listed as not compared, and a policy file brings it in", () => {
    const table = yibao(["compare", "--amount", "800", "--level", "2", "--type", "在职", "--cities", "鞍山,通辽", "--date", "2025-03-01"]);
    expect(table.stdout).toContain("未比较:通辽市(来源未公布起付标准、支付比例、年度最高支付限额,可用 --policy-file 提供)");
    const file = fileURLToPath(new URL("fixtures/tongliao-test.json", import.meta.url));
    const out = json(["compare", "--amount", "800", "--level", "2", "--type", "在职", "--cities", "鞍山,通辽", "--date", "2025-03-01", "--policy-file", file]);
    // Tongliao (test values): 300 deductible, 500 × 55% = 275; Anshan: 500 deductible, 300 × 55% = 165.
    expect(brief(out.rows)).toEqual([
      ["tongliao", "275.00", "525.00", "0.00"],
      ["anshan", "165.00", "635.00", "110.00"],
    ]);
    expect(out.skipped).toEqual([]);
  });

  it("--json gives the inputs as read, money with two decimals, and the cities skipped", () => {
    const out = json(["compare", "--amount", "800", "--excluded", "100", "--level", "二级", "--type", "在职", "--cities", "通辽,鞍山", "--date", "2025-03-01"]);
    expect(out).toMatchObject({ date: "2025-03-01", amount: "800.00", excluded: "100.00", level: "二级", type: "in-service", cities: ["tongliao", "anshan"] });
    // Anshan: 100 outside the catalogues, 500 deductible, 200 × 55% = 110.
    expect(brief(out.rows)).toEqual([["anshan", "110.00", "690.00", "0.00"]]);
    expect(out.skipped).toHaveLength(1);
  });

  it("fails when no city at all could be compared: one city with its own error, several with each reason", () => {
    const one = yibao(["compare", "--amount", "800", "--cities", "通辽", "--date", "2025-03-01", "--json"]);
    expect(one.status).toBe(4);
    expect(one.stdout).toBe("");
    expect(one.stderr).toContain("缺少起付标准");
    // Cities whose first version has a published start (长沙, 合肥 and 六盘水 hold for every date).
    const all = yibao(["--lang", "en", "compare", "--amount", "800", "--cities", "鞍山,吕梁,松原,通辽,江西", "--date", "1900-01-01"]);
    expect(all.status).toBe(4);
    expect(all.stdout).toBe("");
    expect(all.stderr).toContain("No city could be compared on 1900-01-01: anshan (no policy version in force on the date); lvliang");
    expect(all.stderr).toContain("yibao policy list");
  });

  it("a level name one city does not know is an error naming the city", () => {
    const run = yibao(["compare", "--amount", "800", "--level", "二类", "--type", "在职", "--date", "2025-03-01"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("鞍山市:");
    expect(run.stderr).toContain("二类");
  });

  it("a bad amount is answered once, not as one city's problem", () => {
    const run = yibao(["compare", "--amount", "abc"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--amount 的值 "abc" 无效');
    expect(run.stderr).not.toContain("市:");
    const over = yibao(["compare", "--amount", "100", "--excluded", "200", "--date", "2025-03-01"]);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain("错误: 目录外费用 200 元超过了总费用 100 元。");
  });

  it("needs an amount, and --input does not mix with it", () => {
    expect(yibao(["compare", "--type", "在职"]).status).toBe(2);
    const both = yibao(["compare", "--input", "-", "--amount", "100"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--amount");
  });
});

describe("compare a year of visits", () => {
  const visits = [
    { date: "2025-02-01", level: 1, amount: "400" },
    { date: "2025-03-01", level: 3, amount: "1000", excluded: "120" },
    { date: "2025-09-01", level: 2, amount: "2600" },
  ];
  const input = visits.map((v) => JSON.stringify(v)).join("\n");

  it("gives each city the totals calc --input gives for the same visits", () => {
    const out = json(["compare", "--input", "-", "--cities", "鞍山,吕梁,松原", "--type", "在职"], input);
    expect(out.visits).toBe(3);
    expect(out.rows).toHaveLength(3);
    for (const row of out.rows) {
      const calc = json(["calc", "--city", row.city, "--type", "在职", "--input", "-"], input);
      expect([row.amount, row.fundPaid, row.selfPaid]).toEqual([calc.totals.amount, calc.totals.fundPaid, calc.totals.selfPaid]);
      expect(row.level).toBeNull();
    }
    expect(out.rows[0].differenceToBest).toBe("0.00");
    expect(out.rows.map((r: { selfPaid: string }) => Number(r.selfPaid))).toEqual(out.rows.map((r: { selfPaid: string }) => Number(r.selfPaid)).sort((a: number, b: number) => a - b));
  });

  it("a visit naming a level one city does not know is an error naming that city", () => {
    const run = yibao(["compare", "--input", "-", "--cities", "吕梁,松原", "--type", "在职"], { input: JSON.stringify({ date: "2025-02-01", level: "二类", amount: "400" }) });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("松原市:标准输入 第 1 条就诊记录");
    expect(run.stderr).toContain('"二类"');
  });
});
