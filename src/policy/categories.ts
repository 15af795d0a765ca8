/**
 * The facility categories of a version, and the checks that tie a version's tables to them and to
 * its `missing` list. A version names its categories either in the short form (`levels`: 一级, 二级,
 * 三级 as 1, 2, 3) or as its own ordered list (`categories`); both come out here as one list, the
 * engine's levels being their places in it (1 = the first).
 */
import type { Status } from "../core/types.js";
import { type Path, type RuleIssue, type SectionPart, type TablePart, isRecord, ruleIssue } from "./rules.js";
import type { TableNode } from "./table-node.js";

type Bilingual = { readonly zh: string; readonly en: string };

/** One category as the engine and the messages see it. */
export interface Category {
  /** The key tables use: "1", "2", "3" for the short form, the city's own id otherwise. */
  readonly id: string;
  /** Its place in the order, from 1: the engine's level. */
  readonly rank: number;
  readonly name: Bilingual;
  readonly aliases: readonly string[];
  /** The common grades 一级, 二级, 三级 that fall in it; empty when those words do not apply here. */
  readonly levels: readonly number[];
}

/** The parts of a version these checks read, as the schema gives them. */
export interface VersionShape {
  readonly levels?: { readonly names: Readonly<Record<"1" | "2" | "3", Bilingual>>; readonly aliases?: readonly { readonly name: string; readonly level: number }[] } | undefined;
  readonly categories?: readonly { readonly id: string; readonly name: Bilingual; readonly aliases?: readonly string[]; readonly levels?: readonly number[] | undefined }[] | undefined;
}

const cache = new WeakMap<object, readonly Category[]>();

/** The categories of a version, in order. */
export function categoriesOf(version: VersionShape): readonly Category[] {
  const cached = cache.get(version);
  if (cached !== undefined) return cached;
  let list: Category[];
  if (version.categories !== undefined) {
    list = version.categories.map((c, i) => ({ id: c.id, rank: i + 1, name: c.name, aliases: c.aliases ?? [], levels: c.levels ?? [] }));
  } else {
    const names = version.levels?.names;
    list = (["1", "2", "3"] as const).map((id, i) => ({
      id,
      rank: i + 1,
      name: names?.[id] ?? { zh: id, en: id },
      aliases: (version.levels?.aliases ?? []).filter((a) => a.level === i + 1).map((a) => a.name),
      levels: [i + 1],
    }));
  }
  cache.set(version, list);
  return list;
}

/** The names of a version's categories by rank ("1" → 一级及以下), for messages. */
const names = new WeakMap<object, Readonly<Record<string, Bilingual>>>();

export function categoryNames(version: VersionShape): Readonly<Record<string, Bilingual>> {
  let found = names.get(version);
  if (found === undefined) {
    found = Object.freeze(Object.fromEntries(categoriesOf(version).map((c) => [String(c.rank), c.name])));
    names.set(version, found);
  }
  return found;
}

const STATUSES: readonly Status[] = ["in-service", "retired"];

/** A cell of a table no branch gives: the category and status it was looked up for. */
interface Gap {
  readonly path: Path;
  readonly category: string;
  readonly status: Status;
}

/**
 * Walks a table for one category and status, through every age band; the cells it does not give.
 * `short`: the table stands for a short form (`byLevel`, `ratios`, a cap's `byStatus`), whose keys
 * sit directly under its path, with no `byCategory` or `byStatus` written in the file.
 */
function gapsOf(node: TableNode, category: string, status: Status, path: Path, out: Gap[], issues: RuleIssue[], known: ReadonlySet<string>, short = false): void {
  if (node.value !== undefined) return;
  const at = (branch: string, ...keys: (string | number)[]): Path => (short ? [...path, ...keys] : [...path, branch, ...keys]);
  if (node.byCategory !== undefined) {
    for (const key of Object.keys(node.byCategory)) {
      const where = at("byCategory", key);
      if (!known.has(key) && !issues.some((i) => i.path.join("/") === where.join("/"))) issues.push(ruleIssue(where, "tableUnknownCategory", { id: key, ids: [...known] }));
    }
    const child = Object.hasOwn(node.byCategory, category) ? node.byCategory[category] : undefined;
    if (child === undefined) out.push({ path: at("byCategory"), category, status });
    else gapsOf(child, category, status, at("byCategory", category), out, issues, known, short);
    return;
  }
  if (node.byStatus !== undefined) {
    const child = node.byStatus[status];
    if (child === undefined) out.push({ path: at("byStatus"), category, status });
    else gapsOf(child, category, status, at("byStatus", status), out, issues, known, short);
    return;
  }
  node.byAge?.forEach((band, i) => gapsOf(band, category, status, [...path, "byAge", i], out, issues, known));
}

