/**
 * What a person types, turned into typed values: status, level (with the city's own names),
 * facility, yuan amounts and dates. Every failure names the value and what is accepted.
 */
import { type Fen, parseYuan } from "../core/money.js";
import type { MemberKind, Plan } from "../core/account.js";
import type { Relation, Scheme } from "../core/family.js";
import type { Citation, Facility, Level, Place, Status } from "../core/types.js";
import { type Field, YibaoError, arg } from "../shared/errors.js";
import { categoriesOf } from "./categories.js";
import { cite, citeOf } from "./registry.js";
import { parseDate } from "../shared/today.js";
import type { Policy, PolicyVersion } from "./schema.js";

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, "");

/** Name → value, keyed by the normalised name; exact names hit without normalising. */
function aliasMap<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of entries) for (const name of names) map.set(norm(name), value);
  return map;
}

function lookup<T>(map: ReadonlyMap<string, T>, value: string): T | undefined {
  return map.get(value) ?? map.get(norm(value));
}

const STATUS_ALIASES = aliasMap<Status>([
  ["in-service", ["in-service", "inservice", "employed", "active", "在职", "在职职工", "在职人员"]],
  ["retired", ["retired", "retiree", "退休", "退休人员", "退休职工"]],
]);

const FACILITY_ALIASES = aliasMap<Facility>([
  ["hospital", ["hospital", "医院", "医疗机构", "定点医疗机构"]],
  ["pharmacy", ["pharmacy", "药店", "定点药店", "零售药店", "定点零售药店"]],
  ["specialty", ["specialty", "specialist", "专科", "专科医院", "专科医疗机构"]],
]);

/** Level names every city understands. */
const LEVEL_ALIASES = aliasMap<Level>([
  [1, ["1", "一级", "一级及以下", "一级医院", "level1", "l1"]],
  [2, ["2", "二级", "二级医院", "level2", "l2"]],
  [3, ["3", "三级", "三级及以上", "三级医院", "level3", "l3"]],
]);

const RELATION_ALIASES = aliasMap<Relation>([
  ["spouse", ["spouse", "配偶", "夫妻", "丈夫", "妻子", "老公", "老婆", "husband", "wife"]],
  ["parent", ["parent", "父母", "父亲", "母亲", "爸爸", "妈妈", "father", "mother"]],
  ["child", ["child", "子女", "儿子", "女儿", "son", "daughter"]],
  ["sibling", ["sibling", "兄弟姐妹", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "brother", "sister"]],
  ["grandparent", ["grandparent", "祖父母", "祖父", "祖母", "爷爷", "奶奶"]],
  ["maternal-grandparent", ["maternal-grandparent", "外祖父母", "外祖父", "外祖母", "外公", "外婆", "姥爷", "姥姥"]],
  ["grandchild", ["grandchild", "孙子女", "孙子", "孙女"]],
  ["maternal-grandchild", ["maternal-grandchild", "外孙子女", "外孙", "外孙女"]],
  ["parent-in-law", ["parent-in-law", "配偶父母", "配偶的父母", "岳父母", "公婆", "岳父", "岳母", "公公", "婆婆"]],
  ["child-in-law", ["child-in-law", "子女配偶", "子女的配偶", "女婿", "儿媳"]],
]);

const SCHEME_ALIASES = aliasMap<Scheme>([
  ["employee", ["employee", "职工", "职工医保", "职工基本医疗保险"]],
  ["resident", ["resident", "居民", "居民医保", "城乡居民", "城乡居民医保", "城乡居民基本医疗保险"]],
]);

const MEMBER_ALIASES = aliasMap<MemberKind>([
  ...[...STATUS_ALIASES].map(([name, status]) => [status, [name]] as const),
  ["flexible", ["flexible", "灵活就业", "灵活就业人员", "self-employed"]],
]);

const PLACE_ALIASES = aliasMap<Place>([
  ["local", ["local", "本地", "本市", "参保地", "统筹区内"]],
  [
    "resident-elsewhere",
    ["resident-elsewhere", "异地长期居住", "长期居住", "异地居住", "异地安置", "异地安置退休", "长期驻外", "常驻异地", "resident", "long-term"],
  ],
  ["temporary-elsewhere", ["temporary-elsewhere", "临时外出", "临时外出就医", "临时异地", "转诊", "转诊转院", "自行外出", "temporary", "referral"]],
]);

