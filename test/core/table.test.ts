/** Tables read by index give what a walk down the table gives, for every table of every version shipped or in the examples. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { indexed, lookup } from "../../src/core/table.js";
import type { Rules, Status, Table } from "../../src/core/types.js";
import { loadRegistry } from "../../src/policy/load.js";
import { absentParts, compileRules } from "../../src/policy/registry.js";
import { amount, byLevel } from "./rules.js";

const EXAMPLE_DIR = fileURLToPath(new URL("../../examples/policies/", import.meta.url));
const registries = [loadRegistry(), loadRegistry(readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith(".json")).map((f) => join(EXAMPLE_DIR, f)))];

/** Every table the settlement reads from a version's rules. */
function tablesOf(r: Rules): Table<unknown>[] {
  return [
    r.deductible.amount,
    r.ratio.table,
    ...r.ratio.bands.map((b) => b.table),
    ...r.ratio.conditions.flatMap((c) => (c.table === null ? [] : [c.table])),
    ...(r.cap.amount === null ? [] : [r.cap.amount]),
    ...(r.cap.secondTier === null ? [] : [r.cap.secondTier.ratio, r.cap.secondTier.amount]),
  ];
}

const STATUSES: readonly Status[] = ["in-service", "retired"];

describe("a table read by index", () => {
  const versions = registries.flatMap((registry) =>
    registry.policies.flatMap((p) => p.versions.filter((v) => v.outpatient !== undefined && absentParts(v).length === 0).map((v) => ({ name: `${p.id} ${v.id}`, rules: compileRules(p, v) }))),
  );

  it("gives every level's cell or gap, and beyond its last level what the table gives, for every version", () => {
    let read = 0;
    for (const { name, rules } of versions) {
      for (const table of tablesOf(rules)) {
        if (table.by !== "index") continue;
        read++;
        for (let level = 0; level <= rules.levels + 2; level++) {
          for (const status of STATUSES) {
            for (const age of [null, 30, 70]) {
              expect(lookup(table, { level, status, age }), `${name} level ${level} ${status}`).toBe(lookup(table.table, { level, status, age }));
            }
          }
        }
      }
    }
    // Most tables do not depend on age: they are read by index.
    expect(read).toBeGreaterThan(versions.length * 2);
  });

  it("is not made of a table that depends on age, nor of a single value", () => {
    const byAge: Table<number> = { by: "age", bands: [{ from: 0, below: 60, table: { by: "value", cell: 1 } }] };
    expect(indexed(byAge, 3)).toBe(byAge);
    const one: Table<number> = { by: "value", cell: 1 };
    expect(indexed(one, 3)).toBe(one);
    const levels = byLevel({ 1: amount(100), 2: amount(200) });
    const index = indexed(levels, 2);
    expect(index.by).toBe("index");
    expect(indexed(index, 2)).toBe(index);
  });
});
