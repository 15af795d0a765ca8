/**
 * Every problem the policy schema can find is said in words, in Chinese and English, with a hint:
 * each of its rules (src/policy/rules.ts), and the loader's rules for notes and placeholders, is
 * triggered here by a small broken file, and no problem falls back to the schema's raw English in
 * `--lang zh`. A new check that is not a rule, or a rule no case here triggers, fails this test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPolicyIssue } from "../src/cli/policy-words.js";
import { type PolicyIssue, wholePolicyIssues } from "../src/policy/load.js";
import { PLACEHOLDERS } from "../src/policy/prepare.js";
import { PLACEHOLDER_RULES, RULES, type Rule } from "../src/policy/rules.js";
import { ROOT } from "./helpers.js";

/** Parsed JSON, changed freely by the cases. */
type Json = Record<string, any>;

const base = (): Json => JSON.parse(readFileSync(join(ROOT, "test/fixtures/whole-city.json"), "utf8"));
const version = (p: Json): Json => p.versions[0];
const outpatient = (p: Json): Json => version(p).outpatient;
const source = { ref: "t", quote: "测试值" };
const leaf = (value: string) => ({ value, source });
const bilingual = (zh: string) => ({ zh, en: zh });
const note = bilingual("测试");
/** The same version in the `categories` form, ids "1", "2", "3" as the short-form tables key them. */
const categories = (p: Json, list?: Json[]) => {
  const v = version(p);
  delete v.levels;
  v.categories = list ?? ["1", "2", "3"].map((id) => ({ id, name: bilingual(`${id}类`), levels: [Number(id)] }));
};
/** A second version after the first: the first ends on 2025-06-30 unless `change` says otherwise. */
const twoVersions = (p: Json, change: (first: Json, second: Json) => void) => {
  const first = version(p);
  const second = { ...JSON.parse(JSON.stringify(first)), id: "next", effectiveFrom: "2025-07-01" };
  first.effectiveTo = "2025-06-30";
  p.versions.push(second);
  change(first, second);
};
const without = (p: Json, field: string) => {
  version(p).missing = version(p).missing.filter((m: Json) => m.field !== field);
};

interface Case {
  readonly name: string;
  /** The rule expected, and where (absent: a problem of zod's own, by its code). */
  readonly rule?: Rule;
  readonly code?: string;
  readonly path: string;
  readonly change: (p: Json) => void;
}

