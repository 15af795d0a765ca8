/**
 * The README and the docs show real output: every `$ yibao …` example block in README.md and
 * docs/*.md is what the command prints today, every library example runs and prints what follows it,
 * and every link between them leads to a file that exists.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, yibao } from "./helpers.js";

const files = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const texts = files.map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));

describe("README and docs examples", () => {
  const examples = texts.flatMap(({ file, text }) =>
    [...text.matchAll(/```text\n\$ yibao ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ file, args: m[1] ?? "", output: m[2] ?? "" })),
  );

  it("has examples to check, in the README and in the docs", () => {
    expect(examples.filter((e) => e.file === "README.md").length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.file !== "README.md").length).toBeGreaterThanOrEqual(10);
  });
  for (const example of examples) {
    it(`${example.file}: yibao ${example.args}`, () => {
      const run = yibao(example.args.split(" "));
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(example.output);
    });
  }
});

describe("the README's shell examples", () => {
  // Every `sh` block after the first (which installs) runs as written, with `yibao` on the PATH.
  const blocks = [...(texts[0]?.text ?? "").matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "").slice(1);

  it("are there to run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });
  for (const block of blocks) {
    it(block.split("\n").filter((l) => l.startsWith("yibao")).join("; "), () => {
      const dir = mkdtempSync(join(tmpdir(), "yibao-readme-"));
      writeFileSync(join(dir, "yibao"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
      const run = spawnSync("sh", ["-e", "-c", block], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ""}`, NO_COLOR: "1" } });
      expect(run.stderr).not.toMatch(/^(错误|Error):/m);
      expect(run.status).toBe(0);
    });
  }
});

describe("the library examples", () => {
  // Every `js` block in the docs runs against the built library as written; a `text` block right after it is what it prints.
  const blocks = texts.flatMap(({ file, text }) =>
    [...text.matchAll(/```js\n([\s\S]*?)```\n(?:\n```text\n(?!\$ )([\s\S]*?)```)?/g)].map((m) => ({ file, code: m[1] ?? "", output: m[2] })),
  );

  it("are there to run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
  });
  for (const block of blocks) {
    it(`${block.file}: ${block.code.split("\n", 1)[0]}`, () => {
      // Run from the package's folder, so that `import … from "yibao"` finds the package itself.
      const run = spawnSync(process.execPath, ["--input-type=module"], { input: block.code, cwd: ROOT, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      if (block.output !== undefined) expect(run.stdout).toBe(block.output);
    });
  }
});

describe("links", () => {
  it("between the README, ARCHITECTURE.md and the docs lead to files that exist", () => {
    for (const { file, text } of [...texts, { file: "ARCHITECTURE.md", text: readFileSync(join(ROOT, "ARCHITECTURE.md"), "utf8") }]) {
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1] ?? "";
        if (/^[a-z]+:/.test(target)) continue;
        expect(existsSync(join(ROOT, dirname(file), target)), `${file} → ${target}`).toBe(true);
      }
    }
  });

  it("the README stays short: what a newcomer needs, the reference in docs/", () => {
    expect(texts[0]?.text.split("\n").length).toBeLessThan(300);
  });
});
