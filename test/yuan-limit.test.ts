/**
 * A value the schema accepts is one the engine can settle: every amount of a policy file is at most
 * 100000000 yuan (`parseYuan`, so that fen × basis points stays a safe integer). One fen more is
 * refused by `policy validate` with a clear message; the most itself validates and settles.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../src/policy/load.js";
import { policySchema } from "../src/policy/schema.js";
import { ROOT, yibao } from "./helpers.js";

/** Parsed JSON, changed freely by the cases. */
type Json = Record<string, any>;

const MOST = "100000000";
const TOO_MUCH = "100000000.01";
const source = { ref: "t", quote: "测试值" };
const leaf = (value: unknown) => ({ value, source });

/**
 * A whole city that gives every amount a policy can give, each `amount`: the short forms
 * (deductible by level with a yearly ceiling, cap by status), or the tables (deductible and cap as
 * tables, a second tier); a ratio band, an account credited a fixed sum, family aid with a reserve.
 */
function city(amount: string, form: "short" | "tables"): Json {
  const data: Json = JSON.parse(readFileSync(join(ROOT, "test/fixtures/whole-city.json"), "utf8"));
  // A real place, so that account and family aid can be asked about.
  Object.assign(data, { adminCode: "130100", province: { zh: "河北省", en: "Hebei", code: "130000" } });
  const v = data.versions[0];
  const o = v.outpatient;
  o.deductible.yearlyCeiling = leaf(amount);
  if (form === "short") {
    for (const level of ["1", "2", "3"]) o.deductible.byLevel[level] = leaf(amount);
    for (const status of ["in-service", "retired"]) o.cap.byStatus[status] = leaf(amount);
  } else {
    delete o.deductible.byLevel;
    o.deductible.amount = leaf(amount);
    o.cap = { basis: "fund", amount: leaf(amount), secondTier: { ratio: leaf("0.5"), amount: leaf(amount) } };
  }
  o.ratioBands = [{ from: leaf(amount), ratio: leaf("0.9") }];
  v.missing = v.missing.filter((m: Json) => m.field !== "account" && m.field !== "family");
  v.account = { credits: [{ members: ["retired"], plans: ["combined"], credit: { kind: "fixed-monthly", monthly: leaf(amount) } }], inPolicyOnly: leaf(true) };
  v.family = {
    relations: leaf(["spouse"]),
    memberSchemes: leaf(["employee"]),
    reserve: leaf(amount),
    limit: leaf("total"),
    ownAccountFirst: leaf(true),
    places: { "same-city": { allowed: true, source } },
    uses: [{ use: "medical", source }],
  };
  return data;
}

const v = "versions[0]";
/** Every amount of the two files, by its path. */
const AMOUNTS: Readonly<Record<"short" | "tables", readonly string[]>> = {
  short: [
    `${v}.outpatient.deductible.yearlyCeiling.value`,
    `${v}.outpatient.deductible.byLevel["1"].value`,
    `${v}.outpatient.deductible.byLevel["2"].value`,
    `${v}.outpatient.deductible.byLevel["3"].value`,
    `${v}.outpatient.ratioBands[0].from.value`,
    `${v}.outpatient.cap.byStatus["in-service"].value`,
    `${v}.outpatient.cap.byStatus.retired.value`,
    `${v}.account.credits[0].credit.monthly.value`,
    `${v}.family.reserve.value`,
  ],
  tables: [
    `${v}.outpatient.deductible.yearlyCeiling.value`,
    `${v}.outpatient.deductible.amount.value`,
    `${v}.outpatient.ratioBands[0].from.value`,
    `${v}.outpatient.cap.amount.value`,
    `${v}.outpatient.cap.secondTier.amount.value`,
    `${v}.account.credits[0].credit.monthly.value`,
    `${v}.family.reserve.value`,
  ],
};

const problems = (data: unknown) => {
  const result = policySchema.safeParse(data, { reportInput: true });
  return result.success ? [] : issuesOf(result.error);
};

