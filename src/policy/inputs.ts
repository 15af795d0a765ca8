/**
 * What a person types, turned into typed values: status, level (with the city's own names),
 * facility, yuan amounts and dates. Every failure names the value and what is accepted.
 */
import { type Fen, parseYuan } from "../core/money.js";
import type { Citation, Facility, Level, Status } from "../core/types.js";
import { YibaoError } from "../errors.js";
import { cite } from "./registry.js";
import type { Policy, PolicyVersion } from "./schema.js";

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, "");

const STATUS_ALIASES: Readonly<Record<Status, readonly string[]>> = {
  "in-service": ["in-service", "inservice", "employed", "active", "在职", "在职职工", "在职人员"],
  retired: ["retired", "retiree", "退休", "退休人员", "退休职工"],
};

const FACILITY_ALIASES: Readonly<Record<Facility, readonly string[]>> = {
  hospital: ["hospital", "医院", "医疗机构", "定点医疗机构"],
  pharmacy: ["pharmacy", "药店", "定点药店", "零售药店", "定点零售药店"],
  specialty: ["specialty", "specialist", "专科", "专科医院", "专科医疗机构"],
};

/** Level names every city understands. */
const LEVEL_ALIASES: Readonly<Record<Level, readonly string[]>> = {
  1: ["1", "一级", "一级及以下", "一级医院", "level1", "l1"],
  2: ["2", "二级", "二级医院", "level2", "l2"],
  3: ["3", "三级", "三级及以上", "三级医院", "level3", "l3"],
};

function lookup<T extends string | number>(table: Readonly<Record<string, readonly string[]>>, value: string, to: (k: string) => T) {
  const wanted = norm(value);
  for (const [k, names] of Object.entries(table)) {
    if (names.some((n) => norm(n) === wanted)) return to(k);
  }
  return undefined;
}

const asStatus = (k: string): Status => (k === "retired" ? "retired" : "in-service");
const asFacility = (k: string): Facility => (k === "pharmacy" ? "pharmacy" : k === "specialty" ? "specialty" : "hospital");
const asLevel = (k: string): Level => (k === "3" ? 3 : k === "2" ? 2 : 1);

export function parseStatus(value: string, option = "--type"): Status {
  const status = lookup(STATUS_ALIASES, value, asStatus);
  if (status === undefined) {
    throw new YibaoError("INVALID_VALUE", { option, value, accepted: ["在职", "退休", "in-service", "retired"] });
  }
  return status;
}

export function parseFacility(value: string, option = "--facility"): Facility {
  const facility = lookup(FACILITY_ALIASES, value, asFacility);
  if (facility === undefined) {
    throw new YibaoError("INVALID_VALUE", { option, value, accepted: ["hospital", "pharmacy", "specialty", "医院", "药店", "专科"] });
  }
  return facility;
}

export interface ResolvedLevel {
  readonly level: Level;
  /** The city's name for the level, e.g. 二级 or 二类收费价格. */
  readonly label: { readonly zh: string; readonly en: string };
  /** Set when the mapping from what was typed rests on an interpretation (Shanxi fee classes). */
  readonly cite?: Citation;
}

/** Level names a city accepts, for error messages. */
export function acceptedLevels(version: PolicyVersion): string[] {
  return ["1", "2", "3", "一级", "二级", "三级", ...version.levels.aliases.map((a) => a.name)];
}

export function parseLevel(policy: Policy, version: PolicyVersion, value: string | number, option = "--level"): ResolvedLevel {
  const text = String(value);
  const names = version.levels.names;
  const label = (l: Level) => names[l === 1 ? "1" : l === 2 ? "2" : "3"];
  const alias = version.levels.aliases.find((a) => norm(a.name) === norm(text));
  if (alias !== undefined) {
    return { level: alias.level, label: label(alias.level), ...(alias.interpretation ? { cite: cite(policy, alias.source, alias.interpretation) } : {}) };
  }
  const byName = ([1, 2, 3] as const).find((l) => norm(label(l).zh) === norm(text));
  if (byName !== undefined) return { level: byName, label: label(byName) };
  const generic = lookup(LEVEL_ALIASES, text, asLevel);
  if (generic === undefined) {
    throw new YibaoError("INVALID_VALUE", { option, value: text, accepted: acceptedLevels(version) });
  }
  const interpretation = version.levels.numbersInterpretation;
  return {
    level: generic,
    label: label(generic),
    ...(interpretation === undefined ? {} : { cite: cite(policy, undefined, interpretation) }),
  };
}

/** Yuan as typed: "12", "12.5", "12.50"; never negative, at most two decimals. */
export function parseMoney(value: string | number, option: string): Fen {
  const text = typeof value === "number" ? String(value) : value;
  const fen = parseYuan(text);
  if (fen === undefined) {
    throw new YibaoError("INVALID_VALUE", { option, value: text, accepted: ["0", "12", "12.5", "1200.00"], kind: "money" });
  }
  return fen;
}

export function parseDate(value: string, option = "--date"): string {
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) throw new YibaoError("INVALID_VALUE", { option, value, accepted: ["YYYY-MM-DD", "2025-03-01"], kind: "date" });
  return value;
}

/** Today's date in China (Asia/Shanghai), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
