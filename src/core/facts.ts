/**
 * Makers of the typed values the engine records in its facts (reasons and steps; see `types.ts`):
 * an amount is fen, a ratio basis points, a level a number, a place or a relation its code. Never
 * words, never formatted money: renderers in the CLI put words on them, in the reader's language.
 */
import type { BasisPoints, Fen } from "./money.js";
import type { Level, Of, Place, PlaceClass, Relation, Scheme, Status } from "./types.js";

/**
 * Values of small closed sets are made once and shared (they are read-only), so that settling a
 * visit allocates only its amounts: a batch of a million lines leaves that much less garbage. Basis
 * points and levels are found again by number, a status or a flag is one of two, the rest by key.
 */
function shared<K extends string | number | boolean, V>(make: (k: K) => V): (k: K) => V {
  const made = new Map<K, V>();
  return (k) => {
    let v = made.get(k);
    if (v === undefined) {
      v = Object.freeze(make(k));
      made.set(k, v);
    }
    return v;
  };
}

/** As `shared`, for numbers: a whole number below `size` is found by index. */
function sharedByNumber<V>(size: number, make: (k: number) => V): (k: number) => V {
  const made = new Array<V | undefined>(size).fill(undefined);
  const other = shared(make);
  return (k) => {
    if (!(Number.isInteger(k) && k >= 0 && k < size)) return other(k);
    let v = made[k];
    if (v === undefined) {
      v = Object.freeze(make(k));
      made[k] = v;
    }
    return v;
  };
}

const ZERO_FEN: Of<"fen"> = Object.freeze({ t: "fen", v: 0 as Fen });
const IN_SERVICE: Of<"status"> = Object.freeze({ t: "status", v: "in-service" });
const RETIRED: Of<"status"> = Object.freeze({ t: "status", v: "retired" });
const YES: Of<"flag"> = Object.freeze({ t: "flag", v: true });
const NO: Of<"flag"> = Object.freeze({ t: "flag", v: false });

export const fen = (v: Fen): Of<"fen"> => (v === 0 ? ZERO_FEN : { t: "fen", v });
export const bp = sharedByNumber(10_001, (v: BasisPoints): Of<"bp"> => ({ t: "bp", v }));
export const level = sharedByNumber(16, (v: Level): Of<"level"> => ({ t: "level", v }));
export const status = (v: Status): Of<"status"> => (v === "retired" ? RETIRED : IN_SERVICE);
export const place = shared((v: Place): Of<"place"> => ({ t: "place", v }));
export const flag = (v: boolean): Of<"flag"> => (v ? YES : NO);
export const code = shared((v: string): Of<"code"> => ({ t: "code", v }));
export const name = (v: { readonly zh: string; readonly en: string }): Of<"name"> => ({ t: "name", v });

export const relation = (v: Relation): Of<"relation"> => ({ t: "relation", v });
export const relations = (v: readonly Relation[]): Of<"relations"> => ({ t: "relations", v });
export const scheme = (v: Scheme): Of<"scheme"> => ({ t: "scheme", v });
export const schemes = (v: readonly Scheme[]): Of<"schemes"> => ({ t: "schemes", v });
export const placeClass = (v: PlaceClass): Of<"place-class"> => ({ t: "place-class", v });
