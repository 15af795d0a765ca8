/** Golden cases per city: a sentence, the inputs, the exact fen expected. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type VisitInput, calculate } from "../src/app/calculate.js";
import { calculationJson } from "../src/cli/render/json.js";
import { loadRegistry } from "../src/policy/load.js";
import { GOLDEN_CITIES, type GoldenCase, goldenCases, yibao } from "./helpers.js";

const shipped = loadRegistry();
/** A case's own policy files (paths relative to test/), loaded after the shipped ones. */
const policyFiles = (c: GoldenCase) => (c.policyFiles ?? []).map((f) => fileURLToPath(new URL(f, import.meta.url)));

/** The named fields of a visit; `settlement.mode` reads a nested field. */
function pick(visit: Record<string, unknown>, keys: readonly string[]) {
  const at = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], visit);
  return Object.fromEntries(keys.map((k) => [k, at(k)]));
}

function check(c: GoldenCase, json: ReturnType<typeof calculationJson>) {
  expect(json.visits).toHaveLength(c.expect.length);
  c.expect.forEach(({ codes, actions, ...want }, i) => {
    const got = json.visits[i] as unknown as Record<string, unknown>;
    expect(pick(got, Object.keys(want))).toEqual(want);
    // What the person must do, in order.
    if (actions !== undefined) expect(json.visits[i]?.settlement.actions.map((a) => a.code)).toEqual(actions);
    // The reasons that must be given, each citing its rule where it has one.
    const given = (got.reasons as { code: string }[]).map((r) => r.code);
    expect(given).toEqual(expect.arrayContaining(codes ?? []));
    // The split always adds up: fund + self = total, self = its four parts.
    const fen = (k: string) => Math.round(Number(got[k]) * 100);
    expect(fen("fundPaid") + fen("selfPaid")).toBe(fen("amount"));
    expect(fen("excluded") + fen("uncovered") + fen("deductible") + fen("copay") + fen("overCap")).toBe(fen("selfPaid"));
    // And so does who paid it: own account, family, cash.
    expect(fen("accountPaid") + fen("familyPaid") + fen("cashPaid")).toBe(fen("selfPaid"));
  });
  expect(pick(json.year ?? {}, ["deductibleMet", "fundUsed", "capRemaining"])).toEqual(c.year);
}

for (const city of GOLDEN_CITIES) {
  describe(`${city}: golden cases`, () => {
    for (const c of goldenCases(city)) {
      it(c.name, () => {
        const calc = calculate(c.policyFiles === undefined ? shipped : loadRegistry(policyFiles(c)), {
          city,
          type: c.type,
          visits: c.visits as unknown as VisitInput[],
          deductibleMet: c.opening?.deductibleMet,
          fundUsed: c.opening?.fundUsed,
          file: "case",
        });
        check(c, calculationJson(calc, "zh"));
      });
    }
  });
}

/** The field of a visit each step's result must equal (CAP: when no second tier paid). */
const STEP_FIELD: Readonly<Record<string, string>> = {
  NOT_COVERED: "selfPaid",
  IN_POLICY: "inPolicy",
  DEDUCTIBLE: "deductible",
  ELIGIBLE: "eligible",
  CAP: "fundPaid",
  SELF_PAID: "selfPaid",
  BY_ACCOUNT: "accountPaid",
  BY_FAMILY: "familyPaid",
  IN_CASH: "cashPaid",
};

/** The steps that split the self-paid part, after the settlement's own, when a balance was given. */
const SPLIT = ["BY_ACCOUNT", "BY_FAMILY", "IN_CASH"];

/**
 * A covered visit's steps: one FUND per part of the eligible spending (several when the visit
 * crosses a ratio band), CAP unless the city sets no cap, SECOND_TIER after it when a second tier paid.
 */
const COVERED_STEPS = /^IN_POLICY,DEDUCTIBLE,ELIGIBLE(,FUND)+(,CAP(,SECOND_TIER)?)?,SELF_PAID$/;

const fen = (yuan: string | undefined) => Math.round(Number(yuan ?? "0") * 100);

