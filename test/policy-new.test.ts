/**
 * `yibao policy new`: the skeleton of a new city's policy file. It is written where asked (never over
 * a file without --force, never through a symbolic link), every part explained; checking it lists
 * exactly its placeholders with their JSON paths, and once they are filled it is a policy that settles.
 */
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaReference } from "../src/app/skeleton.js";
import { formatPath } from "../src/policy/issues.js";
import { PLACEHOLDERS } from "../src/policy/prepare.js";
import { ROOT, yibao } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "yibao-policy-new-"));
const TEST_TITLE = "测试用参数(非真实政策,仅供测试)";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string of the data that is a placeholder, with its JSON path; `$comment` notes left out. */
function placeholders(node: Json, path: (string | number)[] = []): { path: string; text: string }[] {
  if (typeof node === "string") return (Object.values(PLACEHOLDERS) as string[]).includes(node) ? [{ path: formatPath(path), text: node }] : [];
  if (Array.isArray(node)) return node.flatMap((n, i) => placeholders(n, [...path, i]));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$comment" ? [] : placeholders(v, [...path, k])));
}

/** The skeleton with every placeholder replaced by a test value: numbers, dates, names, quotes and a source file. */
function filled(node: Json, path: (string | number)[] = []): Json {
  if (Array.isArray(node)) return node.map((n, i) => filled(n, [...path, i]));
  if (node !== null && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, filled(v, [...path, k])]));
  const values: Record<string, string> = {
    [PLACEHOLDERS.yuan]: path.includes("cap") ? "3000" : "300",
    [PLACEHOLDERS.ratio]: path.includes("account") ? "0.02" : "0.60",
    [PLACEHOLDERS.quote]: "测试值,非真实政策",
    [PLACEHOLDERS.title]: TEST_TITLE,
    [PLACEHOLDERS.file]: "sources/test.txt",
    [PLACEHOLDERS.date]: "2025-01-01",
    [PLACEHOLDERS.name]: `测试类别${String(path[path.indexOf("categories") + 1])}`,
    [PLACEHOLDERS.province]: "测试省",
    [PLACEHOLDERS.english]: "test",
    [PLACEHOLDERS.pinyin]: "Ceshi",
    [PLACEHOLDERS.code]: "990100",
  };
  return typeof node === "string" && Object.hasOwn(values, node) ? (values[node] as string) : node;
}

const readJson = (file: string): Json => JSON.parse(readFileSync(file, "utf8")) as Json;
const PARTS = ["designation", "pharmacy", "outpatient", "account", "family", "crossRegion"] as const;

