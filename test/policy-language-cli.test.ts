/** The policy language through the real binary: class-B, the current-year account, age, conditions, a designation rule no source gives. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const FILE = "test/fixtures/paid-first.json";
const calc = (...args: string[]) => yibao(["calc", "--policy-file", FILE, "--city", "先付示例", "--type", "在职", "--date", "2025-03-01", ...args]);
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { visits: Record<string, unknown>[]; totals: Record<string, unknown> };

describe("calc with what is paid before the deductible", () => {
  it("2000 at a hospital with 500 class-B and 200 in the current-year account: 50 first, 200 by the account, then 300 deductible; the fund 1000 plus 58.34 from the second tier", () => {
    const r = calc("--level", "医院", "--amount", "2000", "--class-b", "500", "--account-current", "200", "--json");
    expect(r.status).toBe(0);
    const [v] = json(r).visits;
    // 2000 − 50 − 200 = 1750; −300 = 1450 eligible; 75% = 1087.50 → capped at 1000; the spending the cap
    // covered is ceil((1000 × 10000 − 0.5 fen) / 7500) = 1333.33, beyond it 116.67 × 50% = 58.335 → 58.34.
    expect(v).toMatchObject({ classBFirst: "50.00", accountCurrentPaid: "200.00", deductible: "300.00", eligible: "1450.00", ratio: "0.75", fundPaid: "1058.34", selfPaid: "941.66", copay: "391.66", overCap: "0.00" });
    expect(json(r).totals).toMatchObject({ accountCurrentPaid: "200.00", cashPaid: "741.66" });
  });

  it("a class-B part above the in-policy cost is refused, exit 2", () => {
    const r = calc("--level", "医院", "--amount", "100", "--excluded", "40", "--class-b", "70");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("乙类部分 70 元超过了政策范围内费用 60.00 元");
  });

  it("the table shows both parts, and --lang en names them", () => {
    const r = calc("--level", "社区", "--amount", "500", "--class-b", "100", "--account-current", "50", "--lang", "en");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/of which class-B first\s+│\s+10\.00/);
    expect(r.stdout).toMatch(/of which current-year account\s+│\s+50\.00/);
  });

  it("the common grade 二级 is this city's 医院 (its categories say so)", () => {
    const r = calc("--level", "二级", "--amount", "500", "--json");
    expect(r.status).toBe(0);
    expect(json(r).visits[0]).toMatchObject({ level: 2, levelName: "医院" });
  });
});

describe("the person's age and the visit's conditions", () => {
  it("--age and --birth-date together are refused, exit 2", () => {
    const r = calc("--level", "医院", "--amount", "500", "--age", "70", "--birth-date", "1950-01-01");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("年龄和出生日期给一个即可");
  });

  it("a birth date after the visit is refused, exit 2", () => {
    const r = calc("--level", "医院", "--amount", "500", "--birth-date", "2026-01-01");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("晚于就诊日期 2025-03-01");
  });

  it("a condition the city does not name is refused with exit 2", () => {
    const r = calc("--level", "医院", "--amount", "500", "--condition", "家庭医生");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"家庭医生" 无效');
  });

  it("--condition beside --input is refused: conditions belong to each visit in the file", () => {
    const r = calc("--input", "-", "--condition", "family-doctor");
    expect(r.status).toBe(2);
  });
});

describe("batch carries the current-year account from one line of a person to the next", () => {
  it("300 stated on the first line pays 100 there and the other 200 on the second", () => {
    const lines = [
      { person: "p", city: "先付示例", type: "在职", date: "2025-03-01", level: "医院", amount: "100", accountCurrent: "300" },
      { person: "p", city: "先付示例", type: "在职", date: "2025-04-01", level: "医院", amount: "1000" },
    ];
    const r = yibao(["batch", "--policy-file", FILE], { input: lines.map((l) => JSON.stringify(l)).join("\n") });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.accountCurrentPaid)).toEqual(["100.00", "200.00"]);
    // 1000 − 200 = 800; the deductible 300; 500 × 75% = 375.
    expect(out[1]).toMatchObject({ deductible: "300.00", fundPaid: "375.00" });
  });
});

describe("a designation rule no source gives", () => {
  it("settles a visit at a designated facility, and stops with exit 4 naming the rule for one that is not", () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-designation-"));
    const policy = JSON.parse(readFileSync(FILE, "utf8")) as { versions: Record<string, unknown>[] };
    const version = policy.versions[0] as { designation?: unknown; missing: unknown[] };
    delete version.designation;
    version.missing.push({ field: "designation", note: { zh: "来源没有说明非定点机构是否支付。", en: "The source does not say whether non-designated facilities are paid." } });
    const file = join(dir, "no-designation.json");
    writeFileSync(file, JSON.stringify(policy));
    const args = ["calc", "--policy-file", file, "--type", "在职", "--level", "医院", "--amount", "500", "--date", "2025-03-01"];
    expect(yibao(args).status).toBe(0);
    const refused = yibao([...args, "--no-designated"]);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toContain("缺少定点医药机构的规定");
    expect(refused.stderr).toContain("来源没有说明非定点机构是否支付。");
  });
});

describe("a bad age", () => {
  it("is refused with exit 2 and says what an age looks like", () => {
    const r = calc("--level", "医院", "--amount", "500", "--age", "abc");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("年龄写整数周岁");
  });
});