const v = "versions[0]";
const o = `${v}.outpatient`;
const CASES: readonly Case[] = [
  // Formats.
  { name: "a date not as YYYY-MM-DD", rule: "dateFormat", path: `${v}.effectiveFrom`, change: (p) => (version(p).effectiveFrom = "2025-1-1") },
  { name: "an interpretation id", rule: "interpretationId", path: `${o}.cap.byStatus.retired.interpretation`, change: (p) => (outpatient(p).cap.byStatus.retired.interpretation = "X1") },
  { name: "an interpretation's key", code: "invalid_key", path: "interpretations.X1", change: (p) => (p.interpretations = { X1: bilingual("读法") }) },
  { name: "yuan as a number-like string", rule: "yuanString", path: `${o}.cap.byStatus.retired.value`, change: (p) => (outpatient(p).cap.byStatus.retired.value = "1,000") },
  { name: "a ratio as a percentage", rule: "ratioString", path: `${o}.ratios["1"].retired.value`, change: (p) => (outpatient(p).ratios[1].retired.value = "55%") },
  { name: "a city id in capitals", rule: "idFormat", path: "id", change: (p) => (p.id = "Test") },
  {
    name: "a condition id in capitals",
    rule: "conditionId",
    path: `${o}.conditions[0].id`,
    change: (p) => (outpatient(p).conditions = [{ id: "Family", name: bilingual("家庭医生"), addPoints: leaf("0.1") }]),
  },
  {
    name: "a category id starting with a hyphen",
    rule: "categoryId",
    path: `${v}.categories[0].id`,
    change: (p) => categories(p, [{ id: "-x", name: bilingual("社区") }]),
  },
  { name: "an administrative code", rule: "adminCode", path: "adminCode", change: (p) => (p.adminCode = "9901") },
  { name: "a province code", rule: "provinceCode", path: "province.code", change: (p) => (p.province.code = "99") },
  // Values.
  // A month the calendar lacks is a wrong form, not a crash of the calendar check.
  { name: "a thirteenth month", rule: "dateFormat", path: `${v}.effectiveTo`, change: (p) => (version(p).effectiveTo = "2025-13-01") },
  { name: "30 February", rule: "notRealDate", path: `${v}.effectiveFrom`, change: (p) => (version(p).effectiveFrom = "2025-02-30") },
  { name: "more than yibao settles", rule: "yuanTooLarge", path: `${o}.deductible.byLevel["1"].value`, change: (p) => (outpatient(p).deductible.byLevel[1].value = "100000000.01") },
  { name: "a value without a source", rule: "valueNeedsSource", path: `${o}.deductible.byLevel["2"]`, change: (p) => delete outpatient(p).deductible.byLevel[2].source },
  { name: "a table cell without a source", rule: "valueNeedsSource", path: `${o}.cap.amount.source`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: { value: "1000" } }) },
  // Tables.
  {
    name: "a table level with two branches",
    rule: "oneBranch",
    path: `${o}.cap.amount`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { ...leaf("1000"), byStatus: { "in-service": leaf("1"), retired: leaf("1") } } }),
  },
  { name: "a table level with nothing", rule: "oneBranch", path: `${o}.cap.amount`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: {} }) },
  {
    name: "a source beside no value",
    rule: "besideValue",
    path: `${o}.cap.amount`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { source, byStatus: { "in-service": leaf("1"), retired: leaf("1") } } }),
  },
  {
    name: "age bands with a gap",
    rule: "ageBandStart",
    path: `${o}.cap.amount.byAge[1].from`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ below: 60, ...leaf("1") }, { from: 61, ...leaf("2") }] } }),
  },
  {
    name: "an age band ending before it starts",
    rule: "ageBandBelow",
    path: `${o}.cap.amount.byAge[1].below`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ below: 60, ...leaf("1") }, { from: 60, below: 50, ...leaf("2") }, { from: 50, ...leaf("3") }] } }),
  },
  {
    name: "an open age band before another",
    rule: "ageBandOpenNotLast",
    path: `${o}.cap.amount.byAge[0].below`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [leaf("1"), { from: 60, ...leaf("2") }] } }),
  },
  {
    name: "a last age band with an end",
    rule: "ageBandLastOpen",
    path: `${o}.cap.amount.byAge`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ below: 60, ...leaf("1") }] } }),
  },
  // Outpatient parameters.
  { name: "a deductible in both forms", rule: "deductibleForm", path: `${o}.deductible.amount`, change: (p) => (outpatient(p).deductible.amount = leaf("10")) },
  {
    name: "a monthly deductible without its accumulator",
    rule: "accumulatorNeeded",
    path: `${o}.deductible.accumulator`,
    change: (p) => (outpatient(p).deductible.period = { value: "month", source }),
  },
  {
    name: "a shared yearly deductible with a yearly ceiling",
    rule: "yearlyCeilingShared",
    path: `${o}.deductible.yearlyCeiling`,
    change: (p) => Object.assign(outpatient(p).deductible, { period: { value: "year", source }, accumulator: { value: "shared", source }, yearlyCeiling: leaf("100") }),
  },
  { name: "ratios in both forms", rule: "ratiosForm", path: `${o}.ratio`, change: (p) => (outpatient(p).ratio = leaf("0.5")) },
  { name: "a ratio band from 0", rule: "ratioBandsOrder", path: `${o}.ratioBands[0].from`, change: (p) => (outpatient(p).ratioBands = [{ from: leaf("0"), ratio: leaf("0.6") }]) },
  {
    name: "ratio bands out of order",
    rule: "ratioBandsOrder",
    path: `${o}.ratioBands[1].from`,
    change: (p) => (outpatient(p).ratioBands = [{ from: leaf("500"), ratio: leaf("0.6") }, { from: leaf("400"), ratio: leaf("0.7") }]),
  },
  { name: "a condition with neither form", rule: "conditionForm", path: `${o}.conditions[0].addPoints`, change: (p) => (outpatient(p).conditions = [{ id: "doctor", name: bilingual("家庭医生") }]) },
  {
    name: "two conditions with one id",
    rule: "duplicateCondition",
    path: `${o}.conditions[1].id`,
    change: (p) => (outpatient(p).conditions = [1, 2].map(() => ({ id: "doctor", name: bilingual("家庭医生"), addPoints: leaf("0.1") }))),
  },
  { name: "a cap in two forms", rule: "capForm", path: `${o}.cap.amount`, change: (p) => (outpatient(p).cap.none = { value: true, source }) },
  {
    name: "a second tier without a cap",
    rule: "secondTierNeedsCap",
    path: `${o}.cap.secondTier`,
    change: (p) => (outpatient(p).cap = { basis: "fund", none: { value: true, source }, secondTier: { ratio: leaf("0.5"), amount: leaf("1000") } }),
  },
  {
    name: "an account credit listed twice",
    rule: "creditListedTwice",
    path: `${v}.account.credits[1]`,
    change: (p) => {
      without(p, "account");
      const credit = { members: ["retired"], plans: ["combined"], credit: { kind: "none", source } };
      version(p).account = { credits: [credit, credit], inPolicyOnly: { value: true, source } };
    },
  },
  // Categories.
  { name: "levels and categories both", rule: "categoriesForm", path: `${v}.categories`, change: (p) => (version(p).categories = [{ id: "a", name: bilingual("甲") }]) },
  { name: "neither levels nor categories", rule: "categoriesForm", path: `${v}.categories`, change: (p) => delete version(p).levels },
  {
    name: "two categories with one id",
    rule: "duplicateCategory",
    path: `${v}.categories[3].id`,
    change: (p) => {
      categories(p);
      version(p).categories.push({ id: "3", name: bilingual("另一个") });
    },
  },
  {
    name: "a name in two categories",
    rule: "categoryNameTwice",
    path: `${v}.categories[1].aliases`,
    change: (p) => {
      categories(p);
      version(p).categories[1].aliases = ["1类"];
    },
  },
  {
    name: "a level in two categories",
    rule: "gradeTwice",
    path: `${v}.categories[1].levels`,
    change: (p) => {
      categories(p);
      version(p).categories[1].levels = [1, 2];
    },
  },
  { name: "specialty beyond the categories", rule: "specialtyBeyond", path: `${v}.specialty.level`, change: (p) => (version(p).specialty = { level: 5, source }) },
  // What a version gives and lists as missing.
  {
    name: "a missing cell of a category that does not exist",
    rule: "missingUnknownCategory",
    path: `${v}.missing[4].category`,
    change: (p) => version(p).missing.push({ field: "cap", category: "9", note }),
  },
  { name: "cells of a part that is no table", rule: "cellsOnlyForTables", path: `${v}.missing[4]`, change: (p) => version(p).missing.push({ field: "pharmacy", status: "retired", note }) },
  { name: "an empty outpatient", rule: "outpatientEmpty", path: `${v}.outpatient`, change: (p) => (version(p).outpatient = {}) },
  { name: "no cap, not listed", rule: "tableOrMissing", path: `${o}.cap`, change: (p) => delete outpatient(p).cap },
  { name: "no outpatient, not listed", rule: "tableOrMissing", path: `${o}`, change: (p) => delete version(p).outpatient },
  { name: "a cap given and listed", rule: "tableAlsoMissing", path: `${v}.missing`, change: (p) => version(p).missing.push({ field: "cap", note }) },
  { name: "no pharmacy rule, not listed", rule: "sectionOrMissing", path: `${v}.pharmacy`, change: (p) => without(p, "pharmacy") },
  { name: "no designation rule, not listed", rule: "sectionOrMissing", path: `${v}.designation`, change: (p) => delete version(p).designation },
  { name: "designation given and listed", rule: "sectionAlsoMissing", path: `${v}.missing`, change: (p) => version(p).missing.push({ field: "designation", note }) },
  {
    name: "a table cell for a category that does not exist",
    rule: "tableUnknownCategory",
    path: `${o}.cap.amount.byCategory["9"]`,
    change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byCategory: Object.fromEntries(["1", "2", "3", "9"].map((k) => [k, leaf("1000")])) } }),
  },
  {
    name: "a table without a category's cell",
    rule: "noCell",
    path: `${o}.ratio.byCategory`,
    change: (p) => {
      delete outpatient(p).ratios;
      outpatient(p).ratio = { byCategory: { 1: leaf("0.5"), 2: leaf("0.5") } };
    },
  },
  { name: "a missing cell the table gives", rule: "cellGiven", path: `${v}.missing[4]`, change: (p) => version(p).missing.push({ field: "cap", status: "retired", note }) },
  // Versions and references.
  { name: "an end before the start", rule: "endBeforeStart", path: `${v}.effectiveTo`, change: (p) => (version(p).effectiveTo = "2024-12-31") },
  { name: "an open version before another", rule: "openEndedNotLast", path: `${v}.effectiveTo`, change: (p) => twoVersions(p, (first) => delete first.effectiveTo) },
  { name: "a later version without a start", rule: "startOnlyFirst", path: "versions[1].effectiveFrom", change: (p) => twoVersions(p, (_, second) => delete second.effectiveFrom) },
  { name: "a gap between versions", rule: "versionsOverlapOrGap", path: "versions[1].effectiveFrom", change: (p) => twoVersions(p, (_, second) => (second.effectiveFrom = "2025-08-01")) },
  { name: "two versions with one id", rule: "duplicateVersion", path: "versions[1].id", change: (p) => twoVersions(p, (_, second) => (second.id = "test")) },
  { name: "an unknown source", rule: "unknownSource", path: `${v}.source.ref`, change: (p) => (version(p).source.ref = "nope") },
  { name: "an unknown interpretation", rule: "unknownInterpretation", path: `${o}.cap.byStatus.retired.interpretation`, change: (p) => (outpatient(p).cap.byStatus.retired.interpretation = "I9") },
  // Notes and placeholders, found before the schema's check.
  { name: "a note that is a number", rule: "commentNotString", path: `${o}.cap.$comment`, change: (p) => (outpatient(p).cap.$comment = 3) },
  { name: "a note that is an object", rule: "commentNotString", path: "$comment", change: (p) => (p.$comment = { zh: "说明" }) },
  { name: "an amount not filled in", rule: "placeholderYuan", path: `${o}.cap.byStatus.retired.value`, change: (p) => (outpatient(p).cap.byStatus.retired.value = PLACEHOLDERS.yuan) },
  { name: "a ratio not filled in", rule: "placeholderRatio", path: `${o}.ratios["1"].retired.value`, change: (p) => (outpatient(p).ratios[1].retired.value = PLACEHOLDERS.ratio) },
  { name: "a quote not filled in", rule: "placeholderQuote", path: `${v}.source.quote`, change: (p) => (version(p).source.quote = PLACEHOLDERS.quote) },
  { name: "a source's title not filled in", rule: "placeholderTitle", path: "sources.t.title", change: (p) => (p.sources.t.title = PLACEHOLDERS.title) },
  { name: "a source's file not filled in", rule: "placeholderFile", path: "sources.t.file", change: (p) => (p.sources.t.file = PLACEHOLDERS.file) },
  { name: "a date not filled in", rule: "placeholderDate", path: `${v}.effectiveFrom`, change: (p) => (version(p).effectiveFrom = PLACEHOLDERS.date) },
  {
    name: "two categories' names not filled in",
    rule: "placeholderName",
    path: `${v}.categories[1].name.zh`,
    change: (p) => categories(p, ["1", "2", "3"].map((id) => ({ id, name: { zh: PLACEHOLDERS.name, en: id }, levels: [Number(id)] }))),
  },
  { name: "a province not filled in", rule: "placeholderProvince", path: "province.zh", change: (p) => (p.province.zh = PLACEHOLDERS.province) },
  { name: "an English name not filled in", rule: "placeholderEnglish", path: "province.en", change: (p) => (p.province.en = PLACEHOLDERS.english) },
  { name: "a pinyin not filled in", rule: "placeholderPinyin", path: "name.pinyin", change: (p) => (p.name.pinyin = PLACEHOLDERS.pinyin) },
  { name: "a code not filled in", rule: "placeholderCode", path: "adminCode", change: (p) => (p.adminCode = PLACEHOLDERS.code) },
  { name: "a placeholder of one's own", rule: "placeholderOther", path: "name.short", change: (p) => (p.name.short = "<填写 简称>") },
  // zod's own problems, in words too.
  { name: "an age that is not whole", code: "invalid_type", path: `${o}.cap.amount.byAge[0].below`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ below: 59.5, ...leaf("1") }, { from: 60, ...leaf("2") }] } }) },
  { name: "a share in a table of amounts", code: "invalid_type", path: `${o}.cap.amount.share`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: { ...leaf("1000"), share: "self" } }) },
  { name: "an age above 150", code: "too_big", path: `${o}.cap.amount.byAge[0].below`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ below: 151, ...leaf("1") }] } }) },
  { name: "an age below 0", code: "too_small", path: `${o}.cap.amount.byAge[0].from`, change: (p) => (outpatient(p).cap = { basis: "fund", amount: { byAge: [{ from: -1, ...leaf("1") }] } }) },
  {
    name: "thirteen categories",
    code: "too_big",
    path: `${v}.categories`,
    change: (p) => categories(p, Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, name: bilingual(`类${i}`) }))),
  },
  { name: "no versions", code: "too_small", path: "versions", change: (p) => (p.versions = []) },
  { name: "an empty name", code: "too_small", path: "name.zh", change: (p) => (p.name.zh = "") },
  { name: "an unknown key", code: "unrecognized_keys", path: `${o}`, change: (p) => (outpatient(p).capp = {}) },
  { name: "a value not allowed", code: "invalid_value", path: `${o}.cap.basis`, change: (p) => (outpatient(p).cap.basis = "money") },
  { name: "a number for a string", code: "invalid_type", path: `${o}.cap.byStatus.retired.value`, change: (p) => (outpatient(p).cap.byStatus.retired.value = 1000) },
  {
    name: "an account credit of no kind",
    code: "invalid_union",
    path: `${v}.account.credits[0].credit.kind`,
    change: (p) => {
      without(p, "account");
      version(p).account = { credits: [{ members: ["retired"], plans: ["combined"], credit: { kind: "some" } }], inPolicyOnly: { value: true, source } };
    },
  },
];

