/**
 * Nothing a user pipes in makes yibao hang, crash or garble: sizes and time (long lines, endless
 * inputs, huge files), failures to read and write (a full disk, a folder, a closed pipe, a file that
 * exists), encodings (GBK, UTF-16, a byte-order mark inside) and shapes (a line that is not an object,
 * JSON that is broken, told in the chosen language).
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntax } from "../src/shared/json-syntax.js";
import { LineSplitter } from "../src/cli/lines.js";
import { BIN, ROOT, yibao } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "yibao-io-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const visit = (extra: Record<string, unknown> = {}) => JSON.stringify({ city: "anshan", type: "retired", level: 2, amount: "100", date: "2025-03-01", ...extra });
const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; error?: { code: string; message: string; hint?: string } });
const env = { ...process.env, NO_COLOR: "1" };
delete env.YIBAO_LANG;

/** Runs the binary with stdout going to a file descriptor (such as /dev/full). */
function toDevice(args: readonly string[], device: string): { status: number | null; stderr: string } {
  const fd = openSync(device, "w");
  try {
    const run = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", fd, "pipe"], env, cwd: ROOT, encoding: "utf8" });
    return { status: run.status, stderr: run.stderr };
  } finally {
    closeSync(fd);
  }
}

/** Starts the binary and resolves with the first line it writes to stdout, then kills it. */
function firstLine(args: readonly string[], feed?: (stdin: NodeJS.WritableStream) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: ROOT });
    let out = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no line within 10 s; stderr: ${child.stderr.read() ?? ""}`));
    }, 10_000);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const nl = out.indexOf("\n");
      if (nl !== -1) {
        clearTimeout(timer);
        child.kill();
        resolve(out.slice(0, nl));
      }
    });
    if (feed !== undefined) feed(child.stdin);
  });
}

describe("size and time", () => {
  it("batch answers a line over 1 MB with LINE_TOO_LONG at once and goes on, in time linear in the line", () => {
    const path = join(dir, "long.jsonl");
    writeFileSync(path, `${visit()}\n${"x".repeat(100_000_000)}\n${visit()}\n`);
    const started = Date.now();
    const run = yibao(["batch", path]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(5);
    const out = lines(run.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[1]?.error?.code).toBe("LINE_TOO_LONG");
    expect(out[1]?.error?.message).toContain("第 2 行超过了 1,000,000 字节的上限");
    expect(out[2]?.error).toBeUndefined();
  });

  it("batch writes each result before it waits for more input", async () => {
    const line = await firstLine(["batch"], (stdin) => stdin.write(`${visit({ id: "first" })}\n`));
    expect(JSON.parse(line)).toMatchObject({ line: 1, id: "first" });
  });

  it("batch in threads writes each result before it waits for more input too", async () => {
    const line = await firstLine(["batch", "--workers", "2"], (stdin) => stdin.write(`${visit({ id: "first" })}\n`));
    expect(JSON.parse(line)).toMatchObject({ line: 1, id: "first" });
  });

  it("batch /dev/zero reports its endless first line at once instead of growing without bound", async () => {
    const line = await firstLine(["batch", "/dev/zero"]);
    expect(JSON.parse(line)).toMatchObject({ line: 1, error: { code: "LINE_TOO_LONG" } });
  });

  it("calc --input and compare --input refuse a device, a pipe and a folder before reading, pointing to batch", () => {
    const fifo = join(dir, "fifo");
    spawnSync("mkfifo", [fifo]);
    for (const [args, kind] of [
      [["calc", "--city", "anshan", "--type", "retired", "--input", "/dev/zero"], "设备"],
      [["compare", "--input", fifo], "管道"],
      [["calc", "--city", "anshan", "--type", "retired", "--input", dir], "文件夹"],
    ] as const) {
      const run = yibao(args);
      expect(run.status).toBe(3);
      expect(run.stderr).toContain(`不是普通文件(${kind})`);
      expect(run.stderr).toContain("yibao batch");
    }
  });

  it("refuses more than 1,000,000 bytes on stdin, and more than 10,000 visits, pointing to batch", () => {
    const big = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-", "--lang", "en"], { input: " ".repeat(1_000_001) });
    expect(big.status).toBe(3);
    expect(big.stderr).toContain("Standard input is larger than the limit of 1,000,000 bytes");
    expect(big.stderr).toContain("yibao batch");
    const many = file("many.jsonl", `${`${visit()}\n`.repeat(10_001)}`);
    const run = yibao(["compare", "--input", many]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("就诊记录超过了 10,000 条的上限");
  });
});

describe("output failures", () => {
  it("a full disk is a message with the system's reason, not a stack trace", () => {
    const input = file("one.jsonl", `${visit()}\n`);
    for (const args of [["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "100", "--date", "2025-03-01"], ["batch", input], ["policy", "list"]]) {
      const run = toDevice(args, "/dev/full");
      expect(run.status).toBe(3);
      expect(run.stderr).toContain("无法写入标准输出(ENOSPC)");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("batch of a folder names it and EISDIR", () => {
    const run = yibao(["batch", dir, "--lang", "en"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`Cannot read input file ${dir} (EISDIR)`);
  });

  it("standard input redirected from a folder names EISDIR", () => {
    for (const args of [["batch"], ["calc", "--city", "anshan", "--type", "retired", "--input", "-"]]) {
      const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" ${args.join(" ")} < "${dir}"`], { env, encoding: "utf8" });
      expect(run.status).toBe(3);
      expect(run.stderr).toContain("无法读取标准输入(EISDIR)");
    }
  });

  it("a reader that stops early (| head) is a quiet success", () => {
    const input = file("many-out.jsonl", `${visit()}\n`.repeat(20_000));
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" batch "${input}" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { env, encoding: "utf8" });
    expect(run.stdout.trim()).toBe("0");
    expect(run.stderr).toBe("");
  });

  it("curve --svg never overwrites without --force, never follows a link, and takes - for stdout", () => {
    const curve = ["curve", "--city", "anshan", "--type", "retired", "--level", "2", "--date", "2025-03-01"];
    const existing = file("exists.svg", "keep");
    const refused = yibao([...curve, "--svg", existing]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain("已存在,没有覆盖");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(existing, "utf8")).toBe("keep");
    expect(yibao([...curve, "--svg", existing, "--force"]).status).toBe(0);
    expect(readFileSync(existing, "utf8")).toContain("<svg");

    const target = join(dir, "target.svg");
    const link = join(dir, "dangling.svg");
    symlinkSync(target, link);
    expect(yibao([...curve, "--svg", link]).status).toBe(3);
    const forced = yibao([...curve, "--svg", link, "--force", "--lang", "en"]);
    expect(forced.status).toBe(3);
    expect(forced.stderr).toContain("is a symbolic link");
    expect(existsSync(target)).toBe(false);

    const out = yibao([...curve, "--svg", "-"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^<(\?xml|svg)/);
    expect(yibao([...curve, "--svg", "-", "--json"]).status).toBe(2);
  });
});

