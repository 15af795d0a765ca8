/**
 * What a one-off command sets going before it does anything, and the code caches it starts with. The
 * schema, table, colour and spreadsheet libraries and the policy data must stay asleep, or start-up
 * slows for everyone; a cache that is missing, broken or from another build must never matter but
 * for speed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers.js";

const CALC = ["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01", "--json"];
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/**
 * Runs the command with V8's coverage on; returns the modules of the bundle whose code ran (esbuild
 * names each module's init after its path), the files of dist/bin/ that were loaded and the modules
 * of Node's own that were.
 */
function started(args: readonly string[]): { modules: string[]; calls: (name: string) => number; files: string[]; builtins: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "yibao-coverage-"));
  const hooks = mkdtempSync(join(tmpdir(), "yibao-builtins-"));
  const hook = join(hooks, "hook.cjs");
  writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(`${hook}.txt`)}, process.moduleLoadList.join("\\n")));`);
  try {
    const run = spawnSync(process.execPath, ["--require", hook, BIN, ...args], { env: { ...process.env, NODE_V8_COVERAGE: dir, NO_COLOR: "1" }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const builtins = readFileSync(`${hook}.txt`, "utf8").split("\n").filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice(13));
    const scripts = readdirSync(dir).flatMap(
      (f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] }).result,
    );
    const bundle = scripts.find((s) => s.url.endsWith("/dist/bin/yibao.cjs"));
    expect(bundle).toBeDefined();
    return {
      modules: (bundle?.functions ?? []).filter((f) => /^(src\/|.*node_modules\/)/.test(f.functionName) && (f.ranges[0]?.count ?? 0) > 0).map((f) => f.functionName),
      calls: (name) => (bundle?.functions ?? []).filter((f) => f.functionName === name).reduce((n, f) => n + (f.ranges[0]?.count ?? 0), 0),
      files: scripts.map((s) => s.url).filter((u) => u.includes("/dist/bin/")).map((u) => u.slice(u.lastIndexOf("/") + 1)),
      builtins,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(hooks, { recursive: true, force: true });
  }
}

describe("what a one-off command sets going", () => {
  it.each([[["--version"]], [["--help"]], [CALC]])("%j: none of the libraries it does not use, no other command", (args) => {
    const { modules, calls, files, builtins } = started(args);
    const ran = (pattern: RegExp) => modules.some((m) => pattern.test(m));
    expect(files).toEqual(["yibao.cjs"]);
    // commander's child_process (with dgram), standard input's stream, readline, fs/promises; and,
    // with standard output and error written to directly (cli/stdio.ts), no stream, pipe or terminal.
    expect(builtins.filter((m) => /^(child_process|dgram|readline|internal\/readline\/.*|fs\/promises|internal\/fs\/streams|stream|internal\/streams\/writable|net|tty)$/.test(m))).toEqual([]);
    expect(ran(/node_modules\/commander\//), "commander").toBe(true);
    expect(ran(/node_modules\/cli-table3\//), "the table library").toBe(false);
    expect(ran(/node_modules\/chalk\//), "the colour library").toBe(false);
    expect(ran(/node_modules\/(read|write)-excel-file\//), "the .xlsx libraries").toBe(false);
    expect(ran(/^src\/cli\/(sheets|contract)\.ts$/), "spreadsheets, the JSON contract").toBe(false);
    expect(ran(/^src\/policy\/(load|schema|skeleton)\.ts$/), "policy files, the schema, skeletons").toBe(false);
    expect(ran(/^src\/cli\/commands\/(?!calc\.ts)/), "another command").toBe(false);
    expect(ran(/^src\/policy\/shipped\.ts$/), "the shipped policy data").toBe(args === CALC);
    expect(ran(/^src\/cli\/(messages|i18n\/(zh|en)\/index)\.ts$/), "the words of results and errors").toBe(args === CALC);
    expect(ran(/^src\/cli\/commands\/calc\.ts$/), "calc").toBe(args === CALC);
    expect(ran(/^src\/(core\/(?!money\.ts)|policy\/|app\/(?!format\.ts))/), "the engine, the policy layer, the use cases").toBe(args === CALC);
    // Of the shipped policies, a calculation parses whole only the city it names (scripts/build.js).
    expect(calls("whole"), "policies parsed whole").toBe(args === CALC ? 1 : 0);
  });
});

describe("the code caches", () => {
  /** A copy of the command (bin/, dist/bin/, package.json) in a place of its own. */
  function copy(): { dir: string; bin: string; cache: (args: readonly string[]) => string } {
    const dir = mkdtempSync(join(tmpdir(), "yibao-cache-"));
    for (const part of ["bin", join("dist", "bin"), "package.json"]) {
      mkdirSync(join(dir, part, ".."), { recursive: true });
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    }
    const bin = join(dir, "bin", "yibao.js");
    return { dir, bin, cache: (args) => cacheFile(bin, args) };
  }
  const node = (code: string) => spawnSync(process.execPath, ["-e", code], { encoding: "utf8" }).stdout;
  /** The file of the cache that `args` start with. */
  const cacheFile = (bin: string, args: readonly string[]): string => node(`process.stdout.write(require(${JSON.stringify(bin)}).cacheFor(${JSON.stringify(args)}))`);
  /** Whether `args`, started from `bin`, compile with their cache. */
  const usesCache = (bin: string, args: readonly string[]): string =>
    node(`const bin = require(${JSON.stringify(bin)}); process.stdout.write(String(bin.load(bin.cacheFor(${JSON.stringify(args)})).cached))`);
  const yibaoAt = (bin: string, args: readonly string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  const id = readFileSync(join(ROOT, "dist", "bin", "yibao.cjs"), "latin1").split("\n", 1)[0] ?? "";

  it("a command line that names a command and one that names none each have a cache that names the build and is used", () => {
    expect(id).toMatch(/^\/\/ yibao build [0-9a-f]{32}$/);
    const files = [CALC, ["--version"], ["--help"], ["--lang", "en", "--help"]].map((args) => cacheFile(BIN, args));
    expect(files.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["yibao.cjs.cache", "yibao.cjs.help.cache", "yibao.cjs.help.cache", "yibao.cjs.help.cache"]);
    for (const file of new Set(files)) expect(readFileSync(file).subarray(0, id.length).toString("latin1")).toBe(id);
    expect(usesCache(BIN, CALC)).toBe("true");
    expect(usesCache(BIN, ["--version"])).toBe("true");
  });

  it.each([
    ["garbage", () => Buffer.from(`${"not a cache ".repeat(100)}${id}`)],
    ["garbage after the build's name (V8 rejects it)", () => Buffer.concat([Buffer.from(`${id}\n`), Buffer.alloc(4096, 7)])],
    ["the cache of another build", (valid: Buffer) => Buffer.concat([Buffer.from(`// yibao build ${"0".repeat(32)}\n`), valid.subarray(id.length + 1)])],
    ["empty", () => Buffer.alloc(0)],
  ])("a cache that is %s is not used: the command runs as usual and writes the cache again", (_name, make) => {
    const { dir, bin, cache } = copy();
    try {
      for (const args of [["--version"], CALC]) {
        writeFileSync(cache(args), make(readFileSync(cache(args))));
        expect(usesCache(bin, args)).toBe("false");
      }
      const version = yibaoAt(bin, ["--version"]);
      expect([version.status, version.stdout, version.stderr]).toEqual([0, `${VERSION}\n`, ""]);
      const calc = yibaoAt(bin, CALC);
      expect([calc.status, calc.stdout, calc.stderr]).toEqual([0, yibaoAt(BIN, CALC).stdout, ""]);
      expect(usesCache(bin, ["--version"])).toBe("true");
      expect(usesCache(bin, CALC)).toBe("true");
      // Written after running the common commands, as the build writes it, not only the one run.
      for (const args of [["--version"], CALC]) expect(statSync(cache(args)).size).toBeGreaterThan(0.9 * statSync(cacheFile(BIN, args)).size);
      expect(readdirSync(join(dir, "dist", "bin")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("without a cache, or with one that cannot be read or written, the command runs as usual", () => {
    const { dir, bin, cache } = copy();
    try {
      rmSync(cache(["--version"]));
      expect(usesCache(bin, ["--version"])).toBe("false");
      mkdirSync(cache(["--version"]));
      rmSync(cache(CALC));
      mkdirSync(cache(CALC));
      for (const args of [["--version"], CALC]) {
        const run = yibaoAt(bin, args);
        expect([run.status, run.stderr]).toEqual([0, ""]);
      }
      expect(yibaoAt(bin, ["--version"]).stdout).toBe(`${VERSION}\n`);
      rmSync(cache(["--version"]), { recursive: true });
      expect(yibaoAt(bin, ["--version"]).stdout).toBe(`${VERSION}\n`);
      expect(usesCache(bin, ["--version"])).toBe("true");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
