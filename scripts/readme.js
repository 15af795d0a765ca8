// Writes the real output of every `$ yibao …` example block of README.md and docs/*.md into the
// block, as the README test (test/readme.test.ts) runs it: npm run build && node scripts/readme.js
// Use it after a change of output made on purpose; read the diff before committing it.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../bin/yibao.js", import.meta.url));
const files = ["README.md", ...readdirSync(new URL("../docs/", import.meta.url)).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const env = { ...process.env, NO_COLOR: "1" };
delete env.FORCE_COLOR;
delete env.YIBAO_LANG;

let changed = 0;
for (const file of files) {
  const path = `${root}/${file}`;
  const text = readFileSync(path, "utf8").replace(/```text\n\$ yibao ([^\n]*)\n([\s\S]*?)```/g, (block, args, output) => {
    const run = spawnSync(process.execPath, [bin, ...args.split(" ")], { env, encoding: "utf8", cwd: root });
    if (run.status !== 0) throw new Error(`${file}: yibao ${args} exited with ${run.status}: ${run.stderr}`);
    if (run.stdout === output) return block;
    changed++;
    return `\`\`\`text\n$ yibao ${args}\n${run.stdout}\`\`\``;
  });
  writeFileSync(path, text);
}
console.log(`${changed} example(s) updated`);
