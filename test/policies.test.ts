/**
 * Every shipped policy passes the schema, makes sense, and every number traces to its source; so
 * does every example policy (examples/policies/), each a fictional city quoting its own text.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPercent, parseRatio } from "../src/core/money.js";
import { YibaoError } from "../src/shared/errors.js";
import { policyJsonSchemaText } from "../src/policy/json-schema.js";
import { loadPolicyFile, loadRegistry, shippedPolicyDir, shippedPolicyFiles } from "../src/policy/load.js";
import type { Policy } from "../src/policy/schema.js";
import { ROOT } from "./helpers.js";

const files = shippedPolicyFiles();
const policies = files.map((f) => ({ file: f, policy: loadPolicyFile(f) }));
const normalise = (s: string) => s.replace(/\s+/g, "");

/** Every `{value, source?, interpretation?}` in a policy, with its path. */
function sourcedValues(node: unknown, path = ""): { path: string; value: string; source?: { ref: string; quote: string }; interpretation?: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => sourcedValues(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const here = "value" in record && typeof record.value === "string" ? [{ path, ...(record as { value: string }) }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => sourcedValues(v, `${path}.${k}`))];
}

function allQuotes(node: unknown, path = ""): { path: string; ref: string; quote: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => allQuotes(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const here = typeof record.ref === "string" && typeof record.quote === "string" ? [{ path, ref: record.ref, quote: record.quote }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => allQuotes(v, `${path}.${k}`))];
}

/** Every pair of in-service and retired values side by side in a table (`byStatus`, or the short forms keyed by status). */
function statusPairs(node: unknown): [string, string][] {
  if (Array.isArray(node)) return node.flatMap(statusPairs);
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const inService = record["in-service"] as { value?: unknown } | undefined;
  const retired = record.retired as { value?: unknown } | undefined;
  const here: [string, string][] =
    typeof inService?.value === "string" && typeof retired?.value === "string" ? [[inService.value, retired.value]] : [];
  return [...here, ...Object.values(record).flatMap(statusPairs)];
}

/** A value shown as a percentage in its quote: ratios, points added to one, and shares. */
const isPercent = (path: string) => path.split(".").some((part) => ["ratio", "ratios", "addPoints", "share"].includes(part.replace(/\[\d+\]$/, "")));

/**
 * Every quote of a policy file is in the text of the source it names (a source's `file` is relative
 * to the policy file), and every number is in its quote: amounts as written, ratios as percentages
 * ("8%", or "10个百分点" for points added).
 */
function tracesToSources(file: string, policy: Policy, raw: unknown) {
  it("every quote is found, word for word, in the source it names", () => {
    const quotes = allQuotes(raw);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const source = policy.sources[q.ref];
      expect(source, q.path).toBeDefined();
      expect(source?.file, `${q.path}: source ${q.ref} has no text file`).toBeDefined();
      const text = readFileSync(join(dirname(file), source?.file ?? ""), "utf8");
      expect(normalise(text).includes(normalise(q.quote)), `${q.path}: "${q.quote}"`).toBe(true);
    }
  });

  it("every number has a source whose quote contains it, or names the interpretation it rests on", () => {
    const numbers = sourcedValues(raw).filter((v) => /^\d/.test(v.value));
    for (const v of numbers) {
      expect(v.source ?? v.interpretation, v.path).toBeDefined();
      if (v.source === undefined) continue;
      const quote = normalise(v.source.quote);
      const shown = isPercent(v.path) ? formatPercent(parseRatio(v.value) ?? -1) : v.value;
      const found = quote.includes(shown) || (shown.endsWith("%") && quote.includes(`${shown.slice(0, -1)}个百分点`));
      expect(found, `${v.path}: ${v.value} not in "${v.source.quote}"`).toBe(true);
    }
  });
}

it("ships the seed cities and the real cities added since", () => {
  expect(policies.map((p) => p.policy.id).sort()).toEqual(["anshan", "baoji", "beijing", "changsha", "chuzhou", "dalian", "daqing", "guiyang", "haikou", "hefei", "huhehaote", "jiangxi", "lanzhou", "liupanshui", "lvliang", "shenyang", "songyuan", "tengzhou", "tianjin", "tongliao", "wuhai", "wuhan", "xian", "zhuzhou", "zunyi"]);
});

it("policies/schema.json is generated from the current zod schema (run `npm run schema` if this fails)", () => {
  expect(readFileSync(join(shippedPolicyDir(), "schema.json"), "utf8")).toBe(policyJsonSchemaText());
});

