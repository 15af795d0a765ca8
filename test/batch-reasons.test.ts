/**
 * A batch line a script needs: by default the numbers and each reason as its code, typed values and
 * a reference to the policy value it cites; `--reasons full` gives the words and quotes, byte for
 * byte the lines batch wrote before the default changed; `policy show` looks a reference up.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchLineSchema, plainBatchLine } from "../src/app/batch.js";
import { runCase } from "./corpus/runner.js";
import { builtRun, yibao } from "./helpers.js";

const run = builtRun();

const line = (fields: Record<string, unknown>) => JSON.stringify({ person: "p1", city: "鞍山", type: "退休", level: 2, amount: "1200", date: "2025-03-01", ...fields });
const input = [
  line({ id: "a" }),
  line({ id: "b", date: "2025-04-01", amount: "5000" }),
  line({ id: "c", person: "p2", city: "beijing", level: "医院", age: 72, amount: "3000" }),
  line({ id: "d", person: "p3", city: "lvliang", type: "在职", level: "二类", amount: "200", account: "50" }),
  line({ id: "e", person: "p4", place: "temporary-elsewhere", treatmentCity: "北京", filed: true }),
  "{not json",
  // Text that is not ASCII, from the input and from a policy file's names: written as UTF-8.
  line({ id: "张三-1", person: "张三", city: "沈阳", level: 1, conditions: ["签约家庭医生"] }),
].join("\n");

describe("the default batch line", () => {
  const out = yibao(["batch"], { input });
  const lines = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
  const full = yibao(["batch", "--reasons", "full"], { input })
    .stdout.trim()
    .split("\n")
    .map((l) => JSON.parse(l));

  it("carries every number of the full line, and no words", () => {
    expect(lines).toHaveLength(7);
    expect(lines[6]).toMatchObject({ id: "张三-1", person: "张三", city: "shenyang" });
    lines.forEach((compact, i) => {
      const words = full[i];
      if (words.error !== undefined) {
        // An error line is the same in both forms: it is read by people.
        expect(compact).toEqual(words);
        return;
      }
      const { levelName: _name, settlement, reasons, ...numbers } = words;
      expect(compact).toEqual({
        ...numbers,
        settlement: { mode: settlement.mode, atCounter: settlement.atCounter, reimbursedLater: settlement.reimbursedLater, actions: settlement.actions.map((a: { code: string }) => a.code) },
        reasons: compact.reasons,
      });
      expect(compact.reasons.map((r: { code: string }) => r.code)).toEqual(reasons.map((r: { code: string }) => r.code));
      expect(JSON.stringify(compact)).not.toContain("message");
    });
  });

  it("gives each reason's values typed: money in yuan, ratios as decimals, levels as numbers", () => {
    expect(lines[0].reasons).toEqual([
      { code: "DEDUCTIBLE_PART", values: { threshold: "500.00", part: "500.00", level: 2, period: "year" }, cite: "anshan@2025:outpatient.deductible.byLevel.2" },
      { code: "DEDUCTIBLE_SHARED_READING", values: { accumulator: "shared" }, cite: "anshan@2025:outpatient.deductible.accumulator" },
      { code: "RATIO_APPLIED", values: { eligible: "700.00", ratio: "0.60", fund: "420.00", level: 2, status: "retired" }, cite: "anshan@2025:outpatient.ratios.2.retired" },
    ]);
    // 北京's retirees aged 70 and over: a ratio by category, status and age, and no cap.
    expect(lines[2].reasons.map((r: { cite?: string }) => r.cite)).toContain("beijing@2023:outpatient.ratio.byCategory.hospital.byStatus.retired.byAge.1");
    expect(lines[2].reasons.at(-1)).toEqual({ code: "CAP_NONE", values: {}, cite: "beijing@2023:outpatient.cap.none" });
  });

  it("cites what policy show finds: the same quote the full line gives", () => {
    let looked = 0;
    lines.forEach((compact, i) => {
      compact.reasons?.forEach((reason: { cite?: string }, j: number) => {
        const source = full[i].reasons[j].source;
        if (reason.cite === undefined || source?.quote === undefined) return;
        const shown = yibao(["policy", "show", reason.cite, "--json"]);
        expect(shown.status, reason.cite).toBe(0);
        const value = JSON.parse(shown.stdout);
        expect(value.reference).toBe(reason.cite);
        expect(value.source.quote).toBe(source.quote);
        expect(value.source.document).toBe(source.document);
        looked++;
      });
    });
    expect(looked).toBeGreaterThan(8);
  });

  it("refuses --reasons with another value, naming the two", () => {
    const bad = yibao(["batch", "--reasons", "some", "--lang", "en"], { input: line({}) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Invalid value "some" for --reasons');
    expect(bad.stderr).toContain("codes, full");
    expect(bad.stdout).toBe("");
  });

  it("writes a line longer than its output buffer whole", () => {
    const id = "x".repeat(600_000);
    const long = yibao(["batch"], { input: `${line({ id })}\n${line({ id: "next", person: "p9" })}\n` });
    const [first, second] = long.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(first.id).toBe(id);
    expect(first.fundPaid).toBe("420.00");
    expect(second.id).toBe("next");
  });
});

describe("--reasons full", () => {
  const read = (name: string) =>
    readFileSync(new URL(`./fixtures/batch-full/${name}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  const cases = read("cases.jsonl");
  const recorded = read("outputs.jsonl");
  it.each(cases.map((c, i) => [String(c.name), c, recorded[i]] as const))("%s: the lines batch wrote before the default changed", async (_name, c, want) => {
    const got = await runCase(run, c);
    expect(got.stdout).toBe(want?.stdout);
    expect(got.stderr).toBe(want?.stderr);
    expect(got.status).toBe(want?.status);
  });
});

describe("policy show city@version:field", () => {
  it("shows the value, its source and quote", () => {
    const shown = yibao(["policy", "show", "anshan@2025:outpatient.ratios.2.retired"]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toBe('鞍山市(辽宁省)· 版本 2025 · outpatient.ratios.2.retired\n取值: 0.60\n依据: 000 《2025年辽宁鞍山医保门诊共济政策》 [第三方解读]\n原文: "二级定点医疗机构:在职职工55%,退休人员60%"\n');
  });

  it("shows the reading a value rests on", () => {
    const shown = yibao(["policy", "show", "anshan@2025:outpatient.deductible.accumulator", "--lang", "en"]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain("Value: shared\n");
    expect(shown.stdout).toContain("Interpretation: I2 ");
  });

  it("names the versions or the fields there are when the reference has none such, and exits 2", () => {
    const version = yibao(["policy", "show", "anshan@2019:outpatient", "--lang", "en"]);
    expect(version.status).toBe(2);
    expect(version.stderr).toContain('no version "anshan@2019:outpatient"');
    expect(version.stderr).toContain("Its versions: 2025.");
    const field = yibao(["policy", "show", "anshan@2025:outpatient.ratios.2.retied"]);
    expect(field.status).toBe(2);
    expect(field.stderr).toContain("outpatient.ratios.2 之下有:in-service, retired");
    const city = yibao(["policy", "show", "nowhere@2025:outpatient"]);
    expect(city.status).toBe(2);
    expect(city.stderr).toContain('不认识城市 "nowhere"');
  });
});

describe("a batch line checked without the schema", () => {
  const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.constant({}));
  const keys = [...Object.keys(batchLineSchema.shape), "unknown", "__proto__"];
  const record = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 12 });

  it("takes only what the schema takes, as the schema gives it", () => {
    fc.assert(
      fc.property(record, (data) => {
        const parsed = batchLineSchema.safeParse(data);
        const plain = plainBatchLine(data);
        if (plain !== undefined) {
          expect(parsed.success).toBe(true);
          expect(plain).toEqual(parsed.data);
        }
        // What the schema takes with no list in it, the quick check takes too.
        if (parsed.success && !Object.values(data).some(Array.isArray)) expect(plain).toBeDefined();
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves a line that is not an object, or lacks a required field, to the schema", () => {
    expect(plainBatchLine([1])).toBeUndefined();
    expect(plainBatchLine(null)).toBeUndefined();
    expect(plainBatchLine({ city: "anshan", type: "retired", level: 2, date: "2025-03-01" })).toBeUndefined();
    expect(plainBatchLine({ city: "anshan", type: "retired", level: 2, date: "2025-03-01", amount: "1" })).toBeDefined();
  });
});
