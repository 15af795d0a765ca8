/**
 * `yibao policy new`: the skeleton of a new city's policy file, from what the person says of the
 * city. Names and codes the administrative divisions know are filled in; everything else is left as
 * a placeholder for the person to fill from their source (see src/policy/skeleton.ts).
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Division, divisionByCode, findDivision } from "../policy/divisions.js";
import { type SkeletonCategories, policySkeleton } from "../policy/skeleton.js";
import { YibaoError, arg } from "../shared/errors.js";
import { packageRoot } from "../shared/paths.js";

export interface NewPolicyRequest {
  readonly id: string;
  readonly name: string;
  readonly short?: string | undefined;
  readonly pinyin?: string | undefined;
  readonly code?: string | undefined;
  readonly province?: string | undefined;
  /** "levels" (default) or "own". */
  readonly categories?: string | undefined;
  /** The file the skeleton is for; absent: standard output, seen from the current folder. */
  readonly file?: string | undefined;
}

const CATEGORIES: readonly SkeletonCategories[] = ["levels", "own"];
/** What a short name leaves off: 某某 for 某某市. */
const SUFFIX = /(市|地区|盟|自治州)$/;

function text(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") throw new YibaoError("INVALID_VALUE", { field: arg(name), value, accepted: [], kind: "text" });
  return trimmed;
}

/** The prefecture-level city the divisions give under exactly this name (鞍山市 or 鞍山), if any. */
function divisionNamed(name: string): Division | undefined {
  try {
    const found = findDivision(name, arg("name"));
    return found.name === name || found.name.replace(SUFFIX, "") === name ? found : undefined;
  } catch (error) {
    if (error instanceof YibaoError) return undefined;
    throw error;
  }
}

/**
 * `$schema` for a file in `folder`: the shipped policies/schema.json, relative, when the folder is
 * inside yibao's own folder (the repository); otherwise undefined (the skeleton then points beside itself).
 */
export function schemaReference(folder: string): string | undefined {
  const root = packageRoot();
  const schema = join(root, "policies", "schema.json");
  const inside = relative(root, folder);
  if (inside.startsWith("..") || isAbsolute(inside) || !existsSync(schema)) return undefined;
  const path = relative(folder, schema).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** The skeleton's text, JSON with two-space indents. Throws INVALID_VALUE for an option it cannot use. */
export function newPolicyText(r: NewPolicyRequest): string {
  if (!/^[a-z][a-z0-9-]*$/.test(r.id)) throw new YibaoError("INVALID_VALUE", { field: arg("id"), value: r.id, accepted: [], kind: "city-id" });
  const name = text("name", r.name) ?? "";
  if (r.code !== undefined && !/^\d{6}$/.test(r.code)) throw new YibaoError("INVALID_VALUE", { field: arg("code"), value: r.code, accepted: [], kind: "admin-code" });
  const categories = CATEGORIES.find((c) => c === (r.categories ?? "levels"));
  if (categories === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("categories"), value: r.categories ?? "", accepted: CATEGORIES });
  const division = r.code === undefined ? divisionNamed(name) : divisionByCode(r.code);
  const code = r.code ?? division?.code;
  const skeleton = policySkeleton({
    id: r.id,
    name: { zh: name, short: text("short", r.short) ?? (name.replace(SUFFIX, "") || name), pinyin: text("pinyin", r.pinyin) },
    adminCode: code,
    province: {
      zh: text("province", r.province) ?? division?.province.name,
      code: division?.province.code ?? (code === undefined ? undefined : `${code.slice(0, 2)}0000`),
    },
    categories,
    schema: schemaReference(r.file === undefined ? resolve(".") : dirname(resolve(r.file))),
  });
  return `${JSON.stringify(skeleton, null, 2)}\n`;
}
