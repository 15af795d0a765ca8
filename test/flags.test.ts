/** Options that would be ignored or do harm are refused, with what to do instead. */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { builtRun, yibao } from "./helpers.js";

const run = builtRun();

describe("options that would do nothing or harm", () => {
  it("--encoding without --input is refused in calc and compare, not ignored", () => {
    const calc = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "10", "--encoding", "gbk"]);
    expect(calc.status).toBe(2);
    expect(calc.stderr).toContain("--encoding 需要和 --input 一起使用");
    const compare = yibao(["compare", "--amount", "10", "--encoding", "gbk", "--lang", "en"]);
    expect(compare.status).toBe(2);
    expect(compare.stderr).toContain("--encoding goes with --input");
  });

  it("batch -o naming the file it reads is refused, even with --force, and the input is kept", () => {
    const file = join(mkdtempSync(join(tmpdir(), "yibao-flags-")), "claims.jsonl");
    const line = '{"city":"鞍山","type":"退休","date":"2025-03-01","level":2,"amount":"100"}\n';
    writeFileSync(file, line);
    const run = yibao(["batch", file, "-o", file, "--force"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("就是正在读取的输入文件");
    expect(readFileSync(file, "utf8")).toBe(line);
  });

  it("an .xlsx workbook is not written to a terminal", async () => {
    const err: Buffer[] = [];
    const out = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: true });
    const status = await run({
      argv: ["batch", "--to", "xlsx", "--lang", "en"],
      env: { NO_COLOR: "1" },
      stdin: Readable.from([]),
      stdout: out,
      stderr: new Writable({ write: (c: Buffer, _e, done) => (err.push(Buffer.from(c)), done()) }),
    });
    expect(status).toBe(2);
    expect(Buffer.concat(err).toString()).toContain("cannot be shown on a terminal");
  });
});

describe("input errors name standard input the way the other messages do", () => {
  it("标准输入 第 1 条就诊记录 / standard input, visit 1", () => {
    const input = '[{"date":"2025-03-01","level":2,"amount":"-1"}]';
    expect(yibao(["calc", "--city", "鞍山", "--type", "退休", "--input", "-"], { input }).stderr).toContain("标准输入 第 1 条就诊记录");
    expect(yibao(["calc", "--city", "鞍山", "--type", "退休", "--input", "-", "--lang", "en"], { input }).stderr).toContain("standard input, visit 1:");
  });
});

describe("readings the payment rests on are warned about too", () => {
  it("a visit paid from the own account names reading I6 (account money pays only the in-policy part) in Anshan", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--account", "100", "--json"]);
    const codes = (JSON.parse(run.stdout).warnings as { code: string; message: string }[]).filter((w) => w.code === "INTERPRETED").map((w) => w.message);
    expect(codes.some((m) => m.includes("I6"))).toBe(true);
  });
});

describe("a spreadsheet over the size limit", () => {
  it("is refused before it is read, with a hint for spreadsheets (split it, or JSON Lines to stream)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "yibao-flags-")), "claims.csv");
    writeFileSync(file, "");
    truncateSync(file, 70 * 1024 * 1024);
    const run = yibao(["batch", file, "--to", "csv"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("表格要整体读入");
  });
});
