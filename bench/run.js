// npm run bench [-- --visits N --people P --runs R --baseline DIR --only batch,startup,engine,money]
// Measures, in one run on this machine: yibao batch against an I/O floor on the same input, the
// start-up of one-off commands against `node -e 0`, the engine through the library with no I/O,
// and decimal.js against integer-fen arithmetic. Reports ratios against the baselines, so the
// figures mean the same on a faster or slower machine (the engine's target is in visits/s).
// With --baseline DIR (another built checkout of yibao, say the commit before a change), its batch
// and start-up are measured in the same alternating runs and the change is reported as a ratio.
// --only runs the sections named.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { applyRatioHalfUp } from "../dist/lib/core/money.js";
import { BATCH_CITIES, measureEngine, prepareVisits } from "./engine.js";

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
const ENGINE_VISITS = option("engine-visits", 300_000);
const ENGINE_PEOPLE = option("engine-people", 30_000);
const ENGINE_RUNS = option("engine-runs", 5);
const TARGET = { throughput: 0.5, memoryMB: 200, startup: 1.5, engine: 3_000_000 };
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

if (!existsSync(join(root, "dist", "bin", "yibao.js"))) {
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
  // A result object of the size yibao writes, for the floor to write instead.
  const sample = join(work, "sample.jsonl");
  writeFileSync(sample, readFileSync(input, "utf8").split("\n", 1000).join("\n"));
  const sampleOut = spawnSync(process.execPath, [bin, "batch", sample], { encoding: "utf8" }).stdout.trim().split("\n");
  const template = join(work, "template.json");
  writeFileSync(template, [...sampleOut].sort((a, b) => a.length - b.length)[Math.floor(sampleOut.length / 2)]);

  const floorOut = join(work, "floor.out");
  const batchOut = join(work, "batch.out");
  let floor;
  let batch;
  let before;
  for (let i = 0; i < RUNS; i++) {
    const f = measure([join(root, "bench", "floor.js"), input, template], floorOut);
    const b = measure([bin, "batch", input], batchOut);
    if (floor === undefined || f.seconds < floor.seconds) floor = f;
    if (batch === undefined || b.seconds < batch.seconds) batch = b;
    if (baselineBin !== undefined) {
      const o = measure([baselineBin, "batch", input], join(work, "baseline.out"));
      if (before === undefined || o.seconds < before.seconds) before = o;
    }
  }
  // Counted a megabyte at a time: the output of a million lines is more than one buffer can hold.
  const lines = (file) => {
    let count = 0;
    const chunk = Buffer.alloc(1 << 20);
    const fd = openSync(file, "r");
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const part = chunk.subarray(0, n);
      for (let i = part.indexOf(10); i !== -1; i = part.indexOf(10, i + 1)) count++;
    }
    closeSync(fd);
    return count;
  };
  const answered = lines(batchOut);
  const floorRate = VISITS / floor.seconds;
  const batchRate = VISITS / batch.seconds;
  const ratio = batchRate / floorRate;
  if (ratio < TARGET.throughput) missed.push("throughput");
  if (batch.peakMB > TARGET.memoryMB) missed.push("memory");
  if (answered !== VISITS) missed.push("lines");
  console.log(`Throughput (best of ${RUNS} alternating runs, stdout to a file)`);
  console.log(`  I/O floor: read, JSON.parse, JSON.stringify   ${fmt(floorRate).padStart(9)} visits/s   peak ${fmt(floor.peakMB)} MB`);
  console.log(`  yibao batch                                  ${fmt(batchRate).padStart(9)} visits/s   peak ${fmt(batch.peakMB)} MB`);
  console.log(`  yibao / floor                                ${fmt(ratio, 2).padStart(9)}   (target ≥ ${TARGET.throughput})  ${verdict(ratio >= TARGET.throughput)}`);
  console.log(`  peak memory                                  ${fmt(batch.peakMB).padStart(6)} MB   (target < ${TARGET.memoryMB} MB)  ${verdict(batch.peakMB <= TARGET.memoryMB)}`);
  console.log(`  output lines                                 ${fmt(answered).padStart(9)}   (one per input line)  ${verdict(answered === VISITS)}`);
  if (before !== undefined) {
    const change = batchRate / (VISITS / before.seconds);
    if (change < 0.95) missed.push("throughput against the baseline");
    console.log(`  baseline batch (${baselineDir})`);
    console.log(`                                               ${fmt(VISITS / before.seconds).padStart(9)} visits/s   peak ${fmt(before.peakMB)} MB`);
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
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(times["node -e 0"]);
  console.log(`Start-up (median of ${STARTS} alternating runs each)`);
  for (const name of Object.keys(oneOff)) {
    const ms = median(times[name]);
    const r = ms / base;
    const baseline = name.startsWith("baseline");
    const target = name === "node -e 0" ? "" : `   ${fmt(r, 2)}×${baseline ? "" : `   (target ≤ ${TARGET.startup}×)  ${verdict(r <= TARGET.startup)}`}`;
    if (name !== "node -e 0" && !baseline && r > TARGET.startup) missed.push(name);
    console.log(`  ${name.padEnd(24)} ${fmt(ms).padStart(5)} ms${target}`);
  }
  if (baselineBin !== undefined) {
    for (const [mine, theirs] of [["yibao calc … --json", "baseline calc … --json"], ["yibao --help", "baseline --help"], ["yibao --version", "baseline --version"]]) {
      const change = median(times[mine]) / median(times[theirs]);
      if (change > 1.05) missed.push(`${mine} against the baseline`);
      console.log(`  ${`${mine} / baseline`.padEnd(24)} ${fmt(change, 2).padStart(8)}×   (no worse: ≤ 1.05×)  ${verdict(change <= 1.05)}`);
    }
  }
  console.log("");
}

