/** The catalogue of a language, and the toolkit that writes typed values in it. */
import type { Level } from "../../app/model.js";
import { formatPercent, formatYuan } from "../../app/model.js";
import type { Lang } from "../lang.js";
import type { Catalogue, Words } from "./catalogue.js";
import { en } from "./en/index.js";
import { zh } from "./zh/index.js";

export type { Catalogue, Words };

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** How a city names its levels (policy `levels.names`), in both languages. */
export type LevelNames = Readonly<Record<"1" | "2" | "3", { readonly zh: string; readonly en: string }>>;

const toolkits: Record<Lang, WeakMap<LevelNames, Words>> = { zh: new WeakMap(), en: new WeakMap() };
const generic: Partial<Record<Lang, Words>> = {};

/** Writes typed values in `lang`, naming levels as the city does (or in the common words). */
export function words(lang: Lang, levelNames?: LevelNames): Words {
  const cached = levelNames === undefined ? generic[lang] : toolkits[lang].get(levelNames);
  if (cached !== undefined) return cached;
  const n = CATALOGUES[lang].names;
  const grade = (v: { v: Level }) => n.level[v.v];
  const made: Words = {
    yuan: (v) => formatYuan(v.v),
    pct: (v) => formatPercent(v.v),
    level: levelNames === undefined ? grade : (v) => levelNames[`${v.v}`][lang],
    grade,
    status: (v) => n.status[v.v],
    place: (v) => n.visitPlace[v.v],
    relation: (v) => n.relation[v.v],
    relations: (v) => v.v.map((r) => n.relation[r]).join(n.listSeparator),
    schemes: (v) => v.v.map((s) => n.scheme[s]).join(n.listSeparator),
    placeClass: (v) => n.placeClass[v.v],
    name: (v) => v.v[lang],
  };
  if (levelNames === undefined) generic[lang] = made;
  else toolkits[lang].set(levelNames, made);
  return made;
}
