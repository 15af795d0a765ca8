/** Policy files a user supplies: extending a city, a folder of files, hostile files, and `yibao policy`. */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validatePolicyFile } from "../src/app/policy.js";
import { explainError } from "../src/cli/messages.js";
import { explainPolicyIssue } from "../src/cli/policy-words.js";
import { renderValidation, validationJson } from "../src/cli/render/policy.js";
import { plainTheme } from "../src/cli/theme.js";
import { mergeValue } from "../src/policy/extend.js";
import { MAX_POLICY_BYTES, checkPolicyFile, inPolicyFolder, loadRegistry, shippedPolicyDir } from "../src/policy/load.js";
import { YibaoError } from "../src/shared/errors.js";
import { findCity, versionOn } from "../src/policy/registry.js";
import { ROOT, yibao } from "./helpers.js";

const fixture = (name: string) => `test/fixtures/${name}`;
const TONGLIAO = fixture("tongliao-test.json");
const ANSHAN = fixture("anshan-deductible.json");
const WHOLE = fixture("whole-city.json");
const tmp = () => mkdtempSync(join(tmpdir(), "yibao-policy-files-"));

const tongliaoRetired = ["calc", "--city", "通辽", "--type", "退休", "--level", "2", "--amount", "1234.56", "--date", "2025-03-01"];

