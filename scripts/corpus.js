// Records the output corpus: every case of test/corpus/cases.jsonl run through the built command
// line, its exit code, standard output and standard error, into test/corpus/outputs.jsonl.
// test/corpus.test.ts then checks that the code still prints exactly these bytes. Regenerate only
// for a change of output made on purpose, and name it in the commit: npm run corpus
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runCase } from "../test/corpus/runner.js";

const bin = createRequire(import.meta.url)("../bin/yibao.js");
const { run } = bin.load(bin.cacheFor(["calc"])).cli;
const cases = readFileSync(new URL("../test/corpus/cases.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const lines = [];
for (const c of cases) {
  const out = await runCase(run, c);
  lines.push(JSON.stringify({ name: c.name, ...out }));
}
writeFileSync(new URL("../test/corpus/outputs.jsonl", import.meta.url), `${lines.join("\n")}\n`);
console.log(`recorded ${lines.length} cases`);
