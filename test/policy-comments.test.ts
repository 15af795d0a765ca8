/**
 * `"$comment"` notes in policy files: allowed in any object at any depth of a whole or an extending
 * file, dropped before the schema check (so they never fail it and never reach the engine), said in
 * the JSON Schema, and a problem with its path when they are not strings.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { policyJsonSchema } from "../src/policy/json-schema.js";
import { checkPolicyFile, loadPolicyFile, loadRegistry, shippedPolicyDir } from "../src/policy/load.js";
import { prepareData } from "../src/policy/prepare.js";
import { ROOT, yibao } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "yibao-comments-"));
const write = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
};
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

/** The data with a `$comment` in every object, at every depth; how many it added. */
function withComments(data: unknown, note: (path: string) => unknown = (path) => `说明 note at ${path || "(root)"}`): { data: unknown; added: number } {
  let added = 0;
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((n, i) => walk(n, `${path}[${i}]`));
    if (node === null || typeof node !== "object") return node;
    added++;
    const out: Record<string, unknown> = { $comment: note(path) };
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, `${path}.${k}`);
    return out;
  };
  return { data: walk(data, ""), added };
}

/** Every key of the data, at any depth. */
const keysOf = (node: unknown): string[] =>
  Array.isArray(node) ? node.flatMap(keysOf) : node !== null && typeof node === "object" ? Object.entries(node).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

const anshanRetired = ["calc", "--city", "anshan", "--type", "退休", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--json", "--explain"];

describe("$comment in a whole policy file", () => {
  const { data, added } = withComments(read("policies/anshan.json"));
  const commented = write("anshan.json", data);

  it("is dropped before the check, at every depth, and the policy is the same as without", () => {
    expect(added).toBeGreaterThan(100);
    const loaded = loadPolicyFile(commented);
    expect(keysOf(loaded)).not.toContain("$comment");
    expect(loaded).toEqual(loadPolicyFile(join(shippedPolicyDir(), "anshan.json")));
  });

  it("validates, and a visit settles exactly as under the shipped file", () => {
    const validate = yibao(["policy", "validate", commented]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain(`政策文件 ${commented} 有效。`);
    const shipped = yibao(anshanRetired);
    const user = yibao([...anshanRetired, "--policy-file", commented]);
    expect(user.status).toBe(0);
    // The same numbers and steps; only the sources now say they come from the user's file.
    const strip = (text: string) => JSON.parse(text, (key, value) => (key === "policyFile" ? undefined : value));
    expect(strip(user.stdout)).toEqual(strip(shipped.stdout));
  });

  it("never reaches what show --json prints", () => {
    const show = yibao(["policy", "show", "anshan", "--date", "2025-03-01", "--json", "--policy-file", commented]);
    expect(show.status).toBe(0);
    expect(show.stdout).not.toContain("$comment");
  });

  it("a $comment that is not a string is a problem at its path, with every other problem", () => {
    const p = withComments(read("policies/anshan.json")).data as { versions: Record<string, any>[] };
    p.versions[0]!.outpatient.cap.$comment = 3;
    p.versions[0]!.family.places["same-city"].$comment = { zh: "说明" };
    p.versions[0]!.outpatient.cap.basis = "money";
    const file = write("bad-comments.json", p);
    const run = yibao(["policy", "validate", file, "--json"]);
    expect(run.status).toBe(4);
    const issues = JSON.parse(run.stdout).issues as { path: string; message: string; hint: string }[];
    expect(issues.map((i) => i.path)).toEqual(["versions[0].outpatient.cap.$comment", 'versions[0].family.places["same-city"].$comment', "versions[0].outpatient.cap.basis"]);
    expect(issues[0]?.message).toBe('"$comment" 是给人看的说明,应为字符串,实际是数字。');
    expect(issues[1]?.message).toBe('"$comment" 是给人看的说明,应为字符串,实际是对象 { … }。');
    const en = yibao(["policy", "validate", file, "--lang", "en"]);
    expect(en.stdout).toContain('  versions[0].outpatient.cap.$comment\n    "$comment" is a note for people and must be a string, not a number.\n');
    // calc refuses the file the same way.
    const calc = yibao([...anshanRetired, "--policy-file", file]);
    expect(calc.status).toBe(4);
    expect(calc.stderr).toContain("versions[0].outpatient.cap.$comment:");
  });

  it("$comment is only a note's key: a source or a category keyed $comment is dropped too, nothing else is", () => {
    const prepared = prepareData({ a: { $comment: "x", b: [{ $comment: "y", c: "$comment" }] }, sources: { $comment: "z" } });
    expect(prepared).toEqual({ data: { a: { b: [{ c: "$comment" }] }, sources: {} }, issues: [] });
  });
});

describe("$comment in an extending file", () => {
  const { data } = withComments(read("test/fixtures/tongliao-test.json"));
  const file = write("tongliao.json", data);

  it("is dropped, and the file supplies the same values", () => {
    const registry = loadRegistry();
    const checked = checkPolicyFile(file, registry);
    expect(checked.issues).toEqual([]);
    expect(keysOf(checked.policy)).not.toContain("$comment");
    const plain = checkPolicyFile(join(ROOT, "test/fixtures/tongliao-test.json"), registry);
    expect(checked.changes).toEqual(plain.changes);
    const args = ["calc", "--city", "通辽", "--type", "退休", "--level", "2", "--amount", "1234.56", "--date", "2025-03-01", "--json"];
    const ours = yibao([...args, "--policy-file", file]);
    expect(ours.status).toBe(0);
    expect(JSON.parse(ours.stdout).visits[0].fundPaid).toBe("607.46");
  });

  it("a $comment that is not a string is a problem at its path in the file", () => {
    const p = withComments(read("test/fixtures/tongliao-test.json"), (path) => (path === ".versions[0].outpatient" ? false : "note")).data;
    const run = yibao(["policy", "validate", write("tongliao-bad.json", p), "--json"]);
    expect(run.status).toBe(4);
    expect(JSON.parse(run.stdout).issues.map((i: { path: string }) => i.path)).toEqual(["versions[0].outpatient.$comment"]);
  });
});

describe("the JSON Schema says $comment is allowed everywhere", () => {
  const schema = policyJsonSchema();

  it("every object schema has a string property $comment", () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (record.type === "object") objects.push(record);
      Object.values(record).forEach(walk);
    };
    walk(schema);
    expect(objects.length).toBeGreaterThan(100);
    for (const o of objects) expect((o.properties as Record<string, { type: string }>).$comment?.type).toBe("string");
  });

  it("a validator built from it accepts notes at every depth, in both kinds of file, and refuses one that is not a string", () => {
    const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    for (const path of ["policies/anshan.json", "policies/lvliang.json", "test/fixtures/tongliao-test.json"]) {
      expect(validator.safeParse(read(path)).success).toBe(true);
      expect(validator.safeParse(withComments(read(path)).data).success).toBe(true);
    }
    const bad = withComments(read("policies/anshan.json"), (path) => (path === ".interpretations" ? 1 : "note")).data;
    expect(validator.safeParse(bad).success).toBe(false);
  });
});
