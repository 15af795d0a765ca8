/** Rules built by hand for core tests, in the engine's compiled shape, with one value or one per level. */
import { withPlan } from "../../src/core/plan.js";
import type { Table } from "../../src/core/table.js";
import type { AmountCell, Citation, Level, RatioCell, Rules, Visit } from "../../src/core/types.js";
import type { Fen } from "../../src/core/money.js";

export const cite: Citation = { ref: "t", document: "test", quote: "test" };

export const amount = (fen: number): Table<AmountCell> => ({ by: "value", cell: { value: fen as Fen, cite } });
export const ratio = (bp: number): Table<RatioCell> => ({ by: "value", cell: { value: `0.${String(bp).padStart(4, "0")}`.replace(/0+$/, ""), bp, share: "fund", cite } });
export function byLevel<T>(cells: Record<Level, Table<T>>): Table<T> {
  return { by: "level", cells };
}

type Over = {
  deductible?: Partial<Rules["deductible"]>;
  ratio?: Partial<Rules["ratio"]>;
  cap?: Partial<Rules["cap"]>;
} & Partial<Pick<Rules, "designation" | "crossRegion" | "specialty" | "pharmacy" | "levels">>;

/** 100, 200, 300 per visit by level; 50%; a 1000 cap on the fund's payments; designated facilities only. */
export function testRules(over: Over = {}): Rules {
  const { deductible, ratio: r, cap, ...rest } = over;
  return withPlan({
    levels: 3,
    deductible: {
      period: "visit",
      accumulator: "shared",
      amount: byLevel({ 1: amount(10000), 2: amount(20000), 3: amount(30000) }),
      yearlyCeiling: null,
      ceilingCite: null,
      periodCite: cite,
      accumulatorCite: cite,
      ...deductible,
    },
    ratio: { table: ratio(5000), bands: [], conditions: [], ...r },
    cap: { basis: "fund", amount: amount(100000), noneCite: null, sharedWith: null, secondTier: null, ...cap },
    classB: null,
    accountFirst: null,
    specialty: null,
    pharmacy: { covered: true, requiresPrescription: false, cite },
    designation: { required: true, emergencyException: false, cite },
    crossRegion: null,
    ...rest,
  });
}

/** A visit at a designated hospital, here, with nothing else said. */
export const testVisit = (date: string, level: Level, yuan: number, over: Partial<Visit> = {}): Visit => ({
  date,
  level,
  facility: "hospital",
  amount: (yuan * 100) as Fen,
  excluded: 0 as Fen,
  designated: true,
  emergency: false,
  prescription: true,
  place: "local",
  filed: false,
  directSettlement: null,
  age: null,
  conditions: [],
  classB: 0 as Fen,
  ...over,
});