/** The short forms as tables, so that one walk checks them all; a leaf is the file's own value, so that references to it hold. */
const leaf = (v: Sourced): TableNode => v;

export interface MissingEntry {
  readonly field: string;
  readonly category?: string | undefined;
  readonly status?: Status | undefined;
}

/** Whether a `missing` entry names a cell: its field, and its category and status where it gives them. */
export const coversCell = (m: MissingEntry, field: string, category: string, status: Status): boolean =>
  m.field === field && (m.category === undefined || m.category === category) && (m.status === undefined || m.status === status);

/** The deductible's amounts as one table, whichever form the file uses. */
export function deductibleTable(d: NonNullable<OutpatientShape["deductible"]>): TableNode | undefined {
  if (d.amount !== undefined) return d.amount;
  if (d.byLevel === undefined) return undefined;
  return { byCategory: { 1: leaf(d.byLevel[1]), 2: leaf(d.byLevel[2]), 3: leaf(d.byLevel[3]) } };
}

/** The ordinary ratios as one table, whichever form the file uses. */
export function ratioTableOf(o: OutpatientShape): TableNode | undefined {
  if (o.ratio !== undefined) return o.ratio;
  if (o.ratios === undefined) return undefined;
  const row = (r: Readonly<Record<Status, Sourced>>): TableNode => ({ byStatus: { "in-service": leaf(r["in-service"]), retired: leaf(r.retired) } });
  return { byCategory: { 1: row(o.ratios[1]), 2: row(o.ratios[2]), 3: row(o.ratios[3]) } };
}

/** The cap as one table, whichever form the file uses; undefined for `none`. */
export function capTable(c: NonNullable<OutpatientShape["cap"]>): TableNode | undefined {
  if (c.amount !== undefined) return c.amount;
  if (c.byStatus === undefined) return undefined;
  return { byStatus: { "in-service": leaf(c.byStatus["in-service"]), retired: leaf(c.byStatus.retired) } };
}

/** Every table of a version's outpatient parameters, with the part of `missing` its gaps belong to. */
export function tablesOf(o: OutpatientShape | undefined): { field: TablePart; path: Path; table: TableNode; short?: true }[] {
  if (o === undefined) return [];
  const out: { field: TablePart; path: Path; table: TableNode; short?: true }[] = [];
  const d = o.deductible === undefined ? undefined : deductibleTable(o.deductible);
  if (d !== undefined) {
    out.push(o.deductible?.amount !== undefined ? { field: "deductible", path: ["outpatient", "deductible", "amount"], table: d } : { field: "deductible", path: ["outpatient", "deductible", "byLevel"], table: d, short: true });
  }
  const r = ratioTableOf(o);
  if (r !== undefined) out.push(o.ratio !== undefined ? { field: "ratios", path: ["outpatient", "ratio"], table: r } : { field: "ratios", path: ["outpatient", "ratios"], table: r, short: true });
  o.ratioBands?.forEach((b, i) => out.push({ field: "ratios", path: ["outpatient", "ratioBands", i, "ratio"], table: b.ratio }));
  o.conditions?.forEach((c, i) => {
    if (c.ratio !== undefined) out.push({ field: "ratios", path: ["outpatient", "conditions", i, "ratio"], table: c.ratio });
  });
  const c = o.cap === undefined ? undefined : capTable(o.cap);
  if (c !== undefined) out.push(o.cap?.amount !== undefined ? { field: "cap", path: ["outpatient", "cap", "amount"], table: c } : { field: "cap", path: ["outpatient", "cap", "byStatus"], table: c, short: true });
  if (o.cap?.secondTier !== undefined) {
    out.push({ field: "cap", path: ["outpatient", "cap", "secondTier", "ratio"], table: o.cap.secondTier.ratio });
    out.push({ field: "cap", path: ["outpatient", "cap", "secondTier", "amount"], table: o.cap.secondTier.amount });
  }
  return out;
}

