// npm run bench [-- --visits N --people P --runs R --baseline DIR --only batch,startup,engine,money]
// Measures, in one run on this machine: yibao batch against an I/O floor on the same input, the
// start-up of one-off commands against `node -e 0`, and decimal.js against integer-fen arithmetic.
// Reports ratios against the baselines, so the figures mean the same on a faster or slower machine.
// With --baseline DIR (another built checkout of yibao, say the commit before a change), its batch
// and start-up are measured in the same alternating runs and the change is reported as a ratio.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { applyRatioHalfUp } from "../dist/lib/core/money.js";
import { BATCH_CITIES, PATHS } from "./engine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const VISITS = option("visits", 1_000_000);
const PEOPLE = option("people", 100_000);
const RUNS = option("runs", 2);
const STARTS = option("starts", 15);
// Start-up against `node -e 0`: a calculation may take 1.3 times as long, --help and --version 1.2.
const ENGINE_VISITS = option("engine-visits", 300_000);
const ENGINE_PEOPLE = option("engine-people", 30_000);
const ENGINE_RUNS = option("engine-runs", 5);
// The engine's target is in visits a second, through the library with no I/O: the numbers with typed facts, and the numbers alone.
const TARGET = { bare: 0.8, full: 0.8, memoryMB: 200, linear: 1.25, startup: { calc: 1.3, help: 1.2, version: 1.2 }, engine: 3_000_000 };
const onlyAt = args.indexOf("--only");
const sections = onlyAt === -1 ? ["batch", "startup", "engine", "money"] : args[onlyAt + 1].split(",");
const runs = (section) => sections.includes(section);
const baselineAt = args.indexOf("--baseline");
const baselineDir = baselineAt === -1 ? undefined : args[baselineAt + 1];

const bin = join(root, "bin", "yibao.js");
const baselineBin = baselineDir === undefined ? undefined : join(baselineDir, "bin", "yibao.js");
if (baselineBin !== undefined && !existsSync(baselineBin)) {
  console.error(`No built yibao at ${baselineDir}: check it out and run npm install there first.`);
  process.exit(2);
}
const rssHook = join(root, "bench", "rss.js");
const work = join(tmpdir(), "yibao-bench");
mkdirSync(work, { recursive: true });
const input = join(work, `visits-${VISITS}-${PEOPLE}.jsonl`);
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok) => (ok ? "ok" : "MISSED");
const missed = [];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(root, "dist", "bin", "yibao.cjs"))) {
  console.error("Build first: npm run build");
  process.exit(2);
}
if (runs("batch") && !existsSync(input)) {
  process.stdout.write(`generating ${fmt(VISITS)} visits of ${fmt(PEOPLE)} people … `);
  spawnSync(process.execPath, [join(root, "bench", "generate.js"), input, String(VISITS), String(PEOPLE)], { stdio: "inherit" });
  console.log("done");
}
console.log(`yibao bench: ${runs("batch") ? `${fmt(VISITS)} visits, ${fmt(PEOPLE)} people (${fmt(statSync(input).size / 2 ** 20)} MB of JSON Lines), ` : ""}node ${process.version}\n`);

/** Runs a command with stdout to a file, returns seconds and peak RSS in MB. */
function measure(command, outFile) {
  const rssFile = join(work, "rss.txt");
  const out = openSync(outFile, "w");
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", rssHook, ...command], {
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, YIBAO_BENCH_RSS: rssFile, NO_COLOR: "1" },
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  if (run.status !== 0) {
    console.error(run.stderr.toString());
    throw new Error(`${command.join(" ")} exited with ${run.status}`);
  }
  return { seconds, peakMB: Number(readFileSync(rssFile, "utf8")) / 2 ** 20 };
}

