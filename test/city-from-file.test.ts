/**
 * `--city` may be left out of calc, curve, family and account when the --policy-file files give one
 * whole city (any others extending it): that city is used. Otherwise --city is still asked for, with
 * a hint that a single whole-city file would do. Run through the real binary.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const WHOLE = "test/fixtures/whole-city.json";
const EXTENDS_TONGLIAO = "test/fixtures/tongliao-test.json";
const ANSHAN_WHOLE = "policies/anshan.json";
const dir = mkdtempSync(join(tmpdir(), "yibao-city-from-file-"));

/** A file extending the test city: a lower level-2 deductible, with its own (test) source. */
const extendsWhole = join(dir, "testcity-ext.json");
writeFileSync(
  extendsWhole,
  JSON.stringify({
    extends: "testcity",
    sources: { u: { title: "测试用参数(非真实政策,仅供测试)" } },
    versions: [{ id: "test", outpatient: { deductible: { byLevel: { 2: { value: "5", source: { ref: "u", quote: "测试值:二级 5 元" } } } } } }],
  }),
);

const visit = ["--type", "退休", "--level", "2", "--amount", "200", "--date", "2025-03-01"];
const hintZh = "只给一个完整城市的 --policy-file(不是用 extends 扩展的文件)时,可以不写 --city:用的就是那个城市。";

describe("--city left out with one whole-city --policy-file", () => {
  it("calc settles in that city, exactly as with --city", () => {
    const inferred = yibao(["calc", ...visit, "--policy-file", WHOLE]);
    expect(inferred.status).toBe(0);
    expect(inferred.stdout.startsWith("测试市(测试省) · 职工医保普通门诊统筹 · 退休\n")).toBe(true);
    expect(inferred.stdout).toBe(yibao(["calc", "--city", "testcity", ...visit, "--policy-file", WHOLE]).stdout);
    const json = yibao(["calc", ...visit, "--policy-file", WHOLE, "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ city: "testcity", visits: [{ deductible: "20.00", fundPaid: "90.00" }] });
  });

  it("curve, family and account too", () => {
    const curve = yibao(["curve", "--type", "退休", "--level", "2", "--date", "2025-03-01", "--policy-file", WHOLE, "--json"]);
    expect(curve.status).toBe(0);
    expect(JSON.parse(curve.stdout).cities.map((c: { city: string }) => c.city)).toEqual(["testcity"]);
    const account = yibao(["account", "--type", "退休", "--date", "2025-03-01", "--policy-file", WHOLE]);
    expect(account.status).toBe(0);
    expect(account.stdout.startsWith("测试市(测试省) · 个人账户")).toBe(true);
    // A whole file of a shipped city's id takes its place, and is the city meant.
    const family = yibao(["family", "--relation", "父母", "--date", "2025-03-01", "--policy-file", ANSHAN_WHOLE]);
    expect(family.status).toBe(0);
    expect(family.stdout).toBe(yibao(["family", "--city", "anshan", "--relation", "父母", "--date", "2025-03-01", "--policy-file", ANSHAN_WHOLE]).stdout);
  });

  it("a file extending that city may come with it", () => {
    const run = yibao(["calc", ...visit, "--policy-file", WHOLE, "--policy-file", extendsWhole, "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ city: "testcity", visits: [{ deductible: "5.00" }] });
  });

  it("--city still decides when given", () => {
    const run = yibao(["calc", "--city", "anshan", ...visit, "--policy-file", WHOLE, "--json"]);
    expect(JSON.parse(run.stdout).city).toBe("anshan");
  });
});

describe("otherwise --city is still missing, with a hint that one whole-city file would do", () => {
  const missing = (args: readonly string[], env?: Record<string, string>) => {
    const run = yibao(args, env === undefined ? {} : { env });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    return run.stderr;
  };

  it("no --policy-file at all", () => {
    expect(missing(["calc", ...visit])).toBe(`错误: 缺少 --city。\n提示: 例如:yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200;${hintZh}\n`);
    expect(missing(["calc", "--level", "2", "--amount", "200"])).toContain("缺少 --city, --type。");
    expect(missing(["calc", ...visit, "--lang", "en"])).toBe(
      "Error: Missing --city.\nHint: For example: yibao calc --city anshan --type retired --level 2 --amount 1200. With a single whole-city --policy-file (not one that extends a city), --city may be left out: that city is used.\n",
    );
    expect(missing(["curve", "--type", "退休", "--level", "2"])).toContain(hintZh);
    expect(missing(["family", "--relation", "父母"])).toContain(hintZh);
    expect(missing(["account", "--type", "退休"])).toContain(hintZh);
  });

  it("only a file that extends a city", () => {
    expect(missing(["calc", ...visit, "--policy-file", EXTENDS_TONGLIAO])).toContain(`缺少 --city。\n提示: 例如:yibao calc --city 鞍山`);
  });

  it("two whole cities, or a whole city and a file extending another", () => {
    expect(missing(["calc", ...visit, "--policy-file", WHOLE, "--policy-file", ANSHAN_WHOLE])).toContain(hintZh);
    expect(missing(["calc", ...visit, "--policy-file", WHOLE, "--policy-file", EXTENDS_TONGLIAO])).toContain(hintZh);
    expect(missing(["account", "--type", "退休", "--policy-file", ANSHAN_WHOLE, "--policy-file", WHOLE])).toContain("缺少 --city。");
  });

  it("a whole city from the YIBAO_POLICY_DIR folder is not a --policy-file", () => {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    cpSync(WHOLE, join(folder, "whole-city.json"));
    expect(missing(["calc", ...visit], { YIBAO_POLICY_DIR: folder })).toContain(hintZh);
  });

  it("a missing option besides --city is still named with it when no city can be found", () => {
    expect(missing(["calc", "--level", "2", "--amount", "200", "--policy-file", EXTENDS_TONGLIAO])).toContain("缺少 --city, --type。");
    expect(missing(["calc", "--level", "2", "--amount", "200", "--policy-file", WHOLE])).toContain("缺少 --type。");
  });
});