describe("encodings", () => {
  // {"city":"鞍山",…} in GBK, as Excel saves it on a Chinese Windows.
  const gbkLine = Buffer.concat([Buffer.from('{"city":"'), Buffer.from([0xb0, 0xb0, 0xc9, 0xbd]), Buffer.from('","type":"retired","level":2,"amount":"100","date":"2025-03-01"}\n')]);
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
  const personal = (extra = {}) => JSON.stringify({ date: "2025-03-01", level: 2, amount: "100", ...extra });

  it("says which line is not UTF-8 and how to read it; --encoding gbk reads it", () => {
    const gbk = file("gbk.jsonl", Buffer.concat([Buffer.from(`${visit()}\n`), gbkLine]));
    const run = yibao(["batch", gbk]);
    expect(lines(run.stdout)[1]?.error).toMatchObject({ code: "INPUT_ENCODING", message: expect.stringContaining("第 2 行不是有效的 UTF-8 文本") });
    expect(lines(run.stdout)[1]?.error?.hint).toContain("--encoding gbk");
    const read = yibao(["batch", gbk, "--encoding", "gbk"]);
    expect(read.status).toBe(0);
    expect(lines(read.stdout)).toHaveLength(2);

    const calcGbk = file("gbk-visits.jsonl", Buffer.concat([Buffer.from(`${personal()}\n`), Buffer.from('{"date":"2025-03-02","level":"'), Buffer.from([0xb6, 0xfe, 0xbc, 0xb6]), Buffer.from('","amount":"100"}\n')]));
    const calc = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", calcGbk]);
    expect(calc.status).toBe(3);
    expect(calc.stderr).toContain("第 2 行不是有效的 UTF-8 文本");
    expect(yibao(["calc", "--city", "anshan", "--type", "retired", "--input", calcGbk, "--encoding", "gbk"]).status).toBe(0);
  });

  it("reads UTF-16 by its byte-order mark, and asks for --encoding utf-16 when the mark is missing", () => {
    const text = `${visit()}\r\n${visit({ amount: "200" })}\r\n`;
    for (const bytes of [utf16le(text), utf16be(text)]) {
      const run = yibao(["batch", file("utf16.jsonl", bytes)]);
      expect(run.status).toBe(0);
      expect(lines(run.stdout)).toHaveLength(2);
    }
    const bare = file("utf16-bare.jsonl", Buffer.from(text, "utf16le"));
    const refused = yibao(["batch", bare]);
    expect(lines(refused.stdout)[0]?.error?.hint).toContain("--encoding utf-16");
    expect(yibao(["batch", bare, "--encoding", "utf-16"]).status).toBe(0);
    const calc = yibao(["compare", "--input", file("utf16-visits.json", utf16le(`[${personal()}]`))]);
    expect(calc.status).toBe(0);
    expect(yibao(["batch", bare, "--encoding", "latin1"]).status).toBe(2);
  });

  it("reports a byte-order mark inside the input (files joined with cat) with its line", () => {
    const bom = "\uFEFF";
    const joined = `${bom}${visit()}\n${bom}${visit()}\n`;
    const run = yibao(["batch"], { input: joined });
    const out = lines(run.stdout);
    expect(out[0]?.error).toBeUndefined();
    expect(out[1]?.error).toMatchObject({ code: "INPUT_ENCODING", message: expect.stringContaining("第 2 行开头有字节顺序标记") });
    const calc = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input: `${bom}${personal()}\n${bom}${personal()}\n` });
    expect(calc.status).toBe(3);
    expect(calc.stderr).toContain("第 2 行开头有字节顺序标记");
  });
});