if (runs("batch")) {
  // Two floors, each reading the same lines and JSON.parse-ing them the way yibao batch does, with no
  // settlement at all: the bare floor writes a result of about 300 bytes (the numbers a script needs);
  // the full floor writes one as large as a --reasons full line of yibao's.
  const sample = join(work, "sample.jsonl");
  writeFileSync(sample, readFileSync(input, "utf8").split("\n", 1000).join("\n"));
  const sampleOut = spawnSync(process.execPath, [bin, "batch", "--reasons", "full", sample], { encoding: "utf8" }).stdout.trim().split("\n");
  const fullTemplate = join(work, "template.json");
  writeFileSync(fullTemplate, [...sampleOut].sort((a, b) => a.length - b.length)[Math.floor(sampleOut.length / 2)]);
  const bareTemplate = join(work, "template-bare.json");
  writeFileSync(
    bareTemplate,
    JSON.stringify({ city: "anshan", type: "retired", level: 2, policyVersion: "2025", amount: "1200.00", deductible: "500.00", eligible: "700.00", ratio: "0.60", fundPaid: "420.00", selfPaid: "780.00", copay: "280.00", overCap: "0.00", covered: true, capRemaining: "2580.00", cashPaid: "780.00", reasons: ["DEDUCTIBLE_PART", "RATIO_APPLIED"] }),
  );

  const runs = {
    bare: { command: [join(root, "bench", "floor.js"), input, bareTemplate] },
    full: { command: [join(root, "bench", "floor.js"), input, fullTemplate] },
    batch: { command: [bin, "batch", input] },
    reasonsFull: { command: [bin, "batch", "--reasons", "full", input] },
    ...(baselineBin === undefined ? {} : { baseline: { command: [baselineBin, "batch", input] } }),
  };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(runs)) {
      const m = measure(run.command, join(work, `${name}.out`));
      if (run.best === undefined || m.seconds < run.best.seconds) run.best = m;
    }
  }
  // Linear in the input: a quarter of the visits should take a quarter of the time (within 25%).
  const quarter = join(work, `visits-${VISITS}-${PEOPLE}-quarter.jsonl`);
  if (!existsSync(quarter)) {
    const text = readFileSync(input, "utf8");
    let at = 0;
    for (let n = 0; n < VISITS / 4; n++) at = text.indexOf("\n", at) + 1;
    writeFileSync(quarter, text.slice(0, at));
  }
  let quarterBest;
  for (let i = 0; i < RUNS; i++) {
    const m = measure([bin, "batch", quarter], join(work, "quarter.out"));
    if (quarterBest === undefined || m.seconds < quarterBest.seconds) quarterBest = m;
  }
  /** Counts the lines of a file in chunks: a million lines of batch output pass the 2 GiB a Buffer can hold. */
  const lines = (file) => {
    let count = 0;
    const fd = openSync(file, "r");
    const buffer = Buffer.allocUnsafe(1 << 24);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      for (let i = buffer.indexOf(10); i !== -1 && i < n; i = buffer.indexOf(10, i + 1)) count++;
    }
    closeSync(fd);
    return count;
  };
  const rate = (name) => VISITS / runs[name].best.seconds;
  const bareRatio = rate("batch") / rate("bare");
  const fullRatio = rate("reasonsFull") / rate("full");
  const growth = runs.batch.best.seconds / quarterBest.seconds / 4;
  const answered = lines(join(work, "batch.out"));
  const peak = Math.max(runs.batch.best.peakMB, runs.reasonsFull.best.peakMB);
  const bytesPerLine = (name) => statSync(join(work, `${name}.out`)).size / Math.max(1, lines(join(work, `${name}.out`)));
  if (bareRatio < TARGET.bare) missed.push("batch against the bare floor");
  if (fullRatio < TARGET.full) missed.push("--reasons full against the full floor");
  if (peak > TARGET.memoryMB) missed.push("memory");
  if (growth > TARGET.linear) missed.push("linear time");
  if (answered !== VISITS) missed.push("lines");
  const row = (label, name) => console.log(`  ${label.padEnd(44)} ${fmt(rate(name)).padStart(9)} visits/s   peak ${fmt(runs[name].best.peakMB)} MB   ${fmt(bytesPerLine(name))} bytes/line`);
  console.log(`Throughput (best of ${RUNS} alternating runs, stdout to a file)`);
  row("bare floor: read, JSON.parse, ~300-byte result", "bare");
  row("full floor: the same, a --reasons full line", "full");
  row("yibao batch (numbers, codes, references)", "batch");
  row("yibao batch --reasons full", "reasonsFull");
  console.log(`  yibao batch / bare floor                     ${fmt(bareRatio, 2).padStart(9)}   (target ≥ ${TARGET.bare})  ${verdict(bareRatio >= TARGET.bare)}`);
  console.log(`  yibao batch --reasons full / full floor      ${fmt(fullRatio, 2).padStart(9)}   (target ≥ ${TARGET.full})  ${verdict(fullRatio >= TARGET.full)}`);
  console.log(`  peak memory                                  ${fmt(peak).padStart(6)} MB   (target < ${TARGET.memoryMB} MB for 1,000,000 visits)  ${verdict(peak <= TARGET.memoryMB)}`);
  console.log(`  time for all / 4 × time for a quarter        ${fmt(growth, 2).padStart(9)}   (linear: ≤ ${TARGET.linear})  ${verdict(growth <= TARGET.linear)}`);
  console.log(`  output lines                                 ${fmt(answered).padStart(9)}   (one per input line)  ${verdict(answered === VISITS)}`);
  if (runs.baseline !== undefined) {
    const change = rate("batch") / rate("baseline");
    if (change < 0.95) missed.push("throughput against the baseline");
    console.log(`  baseline batch (${baselineDir})`);
    console.log(`                                               ${fmt(rate("baseline")).padStart(9)} visits/s   peak ${fmt(runs.baseline.best.peakMB)} MB`);
    console.log(`  yibao / baseline                             ${fmt(change, 2).padStart(9)}   (no worse: ≥ 0.95)  ${verdict(change >= 0.95)}`);
  }
  console.log("");
}

