/** `yibao family`, `yibao account`, and balances in calc and batch, on the real binary. */
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const json = (args: string[], input?: string) => {
  const run = yibao([...args, "--json"], input === undefined ? {} : { input });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
};

describe("yibao family", () => {
  it("a parent may be bound in Anshan, with what the money may pay for and the national sharing limit", () => {
    const out = json(["family", "--city", "鞍山", "--relation", "父母", "--date", "2025-06-01"]);
    expect(out).toMatchObject({ city: "anshan", relation: "parent", place: "same-city", allowed: true, reserve: null, allOrNothing: null });
    expect(out.limit).toMatchObject({ kind: "total", source: { interpretation: "I9" } });
    expect(out.uses.map((u: { use: string }) => u.use)).toEqual([
      "medical",
      "pharmacy",
      "resident-contribution",
      "long-term-care-contribution",
      "supplementary-insurance",
    ]);
  });

  it("a sibling is refused in Anshan and allowed in Songyuan", () => {
    const anshan = json(["family", "--city", "鞍山", "--relation", "兄弟姐妹", "--date", "2025-06-01"]);
    expect(anshan.allowed).toBe(false);
    expect(anshan.reasons[0]).toMatchObject({ code: "FAMILY_RELATION_REFUSED", source: { quote: expect.stringContaining("配偶、父母、子女") } });
    const songyuan = json(["family", "--city", "松原", "--relation", "兄弟姐妹", "--date", "2025-06-01"]);
    expect(songyuan.allowed).toBe(true);
  });

  it("Liaoning: a child in Dalian may be bound, all or nothing, only in employee insurance", () => {
    const employee = json(["family", "--city", "anshan", "--relation", "child", "--member-city", "大连", "--date", "2025-06-01"]);
    expect(employee).toMatchObject({ place: "same-province", allowed: true, memberCity: { code: "210200", province: "辽宁省" } });
    expect(employee.allOrNothing.source.quote).toContain("余额必须足够支付");
    const resident = json(["family", "--city", "anshan", "--relation", "child", "--member-city", "大连", "--member-scheme", "居民", "--date", "2025-06-01"]);
    expect(resident.allowed).toBe(false);
    expect(resident.reasons.map((r: { code: string }) => r.code)).toEqual(["FAMILY_SCHEME_REFUSED"]);
  });

  it("Shanxi: the 1000 reserve and the per-payment limit; a spouse in Beijing is refused", () => {
    const taiyuan = json(["family", "--city", "吕梁", "--relation", "配偶", "--member-city", "太原", "--date", "2025-06-01"]);
    expect(taiyuan).toMatchObject({ allowed: true, reserve: { amount: "1000.00" }, limit: { kind: "per-payment" }, rules: ["山西省"] });
    const beijing = json(["family", "--city", "吕梁", "--relation", "配偶", "--member-city", "北京", "--date", "2025-06-01"]);
    expect(beijing.allowed).toBe(false);
    expect(beijing.reasons.map((r: { code: string }) => r.code)).toEqual(["FAMILY_PLACE_REFUSED", "FAMILY_TREATMENT_REFUSED"]);
  });

  it("a county-level city is found in its prefecture: 孝义市 is in Lüliang", () => {
    expect(json(["family", "--city", "吕梁", "--relation", "子女", "--member-city", "孝义市", "--date", "2025-06-01"]).place).toBe("same-city");
  });

  it("reads as a table in Chinese and in English", () => {
    const zh = yibao(["family", "--city", "吕梁", "--relation", "配偶", "--date", "2025-06-01"]);
    expect(zh.stdout).toContain("结论:可以绑定");
    expect(zh.stdout).toContain("授权人账户须保留 1000.00 元");
    const en = yibao(["family", "--city", "吕梁", "--relation", "配偶", "--member-city", "北京", "--date", "2025-06-01", "--lang", "en"]);
    expect(en.stdout).toContain("Answer: the relative may not be bound");
  });

  it("bad input gets a message and exit 2", () => {
    const relation = yibao(["family", "--city", "鞍山", "--relation", "朋友"]);
    expect(relation.status).toBe(2);
    expect(relation.stderr).toContain("--relation 的值 \"朋友\" 无效");
    const place = yibao(["family", "--city", "鞍山", "--relation", "父母", "--member-city", "火星"]);
    expect(place.status).toBe(2);
    expect(place.stderr).toContain("不认识地名 \"火星\"");
    const province = yibao(["family", "--city", "鞍山", "--relation", "父母", "--member-city", "辽宁", "--lang", "en"]);
    expect(province.stderr).toContain("is a province");
    const missing = yibao(["family", "--city", "鞍山"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("缺少 --relation");
  });
});

describe("yibao account", () => {
  it("Lüliang in service: 2% of a 6000.50 base is 120.01 a month, 1440.12 a year", () => {
    expect(json(["account", "--city", "吕梁", "--type", "在职", "--base", "6000.50", "--date", "2025-06-01"])).toMatchObject({
      hasAccount: true,
      monthly: "120.01",
      yearly: "1440.12",
      rule: { kind: "base-share", share: "0.02", source: { quote: "计入标准为本人参保缴费基数的2%" } },
    });
  });

  it("Lüliang retired: 85 a month, 1020 a year; 单建统筹: no account", () => {
    expect(json(["account", "--city", "lvliang", "--type", "retired", "--date", "2025-06-01"])).toMatchObject({ monthly: "85.00", yearly: "1020.00" });
    expect(json(["account", "--city", "lvliang", "--type", "in-service", "--plan", "单建统筹", "--date", "2025-06-01"])).toMatchObject({
      hasAccount: false,
      monthly: "0.00",
    });
  });

  it("Anshan flexible employment: no account, but pooling", () => {
    expect(json(["account", "--city", "鞍山", "--type", "灵活就业", "--date", "2025-06-01"])).toMatchObject({ hasAccount: false, pooling: true, yearly: "0.00" });
  });

  it("where the source gives no amount it says so instead of guessing", () => {
    const retired = json(["account", "--city", "鞍山", "--type", "退休", "--date", "2025-06-01"]);
    expect(retired).toMatchObject({ hasAccount: true, monthly: null, yearly: null });
    expect(retired.notes[1]).toContain("来源未给出");
    expect(json(["account", "--city", "松原", "--type", "在职", "--base", "5000", "--date", "2025-06-01"])).toMatchObject({
      rule: { kind: "not-given" },
      monthly: null,
    });
    expect(json(["account", "--city", "通辽", "--type", "在职", "--date", "2025-06-01"])).toMatchObject({ hasAccount: null, rule: { kind: "unstated" } });
  });

  it("a base the rule does not use is pointed out", () => {
    expect(yibao(["account", "--city", "吕梁", "--type", "退休", "--base", "5000", "--date", "2025-06-01"]).stdout).toContain("--base 未使用");
  });

  it("a wrong type gets the accepted values", () => {
    const run = yibao(["account", "--city", "吕梁", "--type", "学生"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("灵活就业");
  });
});

describe("balances in calc and batch", () => {
  it("calc flags give the opening balances for --input; a visit may state its own", () => {
    const visits = [
      { date: "2025-03-01", level: "二级", amount: "1200" },
      { date: "2025-04-01", level: "二级", amount: "500", account: "50" },
    ];
    const out = json(["calc", "--city", "鞍山", "--type", "退休", "--input", "-", "--account", "700"], JSON.stringify(visits));
    expect(out.visits.map((v: { accountPaid: string; cashPaid: string }) => [v.accountPaid, v.cashPaid])).toEqual([
      ["700.00", "80.00"],
      ["50.00", "150.00"],
    ]);
    expect(out.totals).toMatchObject({ accountPaid: "750.00", familyPaid: "0.00", cashPaid: "230.00" });
    expect(out.balances).toEqual({ account: "0.00", familyBalance: null, familyLimit: null });
  });

  it("family aid without a relationship is refused with the missing option named", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "100", "--family-balance", "500"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("家庭共济还缺少 --family-relation");
  });

  it("a wrong balance in an input file names the visit and the field", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--input", "-"], { input: '{"date":"2025-03-01","level":2,"amount":"100","account":"-5"}' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("第 1 条就诊记录");
    expect(run.stderr).toContain('字段 "account"');
  });

  it("batch carries each person's balances from line to line, and a bad balance is an error line", () => {
    const lines = [
      { person: "a", city: "吕梁", type: "在职", date: "2025-03-01", level: "二类", amount: "600", account: "100", familyBalance: "1150", familyRelation: "父母" },
      { person: "b", city: "松原", type: "退休", date: "2025-03-01", level: 2, amount: "800", account: "600" },
      { person: "a", city: "吕梁", type: "在职", date: "2025-03-02", level: "二类", amount: "250" },
      { person: "b", city: "松原", type: "退休", date: "2025-03-02", level: 2, amount: "100", familyBalance: "x", familyRelation: "配偶" },
    ];
    const run = yibao(["batch", "-"], { input: lines.map((l) => JSON.stringify(l)).join("\n") });
    expect(run.status).toBe(5);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ person: "a", accountPaid: "100.00", familyPaid: "150.00", cashPaid: "47.50", familyBalanceLeft: "1000.00" });
    expect(out[1]).toMatchObject({ person: "b", accountPaid: "500.00", accountLeft: "100.00" });
    expect(out[2]).toMatchObject({ person: "a", selfPaid: "140.00", accountPaid: "0.00", familyPaid: "0.00", cashPaid: "140.00", accountLeft: "0.00" });
    expect(out[3]).toMatchObject({ line: 4, person: "b", error: { code: "INVALID_VALUE" } });
    expect(run.stderr).toContain("个人账户 600.00 元,家庭共济 150.00 元");
  });
});
