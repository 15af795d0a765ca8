/**
 * The package stands on its own: `npm pack` gives a tarball that installs into an empty place (as
 * `npm install -g` does) and runs `yibao --version` and a real calculation there, with its code caches.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

describe("npm pack", () => {
  it("installs from the tarball alone and runs", { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-pack-"));
    // The build is already there (npm test builds first); packing must not rebuild under the other tests.
    const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
    const [{ filename, files }] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["bin/yibao.js", "bin/package.json", "dist/bin/yibao.cjs", "dist/bin/yibao.cjs.cache", "dist/bin/yibao.cjs.help.cache", "dist/bin/zod.cjs", "dist/lib/index.js", "package.json", "README.md"]),
    );
    expect(paths.some((p) => p.startsWith("src/") || p.startsWith("test/"))).toBe(false);

    const prefix = join(dir, "global");
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", "--prefer-offline", join(dir, filename)], { encoding: "utf8", stdio: "pipe" });
    const bin = join(prefix, "bin", "yibao");
    const version = spawnSync(bin, ["--version"], { encoding: "utf8", cwd: dir });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
    const calc = spawnSync(bin, ["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01", "--json"], { encoding: "utf8", cwd: dir });
    expect(calc.status).toBe(0);
    expect(JSON.parse(calc.stdout).visits[0]).toMatchObject({ fundPaid: "420.00", selfPaid: "780.00" });
    // The code caches came with the package, and this Node takes them.
    const installed = JSON.stringify(join(prefix, "lib", "node_modules", "yibao", "bin", "yibao.js"));
    for (const args of [["--version"], ["calc"]]) {
      const code = `const bin = require(${installed}); process.stdout.write(String(bin.load(bin.cacheFor(${JSON.stringify(args)})).cached))`;
      expect(spawnSync(process.execPath, ["-e", code], { encoding: "utf8" }).stdout, args[0]).toBe("true");
    }
  });
});