it("every property of the JSON Schema has a description, for an editor to show on hover", () => {
  const undescribed: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (properties !== null && typeof properties === "object" && !Array.isArray(properties)) {
      for (const [key, property] of Object.entries(properties)) {
        const description = (property as { description?: unknown }).description;
        if (typeof description !== "string" || description.trim() === "") undescribed.push(`${path}.${key}`);
      }
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
  };
  const schema = JSON.parse(readFileSync(join(shippedPolicyDir(), "schema.json"), "utf8"));
  walk(schema, "");
  expect(undescribed).toEqual([]);
  // The walk does reach the properties, down into the tables' shared definitions.
  expect(JSON.stringify(schema)).toContain('"byAge":{"description"');
  expect(Object.keys(schema.$defs ?? {}).length).toBeGreaterThan(0);
});

for (const { file, policy } of policies) {
  describe(`policy ${policy.id}`, () => {
    const raw: unknown = JSON.parse(readFileSync(file, "utf8"));

    it("refers to the generated JSON Schema", () => {
      expect(policy.$schema).toBe("./schema.json");
    });

    tracesToSources(file, policy, raw);

    for (const version of policy.versions) {
      const op = version.outpatient;
      if (op === undefined) {
        it(`version ${version.id} says which parameters are missing`, () => {
          expect(version.missing.map((m) => m.field)).toEqual(expect.arrayContaining(["deductible", "ratios", "cap"]));
        });
        continue;
      }
      it(`version ${version.id}: ratios in (0, 1], retired at least in-service, caps likewise`, () => {
        const ratioTables = [
          (op as { ratios?: unknown }).ratios,
          (op as { ratio?: unknown }).ratio,
          ...((op as { ratioBands?: { ratio: unknown }[] }).ratioBands ?? []).map((b) => b.ratio),
          ...((op as { conditions?: { ratio?: unknown; addPoints?: unknown }[] }).conditions ?? []).flatMap((c) => [c.ratio, c.addPoints]),
        ].filter((t) => t !== undefined);
        expect(ratioTables.length).toBeGreaterThan(0);
        for (const table of ratioTables) {
          for (const leaf of sourcedValues(table)) {
            expect(Number(leaf.value), leaf.path).toBeGreaterThan(0);
            expect(Number(leaf.value), leaf.path).toBeLessThanOrEqual(1);
          }
        }
        for (const table of [...ratioTables, (op as { cap?: unknown }).cap]) {
          for (const [inService, retired] of statusPairs(table)) expect(Number(retired)).toBeGreaterThanOrEqual(Number(inService));
        }
      });
      it(`version ${version.id}: deductibles do not fall as the level rises`, () => {
        const deductible = op.deductible as { byLevel?: Record<string, { value: string }>; amount?: { byCategory?: Record<string, { value?: string }> } };
        const byCategory = deductible.amount?.byCategory;
        const order = version.categories?.map((c) => c.id) ?? [];
        const values = deductible.byLevel
          ? ["1", "2", "3"].map((l) => deductible.byLevel?.[l]?.value)
          : byCategory
            ? order.map((id) => byCategory[id]?.value)
            : [];
        const given = values.filter((v): v is string => v !== undefined).map(Number);
        for (let i = 1; i < given.length; i++) expect(given[i]).toBeGreaterThanOrEqual(given[i - 1] ?? 0);
      });
    }
  });
}