describe("--explain: every step's numbers are the result's own, for every golden case", () => {
  for (const city of GOLDEN_CITIES) {
    for (const c of goldenCases(city)) {
      it(`${city}: ${c.name}`, () => {
        const registry = c.policyFiles === undefined ? shipped : loadRegistry(policyFiles(c));
        const calc = calculate(registry, { city, type: c.type, visits: c.visits as unknown as VisitInput[], deductibleMet: c.opening?.deductibleMet, fundUsed: c.opening?.fundUsed, file: "case" });
        for (const lang of ["zh", "en"] as const) {
          calculationJson(calc, lang, true).visits.forEach((visit, i) => {
            const v = visit as unknown as Record<string, string>;
            const steps = visit.steps ?? [];
            const codes = steps.map((s) => s.code);
            const settlement = codes.filter((code) => !SPLIT.includes(code));
            if (visit.covered) expect(settlement.join(",")).toMatch(COVERED_STEPS);
            else expect(settlement).toEqual(["NOT_COVERED"]);
            const split = codes.slice(settlement.length);
            expect(split).toEqual(SPLIT.filter((code) => split.includes(code)));
            // With a balance the split ends in cash; without one there is nothing to split.
            const withBalance = visit.accountLeft !== null || visit.familyBalanceLeft !== null;
            expect(split.includes("IN_CASH")).toBe(withBalance);
            const cap = steps.find((s) => s.code === "CAP");
            const tier = steps.find((s) => s.code === "SECOND_TIER");
            // No CAP step exactly where the city sets no cap.
            if (visit.covered) expect(cap === undefined).toBe(visit.capRemaining === null);
            for (const step of steps) {
              const field = step.code === "CAP" && tier !== undefined ? undefined : STEP_FIELD[step.code];
              if (field !== undefined) expect(step.result, step.code).toBe(v[field]);
              // The formula ends in its result and is written with the visit's own numbers.
              expect(step.formula).toContain(`= ${step.result}`);
            }
            // With a second tier, the fund's payment is the first tier's and the second's.
            if (cap !== undefined && tier !== undefined) expect(fen(cap.result) + fen(tier.result)).toBe(fen(v.fundPaid));
            const funds = steps.filter((s) => s.code === "FUND");
            if (funds.length === 1) expect(funds[0]?.formula).toContain(`(${v.inPolicy} − ${v.deductible}) × `);
            for (const part of funds.length > 1 ? funds : []) expect(part.formula).toContain(` ${v.eligible}`);
            if (funds.length > 0) {
              const beforeCap = funds.reduce((sum, s) => sum + fen(s.result), 0);
              const values = calc.visits[i]?.result.steps.find((s) => s.code === "CAP")?.values;
              const basis = values !== undefined && "basis" in values ? values.basis.v : "none";
              // Before a cap on the fund's payments, the fund's part is what it paid plus what the cap took
              // (the second tier pays from the spending beyond instead); a cap on eligible spending or
              // a second tier never pays more than the ratio gives.
              if (basis === "fund" && tier === undefined) expect(beforeCap).toBe(fen(v.fundPaid) + fen(v.overCap));
              else if (basis === "none") expect(beforeCap).toBe(fen(v.fundPaid));
              else expect(fen(cap?.result)).toBeLessThanOrEqual(beforeCap);
            }
            const self = steps.find((s) => s.code === "SELF_PAID");
            if (self !== undefined) expect(self.formula).toContain(`${v.amount} − ${v.fundPaid} = ${v.selfPaid} = ${v.excluded} + ${v.deductible} + ${v.copay} + ${v.overCap}`);
          });
        }
      });
    }
  }
});

describe("golden cases through the real binary (calc --input - --json)", () => {
  for (const city of GOLDEN_CITIES) {
    for (const c of goldenCases(city)) {
      it(`${city}: ${c.name}`, () => {
        const opening = [
          ...(c.opening?.deductibleMet === undefined ? [] : ["--deductible-met", c.opening.deductibleMet]),
          ...(c.opening?.fundUsed === undefined ? [] : ["--fund-used", c.opening.fundUsed]),
        ];
        const input = c.visits.map((v) => JSON.stringify(v)).join("\n");
        const files = policyFiles(c).flatMap((f) => ["--policy-file", f]);
        const run = yibao(["calc", "--city", city, "--type", c.type, "--input", "-", "--json", ...opening, ...files], { input });
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        check(c, JSON.parse(run.stdout));
      });
    }
  }
});
