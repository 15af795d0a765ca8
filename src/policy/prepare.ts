/**
 * What the loader does to a file's JSON before the schema sees it: `"$comment"` keys (the JSON Schema
 * convention for notes) are dropped from every object at any depth, so that they never fail the
 * schema and never reach the engine; and the placeholders of a skeleton (`yibao policy new`, e.g.
 * `"<填写 金额 yuan>"`) are found wherever they are still left, each a problem at its own path.
 */
import { FORBIDDEN_KEYS, isPlainObject } from "./extend.js";
import { type PolicyIssue, issueAt } from "./issues.js";
import { type JsonType, PLACEHOLDER_RULES, type PlaceholderKind, type Rule, type RuleValues, ruleIssue } from "./rules.js";

export type { PlaceholderKind } from "./rules.js";

/** The key of a note, allowed in any object of a policy file. */
export const COMMENT_KEY = "$comment";

/**
 * The placeholders a skeleton leaves for the values its author must fill, by kind. Each fails
 * validation by its own rule (`PLACEHOLDER_RULES`), with words saying what to write there.
 */
export const PLACEHOLDERS = {
  yuan: "<填写 金额 yuan>",
  ratio: "<填写 比例 ratio>",
  quote: "<填写 原文 quote>",
  title: "<填写 标题 title>",
  file: "<填写 来源文件 file>",
  date: "<填写 日期 date>",
  name: "<填写 名称 name>",
  province: "<填写 省份 province>",
  english: "<填写 英文名 English name>",
  pinyin: "<填写 拼音 pinyin>",
  code: "<填写 代码 code>",
} as const satisfies { readonly [K in Exclude<PlaceholderKind, "other">]: string };

const BY_TEXT: ReadonlyMap<string, PlaceholderKind> = new Map(Object.entries(PLACEHOLDERS).map(([kind, text]) => [text, kind as PlaceholderKind]));

/** A placeholder: one of PLACEHOLDERS, or any text written the same way (`<填写 …>`). */
export function placeholderKind(text: string): PlaceholderKind | undefined {
  const known = BY_TEXT.get(text);
  if (known !== undefined) return known;
  return /^<填写[\s\S]*>$/.test(text) ? "other" : undefined;
}

/** The code of a placeholder's problem, and of a note's that is not a string; each carries its rule. */
const PLACEHOLDER_CODE = "placeholder";
const COMMENT_CODE = "comment-not-string";

/** A problem the loader finds by a rule, with the rule and its values in `params`. */
function found<R extends Rule>(path: (string | number)[], code: string, rule: R, values: RuleValues[R]): PolicyIssue {
  const issue = ruleIssue(path, rule, values);
  return issueAt(issue.path, code, issue.message, issue.params);
}

/** What a JSON value that is not a string is. */
const typeName = (value: unknown): JsonType => (value === null ? "null" : Array.isArray(value) ? "array" : (typeof value as JsonType));

/**
 * A copy of `data` without `"$comment"` keys, and the problems found on the way: a `$comment` that is
 * not a string, and each placeholder left, in the order they appear in the file. Walks without
 * recursion; objects keep their key order. Forbidden keys are left out (the loader refuses them first).
 */
export function prepareData(data: unknown): { data: unknown; issues: PolicyIssue[] } {
  const issues: PolicyIssue[] = [];
  const shell = (node: unknown): unknown => (Array.isArray(node) ? [] : isPlainObject(node) ? {} : node);
  const root = shell(data);
  const stack: { from: unknown; to: unknown; path: (string | number)[] }[] = [{ from: data, to: root, path: [] }];
  const set = (to: unknown, key: string, value: unknown) => Object.defineProperty(to, key, { value, enumerable: true, writable: true, configurable: true });
  while (stack.length > 0) {
    const { from, to, path } = stack.pop() ?? { from: undefined, to: undefined, path: [] };
    if (typeof from === "string") {
      const kind = placeholderKind(from);
      if (kind !== undefined) issues.push(found(path, PLACEHOLDER_CODE, PLACEHOLDER_RULES[kind], { text: from }));
      continue;
    }
    const children: { from: unknown; to: unknown; path: (string | number)[] }[] = [];
    if (Array.isArray(from) && Array.isArray(to)) {
      from.forEach((child, i) => {
        const copy = shell(child);
        to.push(copy);
        children.push({ from: child, to: copy, path: [...path, i] });
      });
    } else if (isPlainObject(from)) {
      for (const [key, child] of Object.entries(from)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        if (key === COMMENT_KEY) {
          if (typeof child !== "string") {
            issues.push(found([...path, key], COMMENT_CODE, "commentNotString", { received: typeName(child) }));
          }
          continue;
        }
        const copy = shell(child);
        set(to, key, copy);
        children.push({ from: child, to: copy, path: [...path, key] });
      }
    }
    // The first child is taken next: problems come out in the order of the file.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[number]);
  }
  return { data: root, issues };
}

/**
 * The schema's problems together with the notes' and placeholders', one problem per place: without the
 * schema's own complaint about a placeholder (a placeholder is not yet a yuan, a date, …), nor a check
 * across fields that rests on one (two categories both still named `<填写 名称 name>`).
 */
export function withPrepareIssues(prepared: readonly PolicyIssue[], schema: readonly PolicyIssue[]): PolicyIssue[] {
  const placeholders = new Set(prepared.filter((i) => i.code === PLACEHOLDER_CODE).map((i) => i.path));
  const restsOnPlaceholder = (issue: PolicyIssue) => Object.values(issue.params ?? {}).some((value) => typeof value === "string" && placeholderKind(value) !== undefined);
  return [...prepared, ...schema.filter((i) => !placeholders.has(i.path) && !restsOnPlaceholder(i))];
}