if (runs("startup")) {
  // Start-up: alternate the commands so that both see the same machine state; compare medians.
  const oneOff = {
    "node -e 0": ["-e", "0"],
    "yibao calc … --json": [bin, "calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--json"],
    "yibao --help": [bin, "--help"],
    "yibao --version": [bin, "--version"],
    ...(baselineBin === undefined
      ? {}
      : {
          "baseline calc … --json": [baselineBin, "calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--json"],
          "baseline --help": [baselineBin, "--help"],
          "baseline --version": [baselineBin, "--version"],
        }),
  };
  const times = Object.fromEntries(Object.keys(oneOff).map((k) => [k, []]));
  for (let i = 0; i < STARTS; i++) {
    for (const [name, command] of Object.entries(oneOff)) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, command, { stdio: ["ignore", "ignore", "ignore"] });
      if (run.status !== 0) throw new Error(`${name} exited with ${run.status}`);
      times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  const base = median(times["node -e 0"]);
  console.log(`Start-up (median of ${STARTS} alternating runs each)`);
  const startupTarget = { "yibao calc … --json": TARGET.startup.calc, "yibao --help": TARGET.startup.help, "yibao --version": TARGET.startup.version };
  for (const name of Object.keys(oneOff)) {
    const ms = median(times[name]);
    const r = ms / base;
    const goal = startupTarget[name];
    const target = name === "node -e 0" ? "" : `   ${fmt(r, 2)}×${goal === undefined ? "" : `   (target ≤ ${goal}×)  ${verdict(r <= goal)}`}`;
    if (goal !== undefined && r > goal) missed.push(name);
    console.log(`  ${name.padEnd(24)} ${fmt(ms).padStart(5)} ms${target}`);
  }
  if (baselineBin !== undefined) {
    for (const [mine, theirs] of [["yibao calc … --json", "baseline calc … --json"], ["yibao --help", "baseline --help"], ["yibao --version", "baseline --version"]]) {
      const change = median(times[mine]) / median(times[theirs]);
      if (change > 1.05) missed.push(`${mine} against the baseline`);
      console.log(`  ${`${mine} / baseline`.padEnd(24)} ${fmt(change, 2).padStart(8)}×   (no worse: ≤ 1.05×)  ${verdict(change <= 1.05)}`);
    }
  }
}

