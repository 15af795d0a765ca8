/**
 * The facility categories of a version, and the checks that tie a version's tables to them and to
 * its `missing` list. A version names its categories either in the short form (`levels`: 一级, 二级,
 * 三级 as 1, 2, 3) or as its own ordered list (`categories`); both come out here as one list, the
 * engine's levels being their places in it (1 = the first).
 */
import type { Status } from "../core/types.js";
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

type Path = (string | number)[];
type Issue = { path: Path; message: string };

const STATUSES: readonly Status[] = ["in-service", "retired"];

/** A cell of a table no branch gives: the category and status it was looked up for. */
interface Gap {
  readonly path: Path;
  readonly category: string;
  readonly status: Status;
}

/** Walks a table for one category and status, through every age band; the cells it does not give. */
function gapsOf(node: TableNode, category: string, status: Status, path: Path, out: Gap[], issues: Issue[], known: ReadonlySet<string>): void {
  if (node.value !== undefined) return;
  if (node.byCategory !== undefined) {
    for (const key of Object.keys(node.byCategory)) {
      if (!known.has(key) && !issues.some((i) => i.path.join("/") === [...path, "byCategory", key].join("/"))) {
        issues.push({ path: [...path, "byCategory", key], message: `no category has the id "${key}"; the ids are ${[...known].join(", ")}` });
      }
    }
    const child = Object.hasOwn(node.byCategory, category) ? node.byCategory[category] : undefined;
    if (child === undefined) out.push({ path: [...path, "byCategory"], category, status });
    else gapsOf(child, category, status, [...path, "byCategory", category], out, issues, known);
    return;
  }
  if (node.byStatus !== undefined) {
    const child = node.byStatus[status];
    if (child === undefined) out.push({ path: [...path, "byStatus"], category, status });
    else gapsOf(child, category, status, [...path, "byStatus", status], out, issues, known);
    return;
  }
  node.byAge?.forEach((band, i) => gapsOf(band, category, status, [...path, "byAge", i], out, issues, known));
}