type Sourced = { value: string; source?: TableNode["source"]; interpretation?: string | undefined };
export interface OutpatientShape {
  readonly deductible?: { readonly amount?: TableNode | undefined; readonly byLevel?: Readonly<Record<"1" | "2" | "3", Sourced>> | undefined } | undefined;
  readonly ratios?: Readonly<Record<"1" | "2" | "3", Readonly<Record<Status, Sourced>>>> | undefined;
  readonly ratio?: TableNode | undefined;
  readonly ratioBands?: readonly { readonly ratio: TableNode }[] | undefined;
  readonly conditions?: readonly { readonly ratio?: TableNode | undefined }[] | undefined;
  readonly cap?:
    | {
        readonly amount?: TableNode | undefined;
        readonly byStatus?: Readonly<Record<Status, Sourced>> | undefined;
        readonly secondTier?: { readonly ratio: TableNode; readonly amount: TableNode } | undefined;
      }
    | undefined;
}

/** What the cross-field checks read of a version: each part as far as it can be read. */
export interface VersionView {
  readonly levels?: VersionShape["levels"];
  /** The categories; null when given but not readable (their problems are reported where they are). */
  readonly categories?: VersionShape["categories"] | null;
  readonly specialty?: number | null;
  /** The tables; null when given but not readable. */
  readonly outpatient?: OutpatientShape | null;
  /** The parts given as a whole. */
  readonly sections: Readonly<Record<SectionPart, boolean>>;
  /** The entries of `missing` that can be read, each with its place in the list; null when the list cannot be read. */
  readonly missing: readonly (MissingEntry & { readonly index: number })[] | null;
}

const SECTIONS: readonly SectionPart[] = ["designation", "pharmacy", "account", "family", "crossRegion"];
const BRANCHES = ["value", "byCategory", "byStatus", "byAge"] as const;

/** A cell as good as given: whatever is wrong with it is reported where it is. */
const given = (): TableNode => ({ value: "" });

/** A table of unchecked data as far as its shape can be read; a part that cannot be read counts as given. */
function tableView(raw: unknown): TableNode {
  if (!isRecord(raw) || BRANCHES.filter((b) => raw[b] !== undefined).length !== 1 || raw.value !== undefined) return given();
  const { byCategory, byStatus, byAge } = raw;
  if (byCategory !== undefined) return isRecord(byCategory) ? { byCategory: Object.fromEntries(Object.entries(byCategory).map(([k, n]) => [k, tableView(n)])) } : given();
  if (byStatus !== undefined) {
    if (!isRecord(byStatus)) return given();
    const child = (s: Status) => (byStatus[s] === undefined ? undefined : tableView(byStatus[s]));
    return { byStatus: { "in-service": child("in-service"), retired: child("retired") } };
  }
  return Array.isArray(byAge) ? { byAge: byAge.map(tableView) } : given();
}

const cell = (): Sourced => ({ value: "" });
const byStatusCells = () => ({ "in-service": cell(), retired: cell() });

function outpatientView(o: Readonly<Record<string, unknown>>): OutpatientShape {
  const present = (x: unknown) => x !== undefined;
  const table = (x: unknown) => (x === undefined ? undefined : tableView(x));
  const d = o.deductible;
  const deductible = d === undefined ? undefined : isRecord(d) ? { amount: table(d.amount), byLevel: present(d.byLevel) ? { 1: cell(), 2: cell(), 3: cell() } : undefined } : {};
  const c = o.cap;
  let cap: OutpatientShape["cap"];
  if (isRecord(c)) {
    const tier = c.secondTier;
    const secondTier = isRecord(tier) && tier.ratio !== undefined && tier.amount !== undefined ? { ratio: tableView(tier.ratio), amount: tableView(tier.amount) } : undefined;
    cap = { amount: table(c.amount), byStatus: present(c.byStatus) ? byStatusCells() : undefined, secondTier };
  } else if (c !== undefined) cap = {};
  const list = (x: unknown) => (Array.isArray(x) ? x : []);
  return {
    deductible,
    ratios: present(o.ratios) ? { 1: byStatusCells(), 2: byStatusCells(), 3: byStatusCells() } : undefined,
    ratio: table(o.ratio),
    ratioBands: list(o.ratioBands).flatMap((b) => (isRecord(b) && b.ratio !== undefined ? [{ ratio: tableView(b.ratio) }] : [])),
    conditions: list(o.conditions).flatMap((k) => (isRecord(k) && k.ratio !== undefined ? [{ ratio: tableView(k.ratio) }] : [])),
    cap,
  };
}

