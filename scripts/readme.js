// Writes the real output of every `$ yibao …` example block of README.md into the block, as the
// README test (test/readme.test.ts) runs it: npm run build && node scripts/readme.js
// Use it after a change of output made on purpose; read the diff before committing it.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const file = fileURLToPath(new URL("../README.md", import.meta.url));
const env = { ...process.env, NO_COLOR: "1" };
delete env.FORCE_COLOR;
delete env.YIBAO_LANG;
let changed = 0;
const text = readFileSync(file, "utf8").replace(/```text\n\$ yibao ([^\n]*)\n([\s\S]*?)```/g, (block, args, output) => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("../bin/yibao.js", import.meta.url)), ...args.split(" ")], { env, encoding: "utf8", cwd: root });
  if (run.status !== 0) throw new Error(`yibao ${args} exited with ${run.status}: ${run.stderr}`);
  if (run.stdout === output) return block;
  changed++;
  return `\`\`\`text\n$ yibao ${args}\n${run.stdout}\`\`\``;
});
writeFileSync(file, text);
console.log(`${changed} example(s) updated`);