/** The short forms as tables, so that one walk checks them all. */
const leaf = (v: Sourced): TableNode => ({ value: v.value, source: v.source, interpretation: v.interpretation });

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
export function tablesOf(o: OutpatientShape | undefined): { field: "deductible" | "ratios" | "cap"; path: Path; table: TableNode }[] {
  if (o === undefined) return [];
  const out: { field: "deductible" | "ratios" | "cap"; path: Path; table: TableNode }[] = [];
  const d = o.deductible === undefined ? undefined : deductibleTable(o.deductible);
  if (d !== undefined) out.push({ field: "deductible", path: ["outpatient", "deductible", o.deductible?.amount !== undefined ? "amount" : "byLevel"], table: d });
  const r = ratioTableOf(o);
  if (r !== undefined) out.push({ field: "ratios", path: ["outpatient", o.ratio !== undefined ? "ratio" : "ratios"], table: r });
  o.ratioBands?.forEach((b, i) => out.push({ field: "ratios", path: ["outpatient", "ratioBands", i, "ratio"], table: b.ratio }));
  o.conditions?.forEach((c, i) => {
    if (c.ratio !== undefined) out.push({ field: "ratios", path: ["outpatient", "conditions", i, "ratio"], table: c.ratio });
  });
  const c = o.cap === undefined ? undefined : capTable(o.cap);
  if (c !== undefined) out.push({ field: "cap", path: ["outpatient", "cap", o.cap?.amount !== undefined ? "amount" : "byStatus"], table: c });
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

interface CheckedVersion extends VersionShape {
  readonly specialty?: { readonly level: number } | undefined;
  readonly outpatient?: OutpatientShape | undefined;
  readonly designation?: unknown;
  readonly pharmacy?: unknown;
  readonly account?: unknown;
  readonly family?: unknown;
  readonly crossRegion?: unknown;
  readonly missing: readonly (MissingEntry & { readonly field: string })[];
}

/**
 * The checks across a version's fields: the categories, which parts are given or listed as
 * missing, and every cell of every table either given or listed as missing.
 */
export function versionIssues(v: CheckedVersion): Issue[] {
  const issues: Issue[] = [];
  if ((v.levels === undefined) === (v.categories === undefined)) {
    issues.push({ path: ["categories"], message: "give the facility categories either as `levels` (一级, 二级, 三级) or as `categories`, not both or neither" });
    return issues;
  }
  const categories = categoriesOf(v);
  if (v.categories !== undefined) {
    const ids = new Set<string>();
    const names = new Map<string, number>();
    const grades = new Map<number, number>();
    v.categories.forEach((c, i) => {
      if (ids.has(c.id)) issues.push({ path: ["categories", i, "id"], message: `duplicate category id ${c.id}` });
      ids.add(c.id);
      for (const name of [c.name.zh, ...(c.aliases ?? [])]) {
        const other = names.get(name);
        if (other !== undefined && other !== i) issues.push({ path: ["categories", i, "aliases"], message: `the name ${name} is used by two categories` });
        names.set(name, i);
      }
      for (const grade of c.levels ?? []) {
        if (grades.has(grade)) issues.push({ path: ["categories", i, "levels"], message: `level ${grade} is already in another category` });
        grades.set(grade, i);
      }
    });
  }
  if (v.specialty !== undefined && v.specialty.level > categories.length) {
    issues.push({ path: ["specialty", "level"], message: `there are only ${categories.length} categories` });
  }
  const missing = v.missing;
  const listed = (field: string) => missing.some((m) => m.field === field && m.category === undefined && m.status === undefined);
  const ids = new Set(categories.map((c) => c.id));
  missing.forEach((m, i) => {
    if (m.category !== undefined && !ids.has(m.category)) issues.push({ path: ["missing", i, "category"], message: `no category has the id "${m.category}"` });
    if ((m.category !== undefined || m.status !== undefined) && !["deductible", "ratios", "cap"].includes(m.field)) {
      issues.push({ path: ["missing", i], message: "only the tables (deductible, ratios, cap) have cells" });
    }
  });
  const o = v.outpatient;
  const given = { deductible: o?.deductible !== undefined, ratios: o?.ratio !== undefined || o?.ratios !== undefined, cap: o?.cap !== undefined };
  if (o !== undefined && !given.deductible && !given.ratios && !given.cap) issues.push({ path: ["outpatient"], message: "give at least one of deductible, ratio and cap, or leave out `outpatient`" });
  for (const part of ["deductible", "ratios", "cap"] as const) {
    if (!given[part] && !listed(part)) {
      issues.push({ path: o === undefined ? ["outpatient"] : ["outpatient", part === "ratios" ? "ratio" : part], message: `give the ${part}, or list \`${part}\` under \`missing\`` });
    }
    if (given[part] && listed(part)) issues.push({ path: ["missing"], message: `\`missing\` cannot list ${part} when it is given (name the missing cells by category and status instead)` });
  }
  for (const part of ["designation", "pharmacy", "account", "family", "crossRegion"] as const) {
    if (v[part] === undefined && !listed(part)) issues.push({ path: [part], message: `give the ${part} rules, or list \`${part}\` under \`missing\`` });
    if (v[part] !== undefined && listed(part)) issues.push({ path: ["missing"], message: `\`missing\` cannot list ${part} when it is given` });
  }
  // Every cell of every table: given, or listed under `missing`; every cell listed: really absent.
  const used = new Set<number>();
  for (const { field, path, table } of tablesOf(o)) {
    const gaps: Gap[] = [];
    for (const c of categories) for (const s of STATUSES) gapsOf(table, c.id, s, path, gaps, issues, ids);
    const reported = new Set<string>();
    for (const gap of gaps) {
      const entry = missing.findIndex((m) => (m.category !== undefined || m.status !== undefined) && coversCell(m, field, gap.category, gap.status));
      if (entry >= 0) {
        used.add(entry);
        continue;
      }
      const key = `${gap.path.join("/")}|${gap.category}|${gap.status}`;
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push({
        path: gap.path,
        message: `no value for category ${gap.category}, ${gap.status}: give it, or list it under \`missing\` ({"field": "${field}", "category": "${gap.category}", "status": "${gap.status}", "note": …})`,
      });
    }
  }
  missing.forEach((m, i) => {
    if ((m.category !== undefined || m.status !== undefined) && !used.has(i) && given[m.field as "deductible"] === true) {
      issues.push({ path: ["missing", i], message: `the ${m.field} table gives every cell this entry names; remove the entry` });
    }
  });
  return issues;
}