const texts = (x: unknown): string[] => (Array.isArray(x) ? x.filter((t): t is string => typeof t === "string") : []);

function categoriesView(raw: unknown): VersionShape["categories"] | null {
  if (!Array.isArray(raw) || !raw.every((c) => isRecord(c) && typeof c.id === "string")) return null;
  return (raw as Readonly<Record<string, unknown>>[]).map((c) => {
    const name = isRecord(c.name) ? c.name : {};
    return {
      id: String(c.id),
      name: { zh: typeof name.zh === "string" ? name.zh : "", en: typeof name.en === "string" ? name.en : "" },
      aliases: texts(c.aliases),
      levels: Array.isArray(c.levels) ? c.levels.filter((l): l is number => typeof l === "number") : [],
    };
  });
}

function missingView(raw: unknown): VersionView["missing"] {
  if (!Array.isArray(raw)) return null;
  return raw.flatMap((m, index) => {
    if (!isRecord(m) || typeof m.field !== "string") return [];
    const { category, status } = m;
    if ((category !== undefined && typeof category !== "string") || (status !== undefined && status !== "in-service" && status !== "retired")) return [];
    return [{ index, field: m.field, category, status }];
  });
}

/**
 * A version's parts as the cross-field checks read them, from data that may not follow the schema
 * (so that a file with other problems hears about these too): a part that cannot be read is left
 * out of the checks that need it, and its own problems are reported where it is.
 */
export function readVersion(v: Readonly<Record<string, unknown>>): VersionView {
  const names = isRecord(v.levels) && isRecord(v.levels.names) ? v.levels.names : {};
  const levelName = (id: "1" | "2" | "3"): Bilingual => {
    const n = names[id];
    return isRecord(n) && typeof n.zh === "string" && typeof n.en === "string" ? { zh: n.zh, en: n.en } : { zh: id, en: id };
  };
  const o = v.outpatient;
  const specialty = v.specialty === undefined ? undefined : isRecord(v.specialty) && typeof v.specialty.level === "number" ? v.specialty.level : null;
  return {
    levels: v.levels === undefined ? undefined : { names: { 1: levelName("1"), 2: levelName("2"), 3: levelName("3") } },
    categories: v.categories === undefined ? undefined : categoriesView(v.categories),
    specialty,
    outpatient: o === undefined ? undefined : isRecord(o) ? outpatientView(o) : null,
    sections: Object.fromEntries(SECTIONS.map((s) => [s, v[s] !== undefined])) as Record<SectionPart, boolean>,
    // The schema's default: no list is an empty list.
    missing: v.missing === undefined ? [] : missingView(v.missing),
  };
}

const TABLES: readonly TablePart[] = ["deductible", "ratios", "cap"];

/**
 * The checks across a version's fields: the categories, which parts are given or listed as
 * missing, and every cell of every table either given or listed as missing.
 */
export function versionIssues(v: VersionView): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if ((v.levels === undefined) === (v.categories === undefined)) {
    issues.push(ruleIssue(["categories"], "categoriesForm", {}));
    return issues;
  }
  const list = v.categories;
  if (list === null) return issues.concat(partIssues(v, undefined));
  const categories = categoriesOf({ levels: v.levels, categories: list });
  if (list !== undefined) {
    const ids = new Set<string>();
    const names = new Map<string, number>();
    const grades = new Map<number, number>();
    list.forEach((c, i) => {
      if (ids.has(c.id)) issues.push(ruleIssue(["categories", i, "id"], "duplicateCategory", { id: c.id }));
      ids.add(c.id);
      for (const name of [c.name.zh, ...(c.aliases ?? [])]) {
        const other = names.get(name);
        if (other !== undefined && other !== i) issues.push(ruleIssue(["categories", i, "aliases"], "categoryNameTwice", { name }));
        names.set(name, i);
      }
      for (const grade of c.levels ?? []) {
        if (grades.has(grade)) issues.push(ruleIssue(["categories", i, "levels"], "gradeTwice", { grade }));
        grades.set(grade, i);
      }
    });
  }
  if (typeof v.specialty === "number" && v.specialty > categories.length) {
    issues.push(ruleIssue(["specialty", "level"], "specialtyBeyond", { count: categories.length }));
  }
  return issues.concat(partIssues(v, categories));
}

