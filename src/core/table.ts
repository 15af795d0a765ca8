/**
 * A compiled table: a value that may differ by facility category (the engine's level), by status
 * and by the person's age, nested in whatever order the city publishes it. A cell no source gives
 * is `undefined`; `cellOf` says so (MissingValue) rather than guessing, and the app turns that into
 * an error that names it.
 */
import type { Coordinates, Table, TableGap } from "./types.js";

export type { Coordinates, Table, TableGap };

const MISSING: TableGap = { gap: "missing" };
const NEEDS_AGE: TableGap = { gap: "age" };

/** The cell for a category, status and age, or why there is none. */
export function lookup<T>(table: Table<T>, at: Coordinates): T | TableGap {
  // Most lookups: a table read by index (`indexed`), at a level it indexes.
  if (table.by === "index") {
    const slot = at.level * 2 + (at.status === "retired" ? 1 : 0);
    if (slot < table.cells.length) return table.cells[slot] as T | TableGap;
  }
  let node: Table<T> | undefined = table;
  for (;;) {
    if (node === undefined) return MISSING;
    switch (node.by) {
      case "value":
        return node.cell;
      case "index":
        // Read by index above, unless the level is beyond it: the table itself.
        node = node.table;
        break;
      case "level":
        node = node.cells[at.level];
        break;
      case "status":
        // Each status by its name: one key read the same way every time, whatever the status.
        node = at.status === "retired" ? node.cells.retired : node.cells["in-service"];
        break;
      case "age": {
        const age = at.age;
        if (age === null) return NEEDS_AGE;
        const bands = node.bands;
        node = undefined;
        for (const b of bands) {
          if (age >= b.from && (b.below === null || age < b.below)) {
            node = b.table;
            break;
          }
        }
        break;
      }
    }
  }
}

/** Whether a lookup found no cell: `lookup` gives one of its two gaps, never another object. */
export const isGap = <T>(v: T | TableGap): v is TableGap => v === MISSING || v === NEEDS_AGE;

/** The parts of a version whose values a settlement may find missing. */
export type GapField = "deductible" | "ratios" | "cap" | "designation";

/**
 * A settlement stopped because a value it needs is not given: a cell no source gives, or the age a
 * table needs. The core says only which; the app turns it into an error the person can act on.
 */
export class MissingValue extends Error {
  constructor(
    readonly field: GapField,
    readonly gap: TableGap["gap"],
    readonly at: Coordinates,
  ) {
    super(`${field}: ${gap}`);
    this.name = "MissingValue";
  }
}

/** The cell for a category, status and age; throws MissingValue when there is none. */
export function cellOf<T>(table: Table<T>, at: Coordinates, field: GapField): T {
  const found = lookup(table, at);
  // The coordinates as they are now (a working record goes on changing).
  if (isGap(found)) throw new MissingValue(field, found.gap, { level: at.level, status: at.status, age: at.age });
  return found;
}

/**
 * The same table read by index, where it does not depend on age: one read of an array instead of a
 * walk down its nodes on every visit. `levels`: the last level it is read at by index.
 */
export function indexed<T>(table: Table<T>, levels: number): Table<T> {
  if (table.by === "value" || table.by === "index" || usesAge(table)) return table;
  const cells: (T | TableGap)[] = [];
  for (let level = 0; level <= levels; level++) {
    cells.push(lookup(table, { level, status: "in-service", age: null }), lookup(table, { level, status: "retired", age: null }));
  }
  return { by: "index", cells, table };
}

/** A table with one value everywhere. */
export const single = <T>(cell: T): Table<T> => ({ by: "value", cell });

/** Whether any cell of a table depends on age. */
export function usesAge(table: Table<unknown>): boolean {
  switch (table.by) {
    case "value":
      return false;
    case "age":
      return true;
    case "index":
      return false;
    default:
      return Object.values(table.cells).some((t) => t !== undefined && usesAge(t as Table<unknown>));
  }
}