const PLAN_ALIASES = aliasMap<Plan>([
  ["combined", ["combined", "统账结合"]],
  ["pooling-only", ["pooling-only", "单建统筹"]],
]);

/** The values each closed set accepts, as messages and shell completion offer them (aliases aside). */
export const CHOICES = {
  status: ["在职", "退休", "in-service", "retired"],
  facility: ["hospital", "pharmacy", "specialty", "医院", "药店", "专科"],
  relation: ["配偶", "父母", "子女", "兄弟姐妹", "祖父母", "外祖父母", "孙子女", "外孙子女", "配偶父母", "子女配偶"],
  scheme: ["employee", "resident", "职工", "居民"],
  memberKind: ["在职", "退休", "灵活就业", "in-service", "retired", "flexible"],
  place: ["local", "resident-elsewhere", "temporary-elsewhere", "本地", "异地长期居住", "临时外出"],
  plan: ["统账结合", "单建统筹", "combined", "pooling-only"],
  level: ["1", "2", "3", "一级", "二级", "三级"],
} as const;

function parseAlias<T>(map: ReadonlyMap<string, T>, value: string, field: Field, accepted: readonly string[]): T {
  const found = lookup(map, value);
  if (found === undefined) throw new YibaoError("INVALID_VALUE", { field, value, accepted });
  return found;
}

/** 配偶, 父母, 子女, … (who one person is to another). */
export const parseRelation = (value: string, field: Field): Relation =>
  parseAlias(RELATION_ALIASES, value, field, CHOICES.relation);

export const parseScheme = (value: string, field: Field): Scheme =>
  parseAlias(SCHEME_ALIASES, value, field, CHOICES.scheme);

/** 在职, 退休, 灵活就业. */
export const parseMemberKind = (value: string, field: Field): MemberKind =>
  parseAlias(MEMBER_ALIASES, value, field, CHOICES.memberKind);

/** 本地, 异地长期居住, 临时外出. */
export const parsePlace = (value: string, field: Field): Place =>
  parseAlias(PLACE_ALIASES, value, field, CHOICES.place);

export const parsePlan = (value: string, field: Field): Plan =>
  parseAlias(PLAN_ALIASES, value, field, CHOICES.plan);

export function parseStatus(value: string, field: Field = arg("type")): Status {
  const status = lookup(STATUS_ALIASES, value);
  if (status === undefined) {
    throw new YibaoError("INVALID_VALUE", { field, value, accepted: CHOICES.status });
  }
  return status;
}

