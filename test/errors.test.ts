/** Errors name the bad field as a path into the request, the same way for options and input records. */
import { describe, expect, it } from "vitest";
import { calculate } from "../src/app/calculate.js";
import { loadRegistry } from "../src/app/policy.js";
import { YibaoError } from "../src/shared/errors.js";

const registry = loadRegistry();
const failure = (run: () => unknown): YibaoError => {
  try {
    run();
  } catch (error) {
    if (error instanceof YibaoError) return error;
    throw error;
  }
  throw new Error("expected an error");
};

describe("the path of a bad value", () => {
  it("is visits[3].amount for the amount of the third visit of an input file", () => {
    const visits = [
      { date: "2025-03-01", level: "2", amount: "100" },
      { date: "2025-03-02", level: "2", amount: "100" },
      { date: "2025-03-03", level: "2", amount: "-5" },
    ];
    const error = failure(() => calculate(registry, { city: "anshan", type: "retired", visits, file: "visits.jsonl" }));
    expect(error.code).toBe("INPUT_VALUE");
    expect(error.path).toBe("visits[3].amount");
  });

  it("is the field's own name for a value given with the request (an option on the command line)", () => {
    const error = failure(() => calculate(registry, { city: "anshan", type: "retired", visits: [{ date: "2025-03-01", level: "2", amount: "100" }], fundUsed: "x" }));
    expect(error.code).toBe("INVALID_VALUE");
    expect(error.path).toBe("fundUsed");
  });

  it("is the field of a visit given as options, without a position", () => {
    const error = failure(() => calculate(registry, { city: "anshan", type: "retired", visits: [{ date: "2025-02-30", level: "2", amount: "100" }] }));
    expect(error.path).toBe("date");
  });

  it("is undefined for an error that is not about one field", () => {
    expect(failure(() => calculate(registry, { city: "nowhere", type: "retired", visits: [{ date: "2025-03-01", level: "2", amount: "1" }] })).path).toBeUndefined();
  });
});