/** Which parts are given or listed as missing, and (when the categories are known) every cell of every table. */
function partIssues(v: VersionView, categories: readonly Category[] | undefined): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const missing = v.missing;
  const o = v.outpatient;
  const ids = new Set((categories ?? []).map((c) => c.id));
  for (const m of missing ?? []) {
    if (categories !== undefined && m.category !== undefined && !ids.has(m.category)) {
      issues.push(ruleIssue(["missing", m.index, "category"], "missingUnknownCategory", { id: m.category, ids: [...ids] }));
    }
    if ((m.category !== undefined || m.status !== undefined) && !(TABLES as readonly string[]).includes(m.field)) {
      issues.push(ruleIssue(["missing", m.index], "cellsOnlyForTables", {}));
    }
  }
  if (o !== undefined && o !== null && o.deductible === undefined && o.ratio === undefined && o.ratios === undefined && o.cap === undefined) {
    issues.push(ruleIssue(["outpatient"], "outpatientEmpty", {}));
  }
  if (missing === null) return issues;
  const listed = (field: string) => missing.some((m) => m.field === field && m.category === undefined && m.status === undefined);
  // Outpatient parameters that cannot be read: what they give is not known.
  const given = o === null ? undefined : { deductible: o?.deductible !== undefined, ratios: o?.ratio !== undefined || o?.ratios !== undefined, cap: o?.cap !== undefined };
  if (given !== undefined) {
    for (const part of TABLES) {
      if (!given[part] && !listed(part)) issues.push(ruleIssue(o === undefined ? ["outpatient"] : ["outpatient", part === "ratios" ? "ratio" : part], "tableOrMissing", { part }));
      if (given[part] && listed(part)) issues.push(ruleIssue(["missing"], "tableAlsoMissing", { part }));
    }
  }
  for (const section of SECTIONS) {
    if (!v.sections[section] && !listed(section)) issues.push(ruleIssue([section], "sectionOrMissing", { section }));
    if (v.sections[section] && listed(section)) issues.push(ruleIssue(["missing"], "sectionAlsoMissing", { section }));
  }
  if (o !== null && given !== undefined && categories !== undefined) issues.push(...cellIssues(o, categories, missing, given, ids));
  return issues;
}

/** Every cell of every table: given, or listed under `missing`; every cell listed: really absent. */
function cellIssues(
  o: OutpatientShape | undefined,
  categories: readonly Category[],
  missing: NonNullable<VersionView["missing"]>,
  given: Readonly<Record<TablePart, boolean>>,
  ids: ReadonlySet<string>,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const used = new Set<number>();
  for (const { field, path, table, short } of tablesOf(o)) {
    const gaps: Gap[] = [];
    for (const c of categories) for (const s of STATUSES) gapsOf(table, c.id, s, path, gaps, issues, ids, short === true);
    const reported = new Set<string>();
    for (const gap of gaps) {
      const entry = missing.find((m) => (m.category !== undefined || m.status !== undefined) && coversCell(m, field, gap.category, gap.status));
      if (entry !== undefined) {
        used.add(entry.index);
        continue;
      }
      const key = `${gap.path.join("/")}|${gap.category}|${gap.status}`;
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push(ruleIssue(gap.path, "noCell", { field, category: gap.category, status: gap.status }));
    }
  }
  for (const m of missing) {
    // An entry naming a category that does not exist is reported as such.
    const known = m.category === undefined || ids.has(m.category);
    if ((m.category !== undefined || m.status !== undefined) && known && !used.has(m.index) && (TABLES as readonly string[]).includes(m.field) && given[m.field as TablePart]) {
      issues.push(ruleIssue(["missing", m.index], "cellGiven", { field: m.field as TablePart }));
    }
  }
  return issues;
}