describe("yibao policy new", () => {
  it("prints a whole policy by default: the city, one version, one source, every part with its note", () => {
    const run = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "--code", "123400", "--province", "某某省"]);
    expect(run.status).toBe(0);
    const s = JSON.parse(run.stdout);
    // Run from inside the repository: $schema points to the shipped schema.
    expect(s.$schema).toBe("./policies/schema.json");
    expect(s.$comment).toMatch(/^yibao 政策文件.*骨架.* \/ A skeleton of a yibao policy file/);
    expect(s).toMatchObject({
      id: "my-city",
      name: { zh: "某某市", short: "某某", pinyin: PLACEHOLDERS.pinyin },
      province: { zh: "某某省", en: PLACEHOLDERS.english, code: "120000" },
      adminCode: "123400",
      scheme: "employee-general-outpatient",
      sources: { src1: { title: PLACEHOLDERS.title, file: PLACEHOLDERS.file } },
    });
    expect(s.versions).toHaveLength(1);
    const v = s.versions[0];
    expect(v.levels.names["1"]).toEqual({ zh: "一级", en: "level 1" });
    expect(v.categories).toBeUndefined();
    for (const part of ["levels", ...PARTS]) expect(v[part].$comment, part).toMatch(/ \/ [A-Z]/);
    for (const table of ["deductible", "ratio", "cap"]) expect(v.outpatient[table].$comment, table).toMatch(/ \/ [A-Z]/);
    expect(v.outpatient.deductible.amount.$comment).toMatch(/byCategory.*byStatus.*byAge/);
    expect(v.missing).toEqual([]);
  });

  it("--categories own gives the city's own categories instead of levels, with tables keyed by them", () => {
    const s = JSON.parse(yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "--categories", "own"]).stdout);
    const v = s.versions[0];
    expect(v.levels).toBeUndefined();
    expect(v.categories.map((c: { id: string }) => c.id)).toEqual(["community", "hospital"]);
    expect(Object.keys(v.outpatient.deductible.amount.byCategory)).toEqual(["community", "hospital"]);
    expect(Object.keys(v.outpatient.ratio.byCategory)).toEqual(["community", "hospital"]);
  });

  it("fills the code and province the administrative divisions know for the name", () => {
    const s = JSON.parse(yibao(["policy", "new", "--id", "dalian", "--name", "大连市", "--pinyin", "Dalian"]).stdout);
    expect(s).toMatchObject({ name: { zh: "大连市", short: "大连", pinyin: "Dalian" }, adminCode: "210200", province: { zh: "辽宁省", code: "210000" } });
    // A name the divisions do not know leaves both to fill.
    const unknown = JSON.parse(yibao(["policy", "new", "--id", "my-city", "--name", "某某市"]).stdout);
    expect(unknown).toMatchObject({ adminCode: PLACEHOLDERS.code, province: { zh: PLACEHOLDERS.province, code: PLACEHOLDERS.code } });
  });

  it("-o writes the file and says what to do next; outside the repository $schema points beside it", () => {
    const file = join(dir, "written.json");
    const run = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`已写入 ${file}。\n下一步:把每个 "<填写 …>" 换成来源中的取值,然后运行 yibao policy validate ${file} 检查。\n`);
    const s = readJson(file) as { $schema: string; $comment: string };
    expect(s.$schema).toBe("./schema.json");
    expect(s.$comment).toContain("yibao policy schema > schema.json");
    const en = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", join(dir, "written-en.json"), "--lang", "en"]);
    expect(en.stdout).toContain("Wrote ");
    expect(en.stdout).toContain("Next: replace every");
  });

  it("$schema is the path of the shipped schema from any folder inside the repository", () => {
    expect(schemaReference(join(ROOT, "policies"))).toBe("./schema.json");
    expect(schemaReference(ROOT)).toBe("./policies/schema.json");
    expect(schemaReference(join(ROOT, "test", "fixtures"))).toBe("../../policies/schema.json");
    expect(schemaReference(dir)).toBeUndefined();
  });

  it("never writes over a file without --force, and never through a symbolic link", () => {
    const file = join(dir, "exists.json");
    writeFileSync(file, "mine");
    const refused = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", file]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(`文件 ${file} 已存在,没有覆盖。`);
    expect(readFileSync(file, "utf8")).toBe("mine");
    expect(yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", file, "--force"]).status).toBe(0);
    expect(readJson(file)).toMatchObject({ id: "my-city" });

    const target = join(dir, "target.json");
    writeFileSync(target, "kept");
    const link = join(dir, "link.json");
    symlinkSync(target, link);
    for (const force of [[], ["--force"]]) {
      const run = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", link, ...force]);
      expect(run.status).toBe(3);
      expect(run.stdout).toBe("");
    }
    expect(readFileSync(target, "utf8")).toBe("kept");
    const dangling = join(dir, "dangling.json");
    symlinkSync(join(dir, "nowhere.json"), dangling);
    expect(yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "-o", dangling]).status).toBe(3);
    expect(existsSync(join(dir, "nowhere.json"))).toBe(false);
  });

  it("refuses what it cannot use: a missing --id or --name, a bad id, code or choice", () => {
    const missing = yibao(["policy", "new"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("错误: 缺少 --id, --name。\n提示: 例如:yibao policy new --id my-city --name 某某市 -o my-city.json\n");
    const badId = yibao(["policy", "new", "--id", "My City", "--name", "某某市"]);
    expect(badId).toMatchObject({ status: 2, stdout: "" });
    expect(badId.stderr).toContain('--id 的值 "My City" 无效。');
    expect(badId.stderr).toContain("小写字母、数字和连字符");
    expect(yibao(["policy", "new", "--id", "a", "--name", "某某市", "--code", "12345"]).stderr).toContain("6 位数字");
    expect(yibao(["policy", "new", "--id", "a", "--name", "  "]).stderr).toContain("不能为空");
    const choice = yibao(["policy", "new", "--id", "a", "--name", "某某市", "--categories", "grades", "--lang", "en"]);
    expect(choice.status).toBe(2);
    expect(choice.stderr).toContain("Accepted: levels, own");
  });

  it("has help with examples, in Chinese by default and in English", () => {
    const zh = yibao(["policy", "new", "--help"]);
    expect(zh.stdout).toContain("yibao policy new --id my-city --name 某某市 -o my-city.json");
    expect(zh.stdout).toContain("--categories <levels|own>");
    expect(zh.stdout).toContain("机构怎样划分");
    const en = yibao(["policy", "new", "--help", "--lang", "en"]);
    expect(en.stdout).toContain("how facilities are divided");
    expect(en.stdout).toContain("yibao policy validate my-city.json --lang en");
    expect(yibao(["policy", "--help"]).stdout).toContain("new [options]");
  });
});

