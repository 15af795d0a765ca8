/** The catalogue of a language, and the toolkit that writes typed values in it. */
import type { Level } from "../../app/model.js";
import { formatPercent, formatYuan } from "../../app/format.js";
import type { Lang } from "../lang.js";
import type { Catalogue, Words } from "./catalogue.js";

export type { Catalogue, Words };

/** The catalogues loaded: a command loads the one of its language only, before it says anything. */
const loaded: Partial<Record<Lang, Catalogue>> = {};

/** Loads a language's catalogue (once); each is a module of its own, so a run loads one. */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  loaded[lang] ??= lang === "zh" ? (await import("./zh/index.js")).zh : (await import("./en/index.js")).en;
  return loaded[lang];
}

/** The catalogue of a language, loaded before with `loadCatalogue`. */
export function catalogue(lang: Lang): Catalogue {
  const found = loaded[lang];
  if (found === undefined) throw new Error(`the ${lang} catalogue is used before it is loaded`);
  return found;
}

/** How a city names its levels or categories, by their place from 1 ("1" → 一级及以下, 社区), in both languages. */
export type LevelNames = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

const toolkits: Record<Lang, WeakMap<LevelNames, Words>> = { zh: new WeakMap(), en: new WeakMap() };
const generic: Partial<Record<Lang, Words>> = {};

/** Writes typed values in `lang`, naming levels as the city does (or in the common words). */
export function words(lang: Lang, levelNames?: LevelNames): Words {
  const cached = levelNames === undefined ? generic[lang] : toolkits[lang].get(levelNames);
  if (cached !== undefined) return cached;
  const n = catalogue(lang).names;
  const grade = (v: { v: Level }) => n.level[v.v] ?? String(v.v);
  const made: Words = {
    yuan: (v) => formatYuan(v.v),
    pct: (v) => formatPercent(v.v),
    level: levelNames === undefined ? grade : (v) => levelNames[String(v.v)]?.[lang] ?? grade(v),
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