export function parseFacility(value: string, field: Field = arg("facility")): Facility {
  const facility = lookup(FACILITY_ALIASES, value);
  if (facility === undefined) {
    throw new YibaoError("INVALID_VALUE", { field, value, accepted: CHOICES.facility });
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
  if (version.levels !== undefined) return ["1", "2", "3", "一级", "二级", "三级", ...version.levels.aliases.map((a) => a.name)];
  const categories = categoriesOf(version);
  const grades = categories.flatMap((c) => c.levels).sort();
  return [...categories.flatMap((c) => [c.name.zh, ...c.aliases]), ...grades.map((g) => GRADE_WORDS[g] ?? String(g))];
}

const GRADE_WORDS: Readonly<Record<number, string>> = { 1: "一级", 2: "二级", 3: "三级" };

/** Every name a version accepts for a level, resolved once per version. */
const levelTables = new WeakMap<PolicyVersion, Map<string, ResolvedLevel>>();

function levelTable(policy: Policy, version: PolicyVersion): Map<string, ResolvedLevel> {
  const cached = levelTables.get(version);
  if (cached !== undefined) return cached;
  const table = version.levels === undefined ? categoryTable(policy, version) : gradeTable(policy, version, version.levels);
  levelTables.set(version, table);
  return table;
}

/** The short form: 一级, 二级, 三级 are levels 1, 2, 3, with the city's own names and aliases. */
function gradeTable(policy: Policy, version: PolicyVersion, levels: NonNullable<PolicyVersion["levels"]>): Map<string, ResolvedLevel> {
  const names = levels.names;
  const label = (l: Level) => names[l === 1 ? "1" : l === 2 ? "2" : "3"];
  const interpretation = levels.numbersInterpretation;
  const generic = (l: Level): ResolvedLevel => ({
    level: l,
    label: label(l),
    ...(interpretation === undefined ? {} : { cite: cite(policy, undefined, interpretation, levels) }),
  });
  const table = new Map<string, ResolvedLevel>();
  // Later entries win: generic names, then the city's own level names, then its aliases.
  for (const [name, level] of LEVEL_ALIASES) table.set(name, generic(level));
  for (const level of [1, 2, 3] as const) table.set(norm(label(level).zh), { level, label: label(level) });
  for (const alias of levels.aliases) {
    table.set(norm(alias.name), {
      level: alias.level,
      label: label(alias.level),
      ...(alias.interpretation === undefined ? {} : { cite: citeOf(policy, alias) }),
    });
  }
  return table;
}

/**
 * A city's own categories: their ids, names and aliases; and the common words 一级, 二级, 三级 only
 * where a category says which grades it takes (otherwise they are refused, never guessed).
 */
function categoryTable(policy: Policy, version: PolicyVersion): Map<string, ResolvedLevel> {
  const table = new Map<string, ResolvedLevel>();
  const declared = version.categories ?? [];
  categoriesOf(version).forEach((c, i) => {
    const given = declared[i];
    const reading = given?.interpretation === undefined ? {} : { cite: citeOf(policy, given) };
    for (const [name, grade] of LEVEL_ALIASES) if (c.levels.includes(grade)) table.set(name, { level: c.rank, label: c.name, ...reading });
  });
  for (const c of categoriesOf(version)) {
    for (const name of [c.id, c.name.zh, c.name.en, ...c.aliases]) table.set(norm(name), { level: c.rank, label: c.name });
  }
  return table;
}

/** Whether a name is one of the common grades (1, 一级, 二级医院, …) rather than a city's own name. */
export const isGradeWord = (value: string): boolean => lookup(LEVEL_ALIASES, value) !== undefined;

export function parseLevel(policy: Policy, version: PolicyVersion, value: string | number, field: Field = arg("level")): ResolvedLevel {
  const text = String(value);
  const level = lookup(levelTable(policy, version), text);
  if (level === undefined) throw new YibaoError("INVALID_VALUE", { field, value: text, accepted: acceptedLevels(version) });
  return level;
}

/** The person's age in whole years on a visit date: from `birthDate`, or `age` as given; null when neither is. */
export function ageOn(date: string, input: { readonly age?: string | number | undefined; readonly birthDate?: string | undefined }, field: (name: string) => Field): number | null {
  if (input.birthDate !== undefined && input.age !== undefined) {
    throw new YibaoError("CONFLICTING_OPTIONS", { given: [{ field: field("age"), value: String(input.age) }, { field: field("birthDate"), value: input.birthDate }], conflict: "AGE_AND_BIRTH_DATE" });
  }
  if (input.birthDate !== undefined) {
    const birth = parseDate(input.birthDate, field("birthDate"));
    if (birth > date) throw new YibaoError("BIRTH_AFTER_VISIT", { field: field("birthDate"), value: input.birthDate, date });
    const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
    return date.slice(5) >= birth.slice(5) ? years : years - 1;
  }
  if (input.age === undefined) return null;
  const text = String(input.age).trim();
  if (!/^\d{1,3}$/.test(text) || Number(text) > 150) throw new YibaoError("INVALID_VALUE", { field: field("age"), value: text, accepted: [], kind: "age" });
  return Number(text);
}

/** A condition the city names (签约家庭医生), by its id, name or alias; its id. */
export function parseCondition(version: PolicyVersion, value: string, field: Field): string {
  const conditions = version.outpatient?.conditions ?? [];
  const wanted = norm(value);
  const found = conditions.find((c) => [c.id, c.name.zh, c.name.en, ...c.aliases].some((n) => norm(n) === wanted));
  if (found === undefined) throw new YibaoError("INVALID_VALUE", { field, value, accepted: conditions.flatMap((c) => [c.id, c.name.zh]) });
  return found.id;
}

/** Yuan as typed: "12", "12.5", "12.50"; never negative, at most two decimals. */
export function parseMoney(value: string | number, field: Field): Fen {
  const text = typeof value === "number" ? String(value) : value;
  const fen = parseYuan(text);
  if (fen === undefined) {
    throw new YibaoError("INVALID_VALUE", { field, value: text, accepted: ["0", "12", "12.5", "1200.00"], kind: "money" });
  }
  return fen;
}

/** A real calendar date written YYYY-MM-DD. */
export { parseDate };