describe("a fresh skeleton, checked and then filled", () => {
  for (const categories of ["levels", "own"] as const) {
    const file = join(dir, `skeleton-${categories}.json`);
    const made = yibao(["policy", "new", "--id", "my-city", "--name", "某某市", "--categories", categories, "-o", file]);
    const skeleton = readJson(file);
    const expected = placeholders(skeleton);

    it(`${categories}: validate lists exactly its placeholders, each with its JSON path, and nothing else`, () => {
      expect(made.status).toBe(0);
      expect(expected.length).toBeGreaterThan(40);
      const run = yibao(["policy", "validate", file, "--json"]);
      expect(run.status).toBe(4);
      const result = JSON.parse(run.stdout) as { ok: boolean; issues: { path: string; message: string; hint: string }[] };
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => i.path)).toEqual(expected.map((p) => p.path));
      result.issues.forEach((issue, i) => expect(issue.message).toBe(`还没有填写:这里仍是占位符 ${JSON.stringify(expected[i]?.text)}。`));
      const paths = result.issues.map((i) => i.path);
      const first = categories === "levels" ? '"1"' : "community";
      expect(paths).toContain(`versions[0].outpatient.deductible.amount.byCategory${categories === "levels" ? `[${first}]` : `.${first}`}.value`);
      expect(paths).toContain('versions[0].outpatient.cap.amount.byStatus["in-service"].value');
      expect(paths).toContain("versions[0].effectiveFrom");
      expect(paths).toContain("sources.src1.file");
    });

    it(`${categories}: the table says what to write in place of each, in Chinese and in English`, () => {
      const zh = yibao(["policy", "validate", file]);
      expect(zh.stdout.startsWith(`政策文件 ${file} 有 ${expected.length} 个问题:\n`)).toBe(true);
      expect(zh.stdout).toContain('  versions[0].outpatient.cap.amount.byStatus.retired.value\n    还没有填写:这里仍是占位符 "<填写 金额 yuan>"。\n    提示: 换成来源给出的金额(元),写成带引号的字符串,例如 "300" 或 "12.50"。\n');
      const en = yibao(["policy", "validate", file, "--lang", "en"]);
      expect(en.stdout).toContain('    not filled in yet: this is still the placeholder "<填写 原文 quote>".\n    Hint: Copy the sentence of the source this value rests on, word for word');
    });

    it(`${categories}: filled with numbers, dates, names, quotes and a source file, it validates and settles a visit`, () => {
      const full = join(dir, `filled-${categories}.json`);
      writeFileSync(full, JSON.stringify(filled(skeleton), null, 2));
      expect(placeholders(readJson(full))).toEqual([]);
      const validate = yibao(["policy", "validate", full]);
      expect(validate.status).toBe(0);
      expect(validate.stdout).toContain(`政策文件 ${full} 有效。\n城市:某某市 (my-city),完整的政策\n版本 v1: 2025-01-01 起\n`);
      const level = categories === "levels" ? "二级" : "hospital";
      for (const city of [["--city", "my-city"], []]) {
        const calc = yibao(["calc", ...city, "--policy-file", full, "--type", "退休", "--level", level, "--amount", "1200", "--date", "2025-03-01", "--json"]);
        expect(calc.status).toBe(0);
        // 300 deductible, then 900 × 60%.
        expect(JSON.parse(calc.stdout).visits[0]).toMatchObject({ deductible: "300.00", ratio: "0.60", fundPaid: "540.00" });
      }
    });
  }
});