// The engine through the library, no I/O: prepared visits of many people, settled with their years;
// the people of the batch bench (its cities), then people of every city with its amounts.
if (runs("engine")) {
  const mixes = [
    { name: `the batch bench's cities (${BATCH_CITIES.join(", ")})`, prepared: prepareVisits(ENGINE_VISITS, ENGINE_PEOPLE, BATCH_CITIES), target: true },
    { name: "every city with its amounts", prepared: prepareVisits(ENGINE_VISITS, ENGINE_PEOPLE), target: false },
  ];
  console.log(`Engine through the library (no I/O: ${fmt(ENGINE_VISITS)} prepared visits of ${fmt(ENGINE_PEOPLE)} people, best of ${ENGINE_RUNS} alternating runs)`);
  for (const { name, prepared, target } of mixes) {
    const { rates, sameNumbers } = measureEngine(prepared, ENGINE_RUNS);
    const goal = (rate) => (target ? `   (target ≥ ${fmt(TARGET.engine)})  ${verdict(rate >= TARGET.engine)}` : "");
    if (target && rates.amounts < TARGET.engine) missed.push("engine");
    if (!sameNumbers) missed.push("engine: the same numbers on both paths");
    console.log(`  ${name}, ${prepared.versions} policy versions`);
    console.log(`    numbers and reasons, no steps (settleVisit)   ${fmt(rates.reasons).padStart(9)} visits/s${goal(rates.reasons)}`);
    console.log(`    numbers only (settleAmounts)                  ${fmt(rates.amounts).padStart(9)} visits/s${goal(rates.amounts)}`);
    console.log(`    the same amounts on both paths                ${sameNumbers ? "yes" : "NO"}`);
    // The target is the numbers path's; the line above says when the reasons path falls short of it.
    if (target && rates.reasons < TARGET.engine) console.log("    (with its reasons built as typed facts the engine stays below the target; the numbers path meets it)");
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
  console.log(`Money (${fmt(N)} ratio multiplications with half-up rounding)`);
  console.log(`  decimal.js                    ${fmt(decimalMs).padStart(6)} ms`);
  console.log(`  integer fen × basis points    ${fmt(integerMs).padStart(6)} ms   ${fmt(decimalMs / integerMs)}× faster; results identical: ${identical ? "yes" : "NO"}`);
}

if (missed.length > 0) {
  console.log(`\nMissed: ${missed.join(", ")}`);
  process.exitCode = 1;
}