const write = (data: Json) => {
  const file = join(mkdtempSync(join(tmpdir(), "yibao-yuan-")), "city.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
};

describe("every amount of a policy file is at most 100000000 yuan", () => {
  it("the schema's amounts are exactly the ones below, each an amount in yuan with the limit", () => {
    // Where the JSON Schema has the form of an amount in yuan: a new amount field shows here, and
    // must be limited (the schema's `yuan` is) and tried below.
    const schema = JSON.parse(readFileSync(join(ROOT, "policies/schema.json"), "utf8"));
    const places: string[] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (record.pattern === "^\\d{1,9}(\\.\\d{1,2})?$") places.push(path.join("."));
      for (const [key, child] of Object.entries(record)) {
        if (key === "properties") for (const [name, property] of Object.entries(child as object)) walk(property, [...path, name]);
        else if (key === "$defs") for (const [name, def] of Object.entries(child as object)) walk(def, [`#${name}`]);
        else walk(child, path);
      }
    };
    walk(schema, []);
    expect(places.sort()).toEqual(
      [
        // A table of amounts (deductible.amount, cap.amount, cap.secondTier.amount), at every level.
        "#__schema0.value",
        "versions.account.credits.credit.monthly.value",
        "versions.family.reserve.value",
        "versions.outpatient.cap.byStatus.in-service.value",
        "versions.outpatient.cap.byStatus.retired.value",
        "versions.outpatient.deductible.byLevel.1.value",
        "versions.outpatient.deductible.byLevel.2.value",
        "versions.outpatient.deductible.byLevel.3.value",
        "versions.outpatient.deductible.yearlyCeiling.value",
        "versions.outpatient.ratioBands.from.value",
      ].sort(),
    );
  });

  for (const form of ["short", "tables"] as const) {
    it(`${form}: one fen more than ${MOST} is refused, wherever the amount is`, () => {
      expect(problems(city(MOST, form))).toEqual([]);
      const refused = problems(city(TOO_MUCH, form));
      expect(refused.map((i) => i.path)).toEqual(AMOUNTS[form]);
      for (const issue of refused) expect(issue).toMatchObject({ code: "custom", message: `at most ${MOST} yuan`, params: { rule: "yuanTooLarge", max: MOST } });
    });
  }

  it("policy validate refuses 100000000.01 with a clear message, in Chinese and English", () => {
    const data = city(MOST, "short");
    data.versions[0].outpatient.cap.byStatus.retired.value = TOO_MUCH;
    const file = write(data);
    const zh = yibao(["policy", "validate", file]);
    expect(zh.status).toBe(4);
    expect(zh.stdout).toBe(
      [
        `政策文件 ${file} 有 1 个问题:`,
        "  versions[0].outpatient.cap.byStatus.retired.value",
        "    金额超过 100000000 元,这是 yibao 能结算的最大金额。",
        '    提示: 写一个不超过 "100000000" 的金额;如果来源确实写的是更大的数,检查单位是否是元(而不是分或万元)。',
        "",
      ].join("\n"),
    );
    const en = yibao(["policy", "validate", file, "--lang", "en"]);
    expect(en.stdout).toContain("    more than 100000000 yuan, the most yibao settles.\n");
  });

  for (const form of ["short", "tables"] as const) {
    it(`${form}: every amount at 100000000 validates, and visits settle without an internal error`, () => {
      const file = write(city(MOST, form));
      expect(yibao(["policy", "validate", file])).toMatchObject({ status: 0, stderr: "" });
      const calc = (...args: string[]) => yibao(["calc", "--city", "测试", "--type", "退休", "--date", "2025-03-01", "--policy-file", file, ...args]);
      // The deductible takes the whole visit.
      const one = calc("--level", "2", "--amount", MOST, "--json");
      expect(one).toMatchObject({ status: 0, stderr: "" });
      expect(JSON.parse(one.stdout).visits[0]).toMatchObject({ deductible: "100000000.00", fundPaid: "0.00", selfPaid: "100000000.00" });
      // Past the deductible: 100000000 × 50% from the fund, within the cap.
      const past = calc("--level", "2", "--amount", MOST, "--deductible-met", MOST, "--explain", "--json");
      expect(past).toMatchObject({ status: 0, stderr: "" });
      expect(JSON.parse(past.stdout).visits[0]).toMatchObject({ deductible: "0.00", eligible: "100000000.00", fundPaid: "50000000.00" });
      // A year of them, past the cap and the ratio band, paid from the account and family aid.
      const visits = ["03", "04", "05", "06"].map((month) => ({ date: `2025-${month}-01`, amount: MOST, level: "2" }));
      const year = yibao(
        ["calc", "--city", "测试", "--type", "退休", "--policy-file", file, "--input", "-", "--account", MOST, "--family-balance", MOST, "--family-relation", "配偶", "--json"],
        { input: JSON.stringify(visits) },
      );
      expect(year).toMatchObject({ status: 0, stderr: "" });
      const result = JSON.parse(year.stdout);
      expect(result.visits).toHaveLength(4);
      expect(result.year.capRemaining).toBe("0.00");
      const account = yibao(["account", "--city", "测试", "--type", "退休", "--date", "2025-03-01", "--policy-file", file]);
      expect(account).toMatchObject({ status: 0, stderr: "" });
      expect(account.stdout).toContain("1200000000.00");
    });
  }
});