describe("a file that extends a shipped city", () => {
  it("gives Tongliao test parameters its source lacks, settled to the fen", () => {
    const run = yibao([...tongliaoRetired, "--policy-file", TONGLIAO, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const visit = JSON.parse(run.stdout).visits[0];
    // 1234.56 − 300.00 deductible = 934.56; × 65% = 607.464 → 607.46 (half-up).
    expect(visit).toMatchObject({ deductible: "300.00", eligible: "934.56", ratio: "0.65", fundPaid: "607.46", selfPaid: "627.10", copay: "327.10" });
    const ratio = visit.reasons.find((r: { code: string }) => r.code === "RATIO_APPLIED");
    expect(ratio.source).toEqual({ document: "测试用参数(非真实政策,仅供测试)", quote: "测试值:二级 退休 65%", policyFile: TONGLIAO });
  });

  it("says in the table that a value comes from the user's file", () => {
    const run = yibao([...tongliaoRetired, "--policy-file", TONGLIAO]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`依据: 《测试用参数(非真实政策,仅供测试)》“测试值:二级 300 元” [用户文件 ${TONGLIAO}]`);
    expect(yibao([...tongliaoRetired, "--policy-file", TONGLIAO, "--lang", "en"]).stdout).toContain(`[user file ${TONGLIAO}]`);
  });

  it("covers pharmacies with a prescription once the file gives the rule", () => {
    const run = yibao([...tongliaoRetired, "--facility", "pharmacy", "--policy-file", TONGLIAO, "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).visits[0]).toMatchObject({ covered: true, fundPaid: "607.46" });
  });

  it("drops the entries of `missing` the file supplies, and keeps the base id, sources and rules", () => {
    const registry = loadRegistry([TONGLIAO]);
    const policy = findCity(registry, "tongliao");
    const version = versionOn(policy, "2025-06-01");
    expect(policy.id).toBe("tongliao");
    expect(version.missing).toEqual([]);
    expect(version.designation.source.ref).toBe("004");
    expect(version.family?.relations.value).toEqual(["spouse", "child", "parent"]);
    expect(Object.keys(policy.sources)).toEqual(["001", "004", "test"]);
    expect(policy.sources.test?.policyFile).toBe(TONGLIAO);
    expect(policy.sources["004"]?.policyFile).toBeUndefined();
    expect(registry.origins?.get("tongliao")).toEqual({ shipped: true, files: [TONGLIAO] });
  });

  it("overriding one Anshan value replaces its citation and leaves the others", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01", "--policy-file", ANSHAN, "--json"]);
    expect(run.status).toBe(0);
    const visit = JSON.parse(run.stdout).visits[0];
    // 1200 − 400 = 800; × 60% = 480.00.
    expect(visit).toMatchObject({ deductible: "400.00", fundPaid: "480.00", selfPaid: "720.00" });
    const deductible = visit.reasons.find((r: { code: string }) => r.code === "DEDUCTIBLE_PART");
    expect(deductible.source).toEqual({ document: "测试用参数(非真实政策,仅供测试)", quote: "测试值:二级 400 元", policyFile: ANSHAN });
    const ratio = visit.reasons.find((r: { code: string }) => r.code === "RATIO_APPLIED");
    expect(ratio.source.document).toBe("2025年辽宁鞍山医保门诊共济政策");
    expect(ratio.source.policyFile).toBeUndefined();
    const level1 = versionOn(findCity(loadRegistry([ANSHAN]), "anshan"), "2025-03-01").outpatient?.deductible.byLevel["1"];
    expect(level1?.source?.ref).toBe("000");
  });

  it("a sourced value is replaced whole: the shipped interpretation does not stay behind", () => {
    const dir = tmp();
    const file = join(dir, "period.json");
    const source = { ref: "u", quote: "测试值:按次" };
    writeFileSync(
      file,
      JSON.stringify({
        extends: "songyuan",
        sources: { u: { title: "测试用参数(非真实政策,仅供测试)", policyFile: "/somewhere/else.json" } },
        versions: [{ id: "2025", outpatient: { deductible: { period: { value: "visit", source }, accumulator: null } } }],
      }),
    );
    // accumulator: null is not allowed by the schema: the path is reported where the user wrote it.
    const checked = checkPolicyFile(file, loadRegistry());
    expect(checked.issues.map((i) => i.path)).toEqual(["versions[0].outpatient.deductible.accumulator"]);
    const fixed = JSON.parse(readFileSync(file, "utf8"));
    delete fixed.versions[0].outpatient.deductible.accumulator;
    writeFileSync(file, JSON.stringify(fixed));
    const policy = findCity(loadRegistry([file]), "songyuan");
    const period = policy.versions[0]?.outpatient?.deductible.period;
    expect(period).toEqual({ value: "visit", source });
    // The loader sets policyFile to the file's own path, whatever the file says.
    expect(policy.sources.u?.policyFile).toBe(file);
  });

  it("a new version must be complete and take its place in the sequence", () => {
    const dir = tmp();
    const file = join(dir, "next.json");
    const anshan = JSON.parse(readFileSync(join(ROOT, "policies", "anshan.json"), "utf8"));
    const next = { ...anshan.versions[0], id: "2026", effectiveFrom: "2026-01-01", confirmedThrough: undefined };
    writeFileSync(file, JSON.stringify({ extends: "anshan", versions: [next] }));
    const open = checkPolicyFile(file, loadRegistry());
    expect(open.issues).toHaveLength(1);
    expect(open.issues[0]).toMatchObject({ path: "extends", params: { city: "anshan", version: "2025", at: "effectiveTo" } });
    writeFileSync(file, JSON.stringify({ extends: "anshan", versions: [{ id: "2025", effectiveTo: "2025-12-31" }, next] }));
    const policy = findCity(loadRegistry([file]), "anshan");
    expect(policy.versions.map((v) => v.id)).toEqual(["2025", "2026"]);
  });

  it("files load in order: a file extends only what is loaded before it", () => {
    const dir = tmp();
    const file = join(dir, "ext.json");
    writeFileSync(file, JSON.stringify({ extends: "测试市", versions: [] }));
    expect(yibao(["policy", "list", "--policy-file", WHOLE, "--policy-file", file]).status).toBe(0);
    const wrong = yibao(["policy", "list", "--policy-file", file, "--policy-file", WHOLE]);
    expect(wrong.status).toBe(4);
    expect(wrong.stderr).toContain('extends: 要扩展的城市 "测试市" 尚未加载。');
  });
});

describe("YIBAO_POLICY_DIR", () => {
  it("loads the folder's *.json files by name, skipping schema.json, before --policy-file", () => {
    const dir = tmp();
    copyFileSync(join(ROOT, TONGLIAO), join(dir, "10-tongliao.json"));
    copyFileSync(join(ROOT, "policies", "schema.json"), join(dir, "schema.json"));
    writeFileSync(join(dir, "notes.txt"), "not a policy");
    const env = { YIBAO_POLICY_DIR: dir };
    const run = yibao([...tongliaoRetired, "--json"], { env });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).visits[0].fundPaid).toBe("607.46");
    // A --policy-file loads after the folder and may extend what it gave.
    const after = yibao([...tongliaoRetired, "--policy-file", ANSHAN, "--json"], { env });
    expect(JSON.parse(after.stdout).visits[0].fundPaid).toBe("607.46");
    const list = JSON.parse(yibao(["policy", "list", "--json"], { env }).stdout);
    expect(list.find((c: { id: string }) => c.id === "tongliao").origin).toEqual({ shipped: true, files: [join(dir, "10-tongliao.json")] });
  });

  it("a folder that does not exist is a policy error naming the variable", () => {
    const run = yibao(["policy", "list"], { env: { YIBAO_POLICY_DIR: "/no/such/folder" } });
    expect(run.status).toBe(4);
    expect(run.stderr).toBe(
      "错误: 无法读取 YIBAO_POLICY_DIR 指定的政策文件夹 /no/such/folder(ENOENT)。\n提示: 把 YIBAO_POLICY_DIR 设为一个存在的文件夹(其中的 *.json 政策文件按文件名顺序加载),或取消设置。\n",
    );
  });
});

describe("yibao policy validate", () => {
  const validate = (file: string, ...more: string[]) => {
    const run = yibao(["policy", "validate", file, "--json", ...more]);
    return { status: run.status, stderr: run.stderr, json: JSON.parse(run.stdout || "null") };
  };

  it("a good extending file: what it supplies, and the parts no longer missing", () => {
    const run = yibao(["policy", "validate", TONGLIAO]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`政策文件 ${TONGLIAO} 有效。`);
    expect(run.stdout).toContain("城市:通辽市 (tongliao),扩展已加载的政策");
    expect(run.stdout).toContain("补充的值:\n  versions[0].outpatient.deductible.period\n");
    expect(run.stdout).toContain("  versions[0].pharmacy\n");
    expect(run.stdout).toContain("版本 2025 不再缺少:起付标准、支付比例、年度最高支付限额、定点药店的支付规则");
  });

  it("an override is reported as one", () => {
    const { status, json } = validate(ANSHAN);
    expect(status).toBe(0);
    expect(json).toMatchObject({ ok: true, city: "anshan", kind: "extends", sources: ["u1"], issues: [] });
    expect(json.changes).toEqual([{ path: 'versions[0].outpatient.deductible.byLevel["2"]', kind: "overrides" }]);
  });

  it("a whole city of one's own", () => {
    const { status, json } = validate(WHOLE);
    expect(status).toBe(0);
    expect(json).toMatchObject({ ok: true, city: "testcity", kind: "whole", versions: [{ id: "test", effectiveFrom: "2025-01-01" }] });
  });

  const broken: { file: string; paths: string[]; says: RegExp }[] = [
    { file: "wrong-types.json", paths: ['versions[0].outpatient.ratios["2"].retired.value', "versions[0].outpatient.cap.basis"], says: /类型不对:应为字符串,实际是数字/ },
    { file: "unknown-key.json", paths: ["versions[0].outpatient"], says: /不认识的键:"capp"/ },
    { file: "unknown-ref.json", paths: ["versions[0].outpatient.cap.byStatus.retired.source.ref"], says: /没有键为 "nope" 的来源/ },
    { file: "bad-date.json", paths: ["versions[0].effectiveTo"], says: /不是真实存在的日期/ },
    { file: "extends-unknown.json", paths: ["extends"], says: /要扩展的城市 "锦州" 尚未加载/ },
    { file: "duplicate-source.json", paths: ['sources["000"]'], says: /anshan 已有键为 "000" 的来源/ },
  ];
  for (const b of broken) {
    it(`refuses ${b.file}, with the exact path and a hint`, () => {
      const { status, json } = validate(fixture(`broken/${b.file}`));
      expect(status).toBe(4);
      expect(json.ok).toBe(false);
      expect(json.issues.map((i: { path: string }) => i.path)).toEqual(b.paths);
      expect(json.issues[0].message).toMatch(b.says);
      for (const issue of json.issues) expect(issue.hint.length).toBeGreaterThan(0);
    });
  }

  it("prints every problem with its path and a hint, in Chinese and in English", () => {
    const zh = yibao(["policy", "validate", fixture("broken/wrong-types.json")]);
    expect(zh.status).toBe(4);
    expect(zh.stdout).toBe(
      [
        "政策文件 test/fixtures/broken/wrong-types.json 有 2 个问题:",
        '  versions[0].outpatient.ratios["2"].retired.value',
        "    类型不对:应为字符串,实际是数字。",
        '    提示: 金额和比例写成带引号的字符串,例如 "300"、"0.55"。',
        "  versions[0].outpatient.cap.basis",
        '    取值 "money" 不在可选值之内。',
        '    提示: 可选:"fund" | "eligible"。',
        "",
      ].join("\n"),
    );
    const en = yibao(["policy", "validate", fixture("broken/wrong-types.json"), "--lang", "en"]);
    expect(en.stdout).toContain("wrong type: expected a string, got a number.");
    expect(en.stdout).toContain('Hint: Allowed: "fund" | "eligible".');
  });

  it("reports every problem at once: a structural one and one across fields, each with its path", () => {
    const dir = tmp();
    const file = join(dir, "two.json");
    const city = JSON.parse(readFileSync(WHOLE, "utf8"));
    const version = city.versions[0];
    // Structural: a value the cap's basis cannot take. Across fields, elsewhere in the same version:
    // no pharmacy rule, and no longer listed under `missing`; a version that ends before it starts.
    version.outpatient.cap.basis = "money";
    version.missing = version.missing.filter((m: { field: string }) => m.field !== "pharmacy");
    version.effectiveTo = "2024-12-31";
    writeFileSync(file, JSON.stringify(city));
    const { status, json } = validate(file);
    expect(status).toBe(4);
    expect(json.issues.map((i: { path: string; message: string }) => [i.path, i.message])).toEqual([
      ["versions[0].outpatient.cap.basis", '取值 "money" 不在可选值之内。'],
      ["versions[0].effectiveTo", "effectiveTo 早于 effectiveFrom。"],
      ["versions[0].pharmacy", "缺少定点药店的规定(pharmacy),也没有在 missing 中说明。"],
    ]);
    for (const issue of json.issues) expect(issue.hint.length).toBeGreaterThan(0);
    const en = yibao(["policy", "validate", file, "--lang", "en"]);
    expect(en.stdout).toContain("Policy file");
    expect(en.stdout).toContain("  versions[0].outpatient.cap.basis\n");
    expect(en.stdout).toContain("  versions[0].pharmacy\n    give the pharmacy rule, or list `pharmacy` under `missing`.\n");
  });

  it("reports every problem at once in a file that extends a city, each where the user wrote it", () => {
    const dir = tmp();
    const file = join(dir, "extends.json");
    const test = JSON.parse(readFileSync(TONGLIAO, "utf8"));
    // Structural: a cap with a basis it cannot take. Across fields, in the same outpatient part and
    // in the version: a ratio band from 0, and an end before Tongliao's start (2025-01-01).
    const outpatient = test.versions[0].outpatient;
    outpatient.cap.basis = "money";
    outpatient.ratioBands = [{ from: { value: "0", source: { ref: "test", quote: "测试值:0 元以上" } }, ratio: { value: "0.7", source: { ref: "test", quote: "测试值:70%" } } }];
    test.versions[0].effectiveTo = "2024-12-31";
    writeFileSync(file, JSON.stringify(test));
    const { status, json } = validate(file);
    expect(status).toBe(4);
    expect(json.issues.map((i: { path: string; message: string }) => [i.path, i.message])).toEqual([
      ["versions[0].outpatient.cap.basis", '取值 "money" 不在可选值之内。'],
      ["versions[0].outpatient.ratioBands[0].from", "比例分段的起点须大于 0,且一段比一段高。"],
      ["versions[0].effectiveTo", "effectiveTo 早于 effectiveFrom。"],
    ]);
  });

  it("a file outside the package's policies/ folder is pointed to `yibao policy schema`", () => {
    const dir = tmp();
    const file = join(dir, "typo.json");
    const city = JSON.parse(readFileSync(WHOLE, "utf8"));
    city.versions[0].outpatient.capp = {};
    writeFileSync(file, JSON.stringify(city));
    const { json } = validate(file);
    expect(json.issues[0].hint).toBe("检查拼写(拼错的键不会被悄悄忽略);此处可用的键见 yibao policy schema 的输出。");
    const calc = yibao(["calc", "--city", "测试", "--type", "退休", "--level", "2", "--amount", "100", "--date", "2025-03-01", "--policy-file", file]);
    expect(calc.status).toBe(4);
    expect(calc.stderr).toContain('格式可用 yibao policy schema 查看(yibao policy schema > schema.json,再在文件开头写上 "$schema": "./schema.json")。');
    expect(calc.stderr).not.toContain("policies/schema.json");
    const en = yibao(["calc", "--city", "测试", "--type", "退休", "--level", "2", "--amount", "100", "--date", "2025-03-01", "--policy-file", file, "--lang", "en"]);
    expect(en.stderr).toContain('yibao policy schema prints the format (yibao policy schema > schema.json, then "$schema": "./schema.json" at the top of the file).');
    expect(explainPolicyIssue({ path: "x", code: "invalid_union", message: "" }, "en").hint).toContain("run yibao policy schema > schema.json in the file's folder");
  });

  it("a file in the package's policies/ folder is pointed to policies/schema.json", () => {
    expect(inPolicyFolder(join(shippedPolicyDir(), "anshan.json"))).toBe(true);
    expect(inPolicyFolder(join(shippedPolicyDir(), "new-city", "draft.json"))).toBe(true);
    expect(inPolicyFolder(WHOLE)).toBe(false);
    expect(inPolicyFolder(join(shippedPolicyDir(), "..", "test", "fixtures", "whole-city.json"))).toBe(false);
    expect(inPolicyFolder(`${shippedPolicyDir()}-elsewhere/x.json`)).toBe(false);
    expect(inPolicyFolder(join(tmpdir(), "x.json"))).toBe(false);
    // A draft beside the shipped files, in a folder of its own so that nothing loads it meanwhile.
    const dir = mkdtempSync(join(shippedPolicyDir(), ".draft-"));
    try {
      const file = join(dir, "typo.json");
      const city = JSON.parse(readFileSync(WHOLE, "utf8"));
      city.versions[0].outpatient.capp = {};
      writeFileSync(file, JSON.stringify(city));
      const checked = validatePolicyFile(file, loadRegistry());
      expect(checked.inPackage).toBe(true);
      expect(validationJson(checked, "zh").issues[0]?.hint).toBe("检查拼写(拼错的键不会被悄悄忽略);此处可用的键见 policies/schema.json。");
      expect(renderValidation(checked, "en", plainTheme)).toContain("the keys allowed here are in policies/schema.json.");
      let error: unknown;
      try {
        loadRegistry([file]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(YibaoError);
      expect(explainError(error as YibaoError, "zh").hint).toContain("格式见 policies/schema.json(yibao policy schema)。");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(explainPolicyIssue({ path: "x", code: "invalid_union", message: "" }, "zh", true).hint).toBe("格式见 policies/schema.json(yibao policy schema)。");
  });

  it("the same problems stop calc with exit code 4", () => {
    const run = yibao([...tongliaoRetired, "--policy-file", fixture("broken/unknown-ref.json")]);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('versions[0].outpatient.cap.byStatus.retired.source.ref: 没有键为 "nope" 的来源。');
    expect(run.stderr).toContain("提示: 运行 yibao policy validate test/fixtures/broken/unknown-ref.json");
  });
});

describe("hostile or malformed files are refused, never run, never a crash", () => {
  const dir = tmp();
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const cases: { name: string; file: () => string; says: RegExp }[] = [
    { name: "a file larger than the limit", file: () => write("big.json", `{"extends":"anshan","x":"${"a".repeat(MAX_POLICY_BYTES)}"}`), says: /文件超过 1000000 字节/ },
    { name: "10,000 levels of nesting", file: () => write("deep.json", `${"[".repeat(10_000)}${"]".repeat(10_000)}`), says: /嵌套超过 32 层/ },
    { name: "10,000 unclosed brackets", file: () => write("open.json", "[".repeat(10_000)), says: /不是有效的 JSON/ },
    { name: "__proto__ and constructor keys", file: () => fixture("broken/proto.json"), says: /不允许使用键 "constructor"[\s\S]*不允许使用键 "__proto__"/ },
    { name: "a directory", file: () => dir, says: /不是普通文件\(是文件夹\)/ },
    { name: "invalid JSON", file: () => fixture("broken/not-json.json"), says: /不是有效的 JSON/ },
    { name: "JavaScript, whatever the extension", file: () => write("evil.js", 'require("fs").writeFileSync("/tmp/yibao-ran", "x")'), says: /不是有效的 JSON/ },
    ...(existsSync("/dev/zero") ? [{ name: "/dev/zero", file: () => "/dev/zero", says: /不是普通文件\(是设备\)/ }] : []),
  ];
  for (const c of cases) {
    it(`${c.name}: exit 4 with a message, no stack trace`, () => {
      const run = yibao(["calc", "--city", "anshan", "--type", "退休", "--level", "2", "--amount", "100", "--date", "2025-03-01", "--policy-file", c.file()]);
      expect(run.status).toBe(4);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^错误: 政策文件 .* 不符合格式:/);
      expect(run.stderr).toMatch(c.says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).not.toContain("内部错误");
    });
  }

  it("a FIFO is refused without being opened", () => {
    const fifo = join(dir, "pipe.json");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const run = yibao(["policy", "validate", fifo, "--json"]);
    expect(run.status).toBe(4);
    expect(JSON.parse(run.stdout).issues[0].message).toBe("不是普通文件(是管道),不予读取。");
  });

  it("the JavaScript file was never run", () => {
    expect(existsSync("/tmp/yibao-ran")).toBe(false);
  });

  it("a file that cannot be found", () => {
    const run = yibao(["policy", "validate", join(dir, "nothing.json")]);
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/^错误: 无法读取政策文件 .*nothing\.json\(ENOENT\)。/);
  });

  it("loading a hostile file leaves Object.prototype alone", () => {
    expect(() => loadRegistry([fixture("broken/proto.json")])).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The merge itself never copies the keys, even if asked to.
    const over = JSON.parse('{"a": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}}');
    const merged = mergeValue({ a: { b: 1 } }, over) as Record<string, Record<string, unknown>>;
    expect(Object.keys(merged.a ?? {})).toEqual(["b"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBeNull();
  });
});

describe("yibao policy list, show and schema", () => {
  it("list: every city, its versions, sources, what is missing, and where it came from", () => {
    const plain = yibao(["policy", "list"]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("通辽市 tongliao · 内蒙古自治区 · 150500 · 内置\n  版本 2025: 2025-01-01 起,来源确认至 2025-12-31;缺少 起付标准、支付比例、年度最高支付限额、定点药店的支付规则\n");
    const json = JSON.parse(yibao(["policy", "list", "--json", "--policy-file", TONGLIAO, "--policy-file", WHOLE]).stdout);
    expect(json.map((c: { id: string }) => c.id)).toEqual([...loadRegistry().policies.map((p) => p.id).sort(), "testcity"]);
    const tongliao = json.find((c: { id: string }) => c.id === "tongliao");
    expect(tongliao.origin).toEqual({ shipped: true, files: [TONGLIAO] });
    expect(tongliao.versions).toEqual([{ id: "2025", effectiveFrom: "2025-01-01", effectiveTo: null, confirmedThrough: "2025-12-31", missing: [] }]);
    expect(tongliao.sources.at(-1)).toEqual({ ref: "test", title: "测试用参数(非真实政策,仅供测试)", policyFile: TONGLIAO });
    expect(json.at(-1).origin).toEqual({ shipped: false, files: [WHOLE] });
  });

  it("show: the parameters in force, each with its source ref and interpretation", () => {
    const run = yibao(["policy", "show", "松原", "--date", "2025-06-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^松原市\(吉林省\)· 职工医保普通门诊统筹 · 2025-06-01 适用的政策\n/);
    expect(run.stdout).toMatch(/│ 累计方式\s+│ 各级别共用\(累计补差\)\s+│ I2\s+│/);
    expect(run.stdout).toContain("I2 ");
    const en = yibao(["policy", "show", "anshan", "--date", "2025-06-01", "--lang", "en"]);
    expect(en.stdout).toMatch(/│ level 2 · retired\s+│ 60%\s+│ 000\s+│/);
  });

  it("show --json prints the version object; the date defaults to today", () => {
    const run = yibao(["policy", "show", "tongliao", "--json", "--policy-file", TONGLIAO], { env: { YIBAO_TODAY: "2025-07-01" } });
    const version = JSON.parse(run.stdout);
    expect(version.id).toBe("2025");
    expect(version.outpatient.cap.byStatus.retired.value).toBe("2500");
    expect(version.missing).toEqual([]);
  });

  it("show: an unknown city, and a date with no version", () => {
    expect(yibao(["policy", "show", "锦州"])).toMatchObject({ status: 2, stdout: "" });
    const before = yibao(["policy", "show", "鞍山", "--date", "2020-01-01"]);
    expect(before.status).toBe(4);
    expect(before.stderr).toContain("鞍山市在 2020-01-01 没有生效的政策版本。");
  });

  it("schema: the JSON Schema, the same text as policies/schema.json", () => {
    const run = yibao(["policy", "schema"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(ROOT, "policies", "schema.json"), "utf8"));
    expect(JSON.parse(run.stdout).anyOf).toHaveLength(2);
  });

  it("help in Chinese and English, with examples", () => {
    expect(yibao(["policy", "--help"]).stdout).toContain("yibao policy validate my-tongliao.json");
    expect(yibao(["policy", "show", "--help", "--lang", "en"]).stdout).toContain("the policy of this day");
  });
});

describe("the test fixtures say plainly that their values are not policy", () => {
  for (const name of ["tongliao-test.json", "anshan-deductible.json", "whole-city.json"]) {
    it(name, () => {
      const data = JSON.parse(readFileSync(join(ROOT, fixture(name)), "utf8"));
      for (const source of Object.values(data.sources) as { title: string }[]) expect(source.title).toBe("测试用参数(非真实政策,仅供测试)");
    });
  }
});