describe("shapes", () => {
  it("a line that is not an object says so, in each language", () => {
    const run = yibao(["batch"], { input: "null\n42\n\"text\"\n[]\ntrue\n" });
    const out = lines(run.stdout);
    expect(out.map((o) => o.error?.code)).toEqual(Array(5).fill("INPUT_VALUE"));
    for (const o of out) expect(o.error?.message).toContain("每行须是一个 JSON 对象");
    expect(out[1]?.error?.message).toContain("这里是一个数字");
    const en = yibao(["batch", "--lang", "en"], { input: "[]\n" });
    expect(lines(en.stdout)[0]?.error?.message).toBe("line 1: each line must be a JSON object {…}; this is an array.");
    const calc = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input: "[null]" });
    expect(calc.stderr).toContain("第 1 条就诊记录:每条就诊记录须是一个 JSON 对象");
  });

  it("broken JSON is told by line and column in the chosen language, without JSON.parse's English", () => {
    const zh = yibao(["batch"], { input: `${visit()}\n{"city": "anshan",, }\n` });
    const message = lines(zh.stdout)[1]?.error?.message ?? "";
    expect(message).toBe('标准输入 第 2 行第 19 列不是有效的 JSON:这里不应出现 ","(可能缺少引号、逗号或冒号,或多了逗号)。');
    const calc = yibao(["calc", "--city", "anshan", "--type", "retired", "--input", "-"], { input: '[\n  {"date": "2025-03-01", "level": 2, "amount": "100"\n' });
    expect(calc.stderr).toContain("第 3 行第 1 列不是有效的 JSON:内容在一个值的中途结束");
    const en = yibao(["batch", "--lang", "en"], { input: '{"amount": 01}\n{"a": "\t"}\n' });
    const [first, second] = lines(en.stdout);
    expect(first?.error?.message).toBe("Standard input line 1, column 13 is not valid JSON: a number JSON does not allow (such as 01, 1., +1, .5; amounts may be strings: \"1200.50\").");
    expect(second?.error?.message).toContain("column 8 is not valid JSON: control character U+0009 inside a string");
    for (const text of [zh.stdout, calc.stderr, en.stdout]) expect(text).not.toMatch(/Unexpected|Expected|in JSON at position|is not valid JSON"/);
  });
});

describe("the JSON locator agrees with JSON.parse", () => {
  const agrees = (text: string) => {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    const found = jsonSyntax(text);
    expect(found === undefined, text).toBe(valid);
    if (found !== undefined) expect(found.offset).toBeLessThanOrEqual(text.length);
  };
  it("on valid JSON and on JSON with one character changed", () => {
    const edited = fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "\\", ":", "0", "x", "\n", " ", "-", ".", "e")).map(([text, at, c]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + c + text.slice(i + 1);
    });
    fc.assert(fc.property(fc.json(), (text) => agrees(text)), { numRuns: 500 });
    fc.assert(fc.property(edited, (text) => agrees(text)), { numRuns: 3000 });
    for (const text of ["", " ", "01", "1.", "-", "1e", "[1,]", '{"a"}', '"\\u12"', "tru", "nul", "[", "{", '{"a":1,}', "1 2", "\uFEFF{}"]) agrees(text);
  });
});

describe("the line splitter", () => {
  it("gives the same lines however the input is cut into chunks, and refuses long ones at once", () => {
    const line = fc.oneof(fc.string({ maxLength: 12 }), fc.constant("鞍山市"), fc.constant("x".repeat(40)));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(30), { maxLength: 10 }), (texts, cuts) => {
        const limit = 30;
        const bytes = Buffer.from(texts.map((t) => t.replaceAll("\n", " ")).join("\n"), "utf8");
        const got: string[] = [];
        const splitter = new LineSplitter({ line: (t) => got.push(t), tooLong: () => got.push("<too long>"), undecodable: () => got.push("<undecodable>") }, "utf-8", limit);
        let at = 0;
        for (const cut of cuts) {
          splitter.push(bytes.subarray(at, Math.min(bytes.length, at + cut)));
          at = Math.min(bytes.length, at + cut);
        }
        splitter.push(bytes.subarray(at));
        splitter.end();
        const want = bytes.length === 0 ? [] : bytes.toString("utf8").split("\n").map((t) => (Buffer.byteLength(t) > limit ? "<too long>" : t));
        if (want.at(-1) === "") want.pop();
        expect(got).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });
});
