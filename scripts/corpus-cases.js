// Builds test/corpus/cases.jsonl, the inputs of the recorded output corpus: every command line the
// test suite runs (logged by test/helpers.ts when YIBAO_CORPUS_LOG names a file), each golden case
// through calc, a few thousand generated batch lines, compare and curve.
//   YIBAO_CORPUS_LOG=/tmp/yibao-log.jsonl npx vitest run && node scripts/corpus-cases.js /tmp/yibao-log.jsonl
// then `npm run corpus` records their output. Rebuilding the cases changes the corpus: do it on purpose.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
function usage() {
  console.error("usage: node scripts/corpus-cases.js <log of the test suite's command lines>");
  process.exit(2);
}
const cases = [];
const seen = new Set();
const add = (c) => { const k = JSON.stringify([c.args, c.input ?? "", c.env ?? {}, c.files ?? {}]); if (seen.has(k)) return; seen.add(k); cases.push(c); };

// 1. Every command line the test suite runs (README examples, bad input, every command).
// Read line by line from the bytes: the log holds every file the tests wrote, some of them large.
function* logEntries(file) {
  const bytes = readFileSync(file);
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    // An entry of many megabytes carries a file far over the size kept below: skip it unread.
    if (end - start < 50_000_000) {
      const line = bytes.toString("utf8", start, end).trim();
      if (line !== "") yield JSON.parse(line);
    }
    start = end + 1;
  }
}
const log = logEntries(process.argv[2] ?? usage());
const T = tmpdir();
let skipped = 0;
for (const entry of log) {
  const dirs = new Map();
  const text = JSON.stringify(entry);
  for (const m of text.matchAll(new RegExp(`${T}/(yibao-[A-Za-z-]+-[A-Za-z0-9]{6})`, "g"))) if (!dirs.has(m[1])) dirs.set(m[1], `d${dirs.size + 1}`);
  const size = Object.values(entry.files).reduce((n, f) => n + f.length, 0);
  // Files only a live system gives (a FIFO, /dev/zero), or over the size limit, stay with their own tests.
  if (size > 200_000 || /pipe|fifo|\/dev\//.test(entry.args.join(" "))) { skipped++; continue; }
  // Temporary folders become {{tmp}}/dN; the repository's own files are named relative to it, as the runner runs there.
  const swap = (s) => { let out = s; for (const [from, to] of dirs) out = out.replaceAll(`${T}/${from}`, `{{tmp}}/${to}`); return out.replaceAll(`${root}/`, ""); };
  const files = Object.fromEntries(Object.entries(entry.files).map(([k, v]) => [swap(`${T}/${k}`).replace("{{tmp}}/", ""), v]));
  add({ name: swap(`tests: yibao ${entry.args.join(" ")}`).slice(0, 200), args: entry.args.map(swap), input: swap(entry.input), env: Object.fromEntries(Object.entries(entry.env).map(([k, v]) => [k, swap(v)])), files, folders: [...dirs.values()] });
}

// 2. Every golden case through calc --json --explain, and the table with --explain in both languages.
for (const city of readdirSync(`${root}/test/cases`).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort()) {
  const golden = JSON.parse(readFileSync(`${root}/test/cases/${city}.json`, "utf8"));
  for (const g of golden) {
    const base = ["calc", "--city", city, "--type", g.type, "--input", "-"];
    if (g.opening?.deductibleMet !== undefined) base.push("--deductible-met", g.opening.deductibleMet);
    if (g.opening?.fundUsed !== undefined) base.push("--fund-used", g.opening.fundUsed);
    for (const f of g.policyFiles ?? []) base.push("--policy-file", `test/${f}`);
    const input = g.visits.map((v) => JSON.stringify(v)).join("\n") + "\n";
    add({ name: `golden ${city}: ${g.name} (--json --explain)`, args: [...base, "--json", "--explain"], input });
    add({ name: `golden ${city}: ${g.name} (--explain)`, args: [...base, "--explain"], input });
    add({ name: `golden ${city}: ${g.name} (--explain --lang en)`, args: [...base, "--explain", "--lang", "en"], input });
  }
}

// 3. A few thousand batch lines: many people and cities, balances, family aid, visits elsewhere, bad lines.
let seed = 20261130;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (list) => list[Math.floor(random() * list.length)];
const cities = ["anshan", "鞍山", "lvliang", "吕梁", "songyuan", "松原市", "210300"];
const types = ["in-service", "retired", "在职", "退休"];
const levels = [1, 2, 3, "一级", "二级", "三级"];
const lvLevels = ["三类及以下", "二类", "一类", 1, 2, 3];
const relations = ["父母", "配偶", "子女", "兄弟姐妹", "spouse", "parent"];
const familyCities = ["鞍山", "大连", "吕梁", "孝义市", "太原", "松原", "长春", "北京"];
const treatment = ["北京", "太原", "大连", "沈阳", "孝义市", "长春", "上海"];
const people = Array.from({ length: 300 }, (_, p) => ({ id: `p${p}`, city: pick(cities), type: pick(types), date: Date.UTC(2025, 0, 1) + Math.floor(random() * 40) * 86_400_000 }));
const lines = [];
for (let i = 0; i < 3000; i++) {
  const who = pick(people);
  who.date += Math.floor(random() * 9) * 86_400_000;
  const lv = who.city === "lvliang" || who.city === "吕梁";
  const amount = (Math.floor(random() * 300_000) / 100).toFixed(2);
  const v = { id: `v${i}`, person: who.id, city: who.city, type: who.type, date: new Date(who.date).toISOString().slice(0, 10), level: lv ? pick(lvLevels) : pick(levels), amount };
  const r = random;
  if (r() < 0.3) v.excluded = (Math.floor(Number(amount) * r() * 30) / 100).toFixed(2);
  if (r() < 0.08) v.facility = "pharmacy";
  if (r() < 0.04) v.facility = "specialty";
  if (r() < 0.04) v.designated = false;
  if (r() < 0.04) v.emergency = true;
  if (r() < 0.03) v.prescription = false;
  if (r() < 0.15) v.account = (Math.floor(r() * 200_000) / 100).toFixed(2);
  if (r() < 0.12) { v.familyBalance = String(Math.floor(r() * 3000)); v.familyRelation = pick(relations); if (r() < 0.6) v.familyCity = pick(familyCities); if (r() < 0.4) v.familyLimit = String(Math.floor(r() * 800)); }
  if (r() < 0.15) { v.place = pick(["resident-elsewhere", "temporary-elsewhere", "异地长期居住", "临时外出"]); if (r() < 0.8) v.treatmentCity = pick(treatment); if (r() < 0.5) v.filed = r() < 0.5; if (r() < 0.5) v.directSettlement = r() < 0.5; }
  let line = JSON.stringify(v);
  const bad = r();
  if (bad < 0.01) line = line.slice(0, 20);
  else if (bad < 0.02) line = JSON.stringify({ ...v, amount: "-3" });
  else if (bad < 0.025) line = JSON.stringify({ ...v, level: 9 });
  else if (bad < 0.03) line = JSON.stringify({ ...v, city: "tongliao" });
  else if (bad < 0.035) line = JSON.stringify({ ...v, unknown: 1 });
  else if (bad < 0.04) line = "";
  lines.push(line);
}
const batchInput = lines.join("\n") + "\n";
add({ name: "batch: 3000 lines of 300 people with balances, family aid, visits elsewhere and bad lines", args: ["batch"], input: batchInput });
add({ name: "batch --reasons full: the same 3000 lines, each reason in words with its quote", args: ["batch", "--reasons", "full"], input: batchInput });
add({ name: "batch: the first 500 of those lines in English", args: ["batch", "--lang", "en"], input: lines.slice(0, 500).join("\n") + "\n" });

// 4. compare and curve, as JSON and as tables.
for (const args of [
  ["compare", "--amount", "3000", "--date", "2025-06-01", "--json"],
  ["compare", "--amount", "1200", "--excluded", "100", "--level", "二级", "--type", "退休", "--date", "2025-06-01", "--json"],
  ["compare", "--amount", "800", "--date", "2025-06-01"],
  ["compare", "--amount", "5000", "--level", "3", "--date", "2025-06-01", "--lang", "en"],
  ["compare", "--amount", "1200", "--date", "2025-06-01", "--policy-file", "test/fixtures/tongliao-test.json", "--json"],
  ["curve", "--city", "鞍山,松原,吕梁", "--type", "退休", "--level", "二级", "--date", "2025-06-01", "--json"],
  ["curve", "--city", "anshan", "--type", "in-service", "--level", "1", "--date", "2025-06-01", "--visit-size", "300", "--json"],
  ["curve", "--city", "吕梁", "--type", "在职", "--level", "二类", "--date", "2025-06-01"],
  ["curve", "--city", "songyuan,anshan", "--type", "retired", "--level", "3", "--date", "2025-06-01", "--lang", "en"],
]) add({ name: `yibao ${args.join(" ")}`, args });
const years = JSON.stringify([
  { date: "2025-02-01", level: 2, amount: "900" }, { date: "2025-05-01", level: 3, amount: "2400", excluded: "200" },
  { date: "2025-09-01", level: 1, amount: "5000" }, { date: "2026-01-05", level: 2, amount: "700" },
]);
add({ name: "compare --input: a year of visits in every city", args: ["compare", "--input", "-", "--json"], input: years });
add({ name: "compare --input: a year of visits, table", args: ["compare", "--input", "-", "--type", "退休"], input: years });

writeFileSync(`${root}/test/corpus/cases.jsonl`, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
console.log(cases.length, "cases;", skipped, "skipped");