/** The problems of a file, as `yibao policy validate` reports them. */
const problems = (data: unknown): PolicyIssue[] => wholePolicyIssues(data);

const CJK = /[\u4e00-\u9fff]/;

describe("every problem of the schema, in words", () => {
  const found = CASES.map((c) => {
    const data = base();
    c.change(data);
    return { c, issues: problems(data) };
  });

  it("the base file is valid", () => {
    expect(problems(base())).toEqual([]);
  });

  for (const { c, issues } of found) {
    it(`${c.name}: ${c.rule ?? c.code} at ${c.path}`, () => {
      const match = issues.find((i) => i.path === c.path && (c.rule === undefined ? i.code === c.code : i.params?.rule === c.rule));
      expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
      for (const issue of issues) {
        // A check of the schema's own always goes through a rule, whose values the words use.
        if (issue.code === "custom" || issue.code === "invalid_format") expect(RULES, issue.message).toContain(issue.params?.rule);
        if (issue.params?.rule !== undefined) expect(RULES, issue.message).toContain(issue.params.rule);
        const zh = explainPolicyIssue(issue, "zh");
        const en = explainPolicyIssue(issue, "en");
        // Never the schema's raw English in Chinese: a sentence of its own, and a concrete hint.
        expect(zh.message, issue.message).toMatch(CJK);
        expect(zh.message).not.toContain(issue.message);
        expect(zh.hint).toMatch(CJK);
        expect(en.message.length).toBeGreaterThan(0);
        expect(en.hint.length).toBeGreaterThan(0);
      }
    });
  }

  it("a placeholder is one problem at its place: neither the schema's complaint about it nor a check resting on it", () => {
    const names = found.find(({ c }) => c.rule === "placeholderName")?.issues ?? [];
    expect(names.map((i) => [i.path, i.params?.rule])).toEqual([
      [`${v}.categories[0].name.zh`, "placeholderName"],
      [`${v}.categories[1].name.zh`, "placeholderName"],
      [`${v}.categories[2].name.zh`, "placeholderName"],
    ]);
    const date = found.find(({ c }) => c.rule === "placeholderDate")?.issues ?? [];
    expect(date.map((i) => i.params?.rule)).toEqual(["placeholderDate"]);
  });

  it("each kind of placeholder has its own rule", () => {
    expect(new Set(Object.values(PLACEHOLDER_RULES)).size).toBe(Object.keys(PLACEHOLDER_RULES).length);
    for (const rule of Object.values(PLACEHOLDER_RULES)) expect(RULES).toContain(rule);
  });

  it("every rule of the schema is triggered above, so each is checked for words", () => {
    const triggered = new Set(found.flatMap(({ issues }) => issues.map((i) => i.params?.rule)));
    expect(RULES.filter((r) => !triggered.has(r))).toEqual([]);
  });

  it("the schema's checks say nothing in their own words: every message is a rule's", () => {
    // A check with a message of its own would reach the user in raw English.
    for (const file of ["src/policy/schema.ts", "src/policy/categories.ts"]) {
      const text = readFileSync(join(ROOT, file), "utf8");
      expect(text, file).not.toMatch(/\.(regex|refine)\((?:[^()]|\([^()]*\))*?,\s*["'`]/);
      expect(text, file).not.toMatch(/message:\s*["'`]/);
      expect(text.match(/addIssue\(/g) ?? [], file).toHaveLength(file.endsWith("schema.ts") ? 1 : 0);
    }
  });
});

describe("a file broken anywhere is checked, never a crash", () => {
  // The checks across fields read data that may not follow the schema: any value, anywhere.
  const files = [join(ROOT, "test/fixtures/whole-city.json"), ...readdirSync(join(ROOT, "policies")).filter((f) => f.endsWith(".json") && f !== "schema.json").map((f) => join(ROOT, "policies", f))];
  const cities: Json[] = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
  const junk = fc.constantFrom<unknown>(null, 0, 1.5, -3, "", "x", "2025-13-01", "100000000.01", true, [], {}, [1], { value: 1 }, { byCategory: 5 }, { byAge: [null, {}] }, { byStatus: [] });
  /** Every path of a value, to any depth. */
  const pathsOf = (node: unknown, path: (string | number)[] = []): (string | number)[][] =>
    node !== null && typeof node === "object"
      ? [path, ...Object.entries(node).flatMap(([k, child]) => pathsOf(child, [...path, Array.isArray(node) ? Number(k) : k]))]
      : [path];

  it("any value put or removed anywhere, a few times over, gives problems with paths and words", () => {
    const change = fc.record({ at: fc.nat(), value: junk, remove: fc.boolean() });
    fc.assert(
      fc.property(fc.nat({ max: cities.length - 1 }), fc.array(change, { minLength: 1, maxLength: 4 }), (which, changes) => {
        const data: Json = structuredClone(cities[which] as Json);
        for (const { at, value, remove } of changes) {
          const paths = pathsOf(data).filter((p) => p.length > 0);
          const path = paths[at % paths.length] ?? [];
          const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key], data);
          const key = path[path.length - 1] as string | number;
          if (remove && Array.isArray(parent)) parent.splice(Number(key), 1);
          else if (remove) delete parent[key];
          else parent[key] = structuredClone(value);
        }
        for (const issue of problems(data)) {
          expect(issue.path.length).toBeGreaterThan(0);
          expect(explainPolicyIssue(issue, "zh").message).toMatch(CJK);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
