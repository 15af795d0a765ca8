/** The words for problems in a policy file: what is wrong, and a hint on how to fix it. */
import type { Rule, RuleValues } from "../../app/model.js";

/** A problem in words, with its hint. */
export interface Said {
  readonly say: string;
  readonly hint: string;
}

/**
 * The schema's own checks, one entry per rule (src/policy/rules.ts), each saying the problem from the
 * rule's values in this language: a rule without words here does not compile.
 */
export type SchemaMessageWords = { readonly [R in Rule]: (values: RuleValues[R]) => Said };

export interface PolicyIssueWords {
  /** zod's and JSON's names of types: 字符串 / a string. */
  readonly typeName: Readonly<Record<"string" | "number" | "int" | "boolean" | "object" | "record" | "array" | "null" | "undefined", string>>;
  /**
   * Where the format is described: policies/schema.json for a file in the package's policies/ folder,
   * otherwise what `yibao policy schema` prints (a user elsewhere has no policies/ folder).
   */
  readonly schemaHint: (inPackage: boolean) => string;
  readonly schema: SchemaMessageWords;
  readonly missingValue: (expected: string) => Said;
  readonly wrongType: (expected: string, received: string, quotedNumber: boolean) => Said;
  readonly unknownKeys: (keys: readonly string[], inPackage: boolean) => Said;
  /** A key the schema allows nowhere here (a ratio's `share` in a table of amounts). */
  readonly notHere: () => Said;
  readonly notAllowed: (value: string, allowed: string) => Said;
  /** A value of a closed set is missing altogether. */
  readonly missingChoice: (allowed: string) => Said;
  readonly tooFewItems: (minimum: string) => Said;
  readonly tooShort: (minimum: string) => Said;
  readonly belowMinimum: (minimum: string) => Said;
  readonly tooLong: (maximum: string) => string;
  readonly tooManyItems: (maximum: string) => Said;
  readonly aboveMaximum: (maximum: string) => Said;
  readonly wrongFormat: (pattern: string) => string;
  readonly noForm: () => string;
  readonly wrongDiscriminator: (discriminator: string, allowed: string) => Said;
  readonly invalidKey: (known: string | undefined) => string;
  readonly notFile: (kind: string) => Said;
  readonly tooLarge: (max: string) => Said;
  readonly notJson: (at: { readonly line: string; readonly column: string } | undefined, detail: string) => Said;
  readonly tooDeep: (max: string) => Said;
  readonly forbiddenKey: (key: string) => Said;
  readonly unknownBase: (city: string, cities: readonly string[]) => Said;
  readonly duplicateKey: (city: string, key: string, table: "sources" | "interpretations") => Said;
  /** A problem in a version of the extended city that the file does not touch: where it is, and how to change it. */
  readonly inExtended: (city: string, version: string, at: string) => { readonly where: string; readonly extra: string };
}
