/**
 * Settling is independent per person and ordered by date within a person: `batch --workers N` shares
 * people out among threads and writes exactly what one thread writes, and so does any split of the
 * input by person over separate processes (or machines), merged back.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { personOfLine, shardOf } from "../src/app/batch.js";
import { yibao } from "./helpers.js";

/** A deterministic input of many people in several cities, with blank, broken and out-of-order lines. */
function visits(count: number, people: number): string[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const cities = [
    { city: "鞍山", levels: [1, 2, 3] },
    { city: "lvliang", levels: ["一类", "二类", "三类"] },
    { city: "松原", levels: [1, 2, 3] },
    { city: "沈阳", levels: [1, 2, 3] },
    { city: "贵阳", levels: [1, 2, 3] },
  ];
  const day = new Map<number, number>();
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = Math.floor(random() * people);
    const where = cities[p % cities.length] ?? cities[0];
    const d = (day.get(p) ?? 0) + 1 + Math.floor(random() * 20);
    day.set(p, d);
    const date = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const visit = {
      id: `v${i}`,
      ...(p % 17 === 0 ? {} : { person: p % 13 === 0 ? p : `p${p}` }),
      city: where?.city,
      type: p % 3 === 0 ? "退休" : "在职",
      level: where?.levels[Math.floor(random() * 3)],
      amount: (50 + Math.floor(random() * 300_000) / 100).toFixed(2),
      date,
      ...(p % 5 === 0 ? { account: "300" } : {}),
    };
    const bad = random();
    if (bad < 0.01) lines.push("");
    else if (bad < 0.02) lines.push("{broken");
    else if (bad < 0.03) lines.push(JSON.stringify({ ...visit, date: "2025-01-01" }));
    else lines.push(JSON.stringify(visit));
  }
  return lines;
}

describe("batch --workers", () => {
  const input = `${visits(3000, 200).join("\n")}\n`;
  const one = yibao(["batch", "--workers", "1"], { input });

  it.each([2, 3, 5])("with %i threads writes byte for byte what one thread writes, summary and exit code too", (n) => {
    const many = yibao(["batch", "--workers", String(n)], { input });
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    expect(many.status).toBe(one.status);
    expect(one.stdout.split("\n").length).toBeGreaterThan(2900);
  });

  it("keeps input order and the words with --reasons full", () => {
    const full = yibao(["batch", "--reasons", "full", "--lang", "en"], { input });
    const threaded = yibao(["batch", "--reasons", "full", "--lang", "en", "--workers", "4"], { input });
    expect(threaded.stdout).toBe(full.stdout);
  });

  it("refuses a count that is not a whole number from 1 to 64, and threads with a spreadsheet", () => {
    for (const bad of ["0", "65", "two", "1.5"]) {
      const run = yibao(["batch", "--workers", bad, "--lang", "en"], { input: "" });
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain(`Invalid value "${bad}" for --workers`);
    }
    const sheet = yibao(["batch", "claims.csv", "--workers", "4", "--lang", "en"]);
    expect(sheet.status).toBe(2);
    expect(sheet.stderr).toContain("--workers applies to JSON Lines in and out");
  });
});

describe("partitioned by person over separate processes", () => {
  const lines = visits(2000, 150);
  const single = yibao(["batch"], { input: `${lines.join("\n")}\n` });

  it.each([2, 4])("split into %i files by a hash of person, each run alone and merged, gives the single run's lines", (k) => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-partition-"));
    // Lines without a person keep no state: any partition will do.
    const parts = Array.from({ length: k }, () => [] as { line: number; text: string }[]);
    lines.forEach((text, i) => {
      const person = personOfLine(text);
      parts[person === undefined ? i % k : shardOf(person, k)]?.push({ line: i + 1, text });
    });
    const merged: string[] = [];
    parts.forEach((part, p) => {
      const file = join(dir, `part-${p}.jsonl`);
      writeFileSync(file, `${part.map((l) => l.text).join("\n")}\n`);
      const run = yibao(["batch", file]);
      // Each output line names its line in the partition: put back the line of the whole input.
      for (const out of run.stdout.trim().split("\n")) {
        const parsed = JSON.parse(out);
        const original = part[parsed.line - 1]?.line;
        merged[original as number] = out.replace(/^\{"line":\d+/, `{"line":${original}`);
      }
    });
    const want = single.stdout.trim().split("\n");
    const got = merged.filter((l) => l !== undefined);
    expect(got).toHaveLength(want.length);
    want.forEach((line, i) => {
      const error = JSON.parse(line).error;
      // An error's message names the file and its line there; the code and the line it answers are the same.
      if (error !== undefined) expect(JSON.parse(got[i] as string).error.code).toBe(error.code);
      else expect(got[i]).toBe(line);
    });
    expect(want.filter((l) => !l.includes('"error"')).length).toBeGreaterThan(1800);
  });
});