describe("a policy file that breaks the schema is refused with every problem and its path", () => {
  const dir = mkdtempSync(join(tmpdir(), "yibao-policy-"));
  const write = (name: string, data: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
    return file;
  };
  const problems = (file: string) => {
    try {
      loadPolicyFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(YibaoError);
      return (error as YibaoError).params.issues as { path: string; message: string }[];
    }
    throw new Error("the file was accepted");
  };
  const anshan = (): Policy => JSON.parse(readFileSync(join(shippedPolicyDir(), "anshan.json"), "utf8"));

  it("a ratio written as a number, a cap with three decimals and an unknown source", () => {
    const p = anshan() as unknown as { versions: { outpatient: Record<string, any> }[] };
    const op = p.versions[0]!.outpatient;
    op.ratios["1"]["in-service"].value = 0.6;
    op.cap.byStatus.retired.value = "3000.001";
    op.deductible.byLevel["2"].source.ref = "999";
    const paths = problems(write("broken.json", p)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'versions[0].outpatient.ratios["1"]["in-service"].value',
        "versions[0].outpatient.cap.byStatus.retired.value",
        'versions[0].outpatient.deductible.byLevel["2"].source.ref',
      ]),
    );
  });

  it("a value with neither a source nor an interpretation", () => {
    const p = anshan() as unknown as { versions: { outpatient: Record<string, any> }[] };
    delete p.versions[0]!.outpatient.cap.byStatus["in-service"].source;
    expect(problems(write("unsourced.json", p))[0]?.message).toMatch(/source/);
  });

  it("versions that overlap, leave a gap, or leave an earlier one open-ended", () => {
    const base = anshan();
    const v = base.versions[0];
    const versions = (spans: [string, string | undefined][]) => ({
      ...base,
      versions: spans.map(([from, to], i) => ({ ...v, id: `v${i}`, effectiveFrom: from, ...(to === undefined ? { effectiveTo: undefined } : { effectiveTo: to }) })),
    });
    const strip = (p: unknown) => JSON.parse(JSON.stringify(p));
    expect(problems(write("overlap.json", strip(versions([["2025-01-01", "2025-06-30"], ["2025-06-01", undefined]]))))[0]?.message).toMatch(/overlaps/);
    expect(problems(write("gap.json", strip(versions([["2025-01-01", "2025-06-30"], ["2025-08-01", undefined]]))))[0]?.message).toMatch(/gap/);
    expect(problems(write("open.json", strip(versions([["2025-01-01", undefined], ["2026-01-01", undefined]]))))[0]?.path).toBe("versions[0].effectiveTo");
    expect(() => loadPolicyFile(write("good.json", strip(versions([["2025-01-01", "2025-12-31"], ["2026-01-01", undefined]]))))).not.toThrow();
  });

  it("a date not written YYYY-MM-DD is a problem at its path, not a crash", () => {
    for (const written of ["2025-1-1", "hello", "2025-13-01"]) {
      const p = { ...anshan(), versions: anshan().versions.map((v) => ({ ...v, effectiveFrom: written })) };
      expect(problems(write("bad-date.json", p))).toEqual([{ path: "versions[0].effectiveFrom", message: "expected a date as YYYY-MM-DD", code: "invalid_format", params: expect.anything() }]);
    }
  });

  it("not JSON at all", () => {
    expect(problems(write("garbage.json", "{ not json"))[0]?.message).toMatch(/JSON/);
  });

  it("an unknown field, so that a misspelt key is never silently ignored", () => {
    const p = { ...anshan(), capp: 1 };
    expect(problems(write("extra.json", p)).some((i) => /capp/.test(i.message))).toBe(true);
  });
});

describe("the example policies (examples/policies/)", () => {
  const dir = join(ROOT, "examples", "policies");
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: join(dir, f), policy: loadPolicyFile(join(dir, f)) }));
  const shippedIds = new Set(policies.flatMap(({ policy }) => [policy.id, policy.adminCode]));

  it("are there, with ids and codes of their own", () => {
    expect(examples.length).toBeGreaterThanOrEqual(13);
    const keys = examples.flatMap(({ policy }) => [policy.id, policy.adminCode, ...(policy.appliesTo ?? []).map((c) => c.code)]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(shippedIds.has(key), key).toBe(false);
  });

  for (const { file, policy } of examples) {
    describe(`example ${policy.id}`, () => {
      const raw: unknown = JSON.parse(readFileSync(file, "utf8"));

      it("is a clearly fictional city named after its file, with codes that never clash with a real one", () => {
        expect(file.endsWith(`${policy.id}.json`)).toBe(true);
        expect(policy.id).toMatch(/^example-/);
        expect(policy.name.zh).toMatch(/^示例/);
        expect(policy.$schema).toBe("../../policies/schema.json");
        for (const code of [policy.adminCode, policy.province.code, ...(policy.appliesTo ?? []).map((c) => c.code)]) expect(code).toMatch(/^99\d{4}$/);
      });

      it("quotes only its own demonstration text, which says it is not any city's policy", () => {
        for (const source of Object.values(policy.sources)) {
          expect(source.file).toBe(`sources/${policy.id}.txt`);
          const path = join(dirname(file), source.file ?? "");
          expect(existsSync(path), path).toBe(true);
          const text = readFileSync(path, "utf8");
          expect(text).toContain("演示");
          expect(text).toMatch(/不是[^。]*政策/);
          expect(text).toContain("不能用于实际报销计算");
        }
      });

      tracesToSources(file, policy, raw);
    });
  }
});

describe("source grades", () => {
  it("every source of a shipped city says how far to trust it", () => {
    for (const policy of loadRegistry().policies) {
      for (const [ref, source] of Object.entries(policy.sources)) expect(source.grade, `${policy.id} ${ref}`).toBeDefined();
    }
  });
});