// The engine through the library, no I/O: prepared visits of many people, settled with their years;
// the people of the batch bench (its cities), then people of every city with its amounts.
if (runs("engine")) {
  const mixes = [
    { name: `the batch bench's cities (${BATCH_CITIES.join(", ")})`, cities: BATCH_CITIES.join(","), target: true },
    { name: "every city with its amounts", cities: "all", target: false },
  ];
  console.log(`Engine through the library (no I/O: ${fmt(ENGINE_VISITS)} prepared visits of ${fmt(ENGINE_PEOPLE)} people; each path in a process of its own, best of 2 × ${ENGINE_RUNS} runs)`);
  for (const { name, cities, target } of mixes) {
    // Each path in a Node of its own, as each command above, as a caller would use one: what this
    // process holds (the batch input it read), or what another path left behind, would weigh on its
    // garbage collection. Two rounds of the three, alternating; the best run of each path counts.
    const measured = {};
    for (let round = 0; round < 2; round++) {
      for (const path of Object.keys(PATHS)) {
        const child = spawnSync(process.execPath, [join(root, "bench", "engine.js"), String(ENGINE_VISITS), String(ENGINE_PEOPLE), String(ENGINE_RUNS), cities, path], { encoding: "utf8" });
        if (child.status !== 0) throw new Error(`bench/engine.js exited with ${child.status}: ${child.stderr}`);
        const run = JSON.parse(child.stdout);
        if (measured[path] === undefined || run.rate > measured[path].rate) measured[path] = run;
      }
    }
    const rates = Object.fromEntries(Object.entries(measured).map(([path, m]) => [path, m.rate]));
    const sameNumbers = new Set(Object.values(measured).map((m) => m.sums)).size === 1;
    const reasons = measured.facts.reasons;
    const sameReasons = reasons === measured.result.reasons;
    const versions = measured.facts.versions;
    const goal = (rate) => (target ? `   (target ≥ ${fmt(TARGET.engine)})  ${verdict(rate >= TARGET.engine)}` : "");
    if (target && rates.facts < TARGET.engine) missed.push("engine: numbers and typed facts");
    if (target && rates.amounts < TARGET.engine) missed.push("engine: numbers only");
    if (!sameNumbers) missed.push("engine: the same numbers on every path");
    if (!sameReasons) missed.push("engine: the same reasons in the log and in the result");
    console.log(`  ${name}, ${versions} policy versions`);
    console.log(`    numbers and typed facts (settleFacts)         ${fmt(rates.facts).padStart(9)} visits/s${goal(rates.facts)}`);
    console.log(`    numbers only (settleAmounts)                  ${fmt(rates.amounts).padStart(9)} visits/s${goal(rates.amounts)}`);
    console.log(`    the whole result, no steps (settleVisit)      ${fmt(rates.result).padStart(9)} visits/s`);
    console.log(`    reasons recorded a visit                      ${fmt(reasons, 2).padStart(9)}   (the same in the result: ${sameReasons ? "yes" : "NO"})`);
    console.log(`    the same amounts on every path                ${sameNumbers ? "yes" : "NO"}`);
  }
  console.log("");
}

if (runs("money")) {
  // Money: the one ratio multiplication, both ways, same inputs, same answers.
  const N = 1_000_000;
  const fens = Array.from({ length: N }, (_, i) => (i * 7919) % 10_000_000);
  const bps = [5000, 5500, 5700, 6000, 6500];
  let t = process.hrtime.bigint();
  const viaDecimal = fens.map((fen, i) => new Decimal(fen).times(new Decimal(bps[i % 5]).div(10_000)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
  const decimalMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const viaInteger = fens.map((fen, i) => applyRatioHalfUp(fen, bps[i % 5]));
  const integerMs = Number(process.hrtime.bigint() - t) / 1e6;
  const identical = viaDecimal.every((v, i) => v === viaInteger[i]);
  if (!identical) missed.push("money");
  console.log(`\nMoney (${fmt(N)} ratio multiplications with half-up rounding)`);
  console.log(`  decimal.js                    ${fmt(decimalMs).padStart(6)} ms`);
  console.log(`  integer fen × basis points    ${fmt(integerMs).padStart(6)} ms   ${fmt(decimalMs / integerMs)}× faster; results identical: ${identical ? "yes" : "NO"}`);
}

if (missed.length > 0) {
  console.log(`\nMissed: ${missed.join(", ")}`);
  process.exitCode = 1;
}
