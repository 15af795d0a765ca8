// The engine through the library, with no I/O: visits already prepared (amounts in fen, levels
// resolved, dates, ages), settled person by person against the year's accumulators each carries,
// under the version of the person's city in force on the date. Only the settling is timed.
// Run as `node bench/engine.js <visits> <people> <runs> <cities|all> <path>` (as bench/run.js does,
// each path of each mix in a process of its own), it prints the measurement as JSON.
import { fileURLToPath } from "node:url";
import { ReasonLog, compileRules, loadRegistry, settleAmounts, settleFacts, settleVisit, stateForVisit, tallyFor, versionOn } from "../dist/lib/index.js";

/** Parts of a version a generated visit must not need: without them a visit stops (POLICY_INCOMPLETE). */
const AMOUNTS = new Set(["deductible", "ratios", "cap"]);

/** The cities of the batch bench's input (bench/generate.js). */
export const BATCH_CITIES = ["anshan", "lvliang", "songyuan"];

/**
 * `visits` visits of `people` people over 2025 and 2026 (so that years turn), in date order and
 * people interleaved as a day-by-day feed would be: a person's city (of `cityIds`, or every city with
 * its amounts), status and age; each visit's level, amount (0 to 2,000 yuan), an excluded part on
 * three in ten, a pharmacy on one in ten and a non-designated facility on one in fifty where the
 * version has those rules.
 */
export function prepareVisits(visits, people, cityIds) {
  const registry = loadRegistry();
  let seed = 20251123;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const cities = registry.policies.filter((p) => (cityIds === undefined || cityIds.includes(p.id)) && p.versions.some((v) => v.outpatient !== undefined && !v.missing.some((m) => AMOUNTS.has(m.field))));
  const compiled = new Map();
  const rulesOn = (policy, date) => {
    const version = versionOn(policy, date);
    let entry = compiled.get(version);
    if (entry === undefined) {
      const missing = new Set(version.missing.map((m) => m.field));
      entry = { rules: compileRules(policy, version), pharmacy: !missing.has("pharmacy"), designation: !missing.has("designation") };
      compiled.set(version, entry);
    }
    return entry;
  };
  const persons = Array.from({ length: people }, () => ({
    policy: cities[Math.floor(random() * cities.length)],
    status: random() < 0.5 ? "in-service" : "retired",
    age: 25 + Math.floor(random() * 60),
  }));
  const rounds = Math.ceil(visits / people);
  const list = [];
  for (let round = 0; round < rounds && list.length < visits; round++) {
    for (let p = 0; p < people && list.length < visits; p++) {
      const who = persons[p];
      const date = new Date(Date.UTC(2025, 0, 1) + Math.floor((round * 730) / rounds + (p % 30)) * 86_400_000).toISOString().slice(0, 10);
      const { rules, pharmacy, designation } = rulesOn(who.policy, date);
      const amount = Math.floor(random() * 200_000);
      list.push({
        person: p,
        rules,
        status: who.status,
        visit: {
          date,
          level: 1 + Math.floor(random() * rules.levels),
          facility: pharmacy && random() < 0.1 ? "pharmacy" : "hospital",
          amount,
          excluded: random() < 0.3 ? Math.floor(amount * random() * 0.3) : 0,
          designated: !designation || random() >= 0.02,
          emergency: false,
          prescription: true,
          place: "local",
          filed: false,
          directSettlement: null,
          age: who.age,
          conditions: [],
          classB: 0,
        },
      });
    }
  }
  return { list, people, versions: compiled.size };
}

const NO_STEPS = { steps: false };

/**
 * The paths to measure, each made once in a process that measures only it (bench/run.js), so that
 * the loop below calls one path's functions only, as a caller's would:
 *
 * - facts: the numbers, with the reasons as compact typed facts in one log reused from visit to
 *   visit; each person's year tallied in place.
 * - amounts: the numbers alone, the years tallied the same way.
 * - result: for comparison, the whole result `calc` and `batch` settle through (its own log of
 *   reasons and a new year state after each visit, no explain steps).
 */
export const PATHS = {
  facts() {
    const log = new ReasonLog();
    return { yearFor: tallyFor, settle: (rules, status, visit, tally) => settleFacts(rules, status, visit, tally, log), after: (_, tally) => tally, said: () => log.length };
  },
  amounts: () => ({ yearFor: tallyFor, settle: settleAmounts, after: (_, tally) => tally, said: () => 0 }),
  result: () => ({
    yearFor: stateForVisit,
    settle: (rules, status, visit, state) => settleVisit(rules, status, visit, state, NO_STEPS),
    after: (result) => result.after,
    said: (result) => result.reasons.length,
  }),
};

/** Visits settled by one call of `settleRange`: its loop is optimised as a function called again and again, not entered mid-loop. */
const CHUNK = 1000;

/** Settles every visit in order, each person's year carried from one visit to the next: visits a second, the sums, the reasons recorded a visit. */
function timed(prepared, path) {
  const years = new Array(prepared.people);
  const list = prepared.list;
  const totals = { fundPaid: 0, selfPaid: 0, reasons: 0 };
  const started = process.hrtime.bigint();
  for (let from = 0; from < list.length; from += CHUNK) settleRange(list, from, Math.min(from + CHUNK, list.length), years, path, totals);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { rate: list.length / seconds, sums: `${totals.fundPaid}/${totals.selfPaid}`, reasons: totals.reasons / list.length };
}

function settleRange(list, from, to, years, { yearFor, settle, after, said }, totals) {
  let fundPaid = 0;
  let selfPaid = 0;
  let reasons = 0;
  for (let i = from; i < to; i++) {
    const { person, rules, status, visit } = list[i];
    const year = yearFor(years[person], visit.date);
    const result = settle(rules, status, visit, year);
    years[person] = after(result, year);
    fundPaid += result.fundPaid;
    selfPaid += result.selfPaid;
    reasons += said(result);
  }
  totals.fundPaid += fundPaid;
  totals.selfPaid += selfPaid;
  totals.reasons += reasons;
}

/** Best of `runs` runs of one path, after one run to warm up; its sums, and the reasons it recorded a visit. */
export function measurePath(prepared, name, runs) {
  const path = PATHS[name]();
  let best = 0;
  let last;
  for (let i = 0; i <= runs; i++) {
    last = timed(prepared, path);
    if (i > 0 && last.rate > best) best = last.rate;
  }
  return { rate: best, sums: last.sums, reasons: last.reasons };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [visits, people, runs, cities, path] = process.argv.slice(2);
  const prepared = prepareVisits(Number(visits), Number(people), cities === "all" ? undefined : cities.split(","));
  console.log(JSON.stringify({ ...measurePath(prepared, path, Number(runs)), versions: prepared.versions }));
}
