/** The words for problems in a policy file: what is wrong, and a hint on how to fix it. */
import type { PlaceholderKind } from "../../app/model.js";

/** A problem in words, with its hint. */
export interface Said {
  readonly say: string;
  readonly hint: string;
}

/** The schema's own (English) messages, recognised by pattern, each in this language. */
export interface SchemaMessageWords {
  readonly dateFormat: () => Said;
  readonly notRealDate: () => Said;
  readonly interpretationId: () => Said;
  readonly yuanString: () => Said;
  readonly ratioString: () => Said;
  readonly idFormat: () => Said;
  readonly adminCode: () => Said;
  readonly valueNeedsSource: () => Said;
  readonly accumulatorNeeded: () => Said;
  readonly ceilingPerVisitOnly: () => Said;
  readonly creditListedTwice: (member: string, plan: string) => Said;
  readonly endBeforeStart: () => Said;
  readonly outpatientOrMissing: () => Said;
  readonly outpatientAlsoMissing: () => Said;
  readonly sectionOrMissing: (section: string) => Said;
  readonly sectionAlsoMissing: (section: string) => Said;
  readonly pharmacyOrMissing: () => Said;
  readonly openEndedNotLast: () => Said;
  readonly versionsOverlapOrGap: (overlaps: boolean, previousEnd: string, start: string) => Said;
  readonly unknownSource: (key: string) => Said;
  readonly unknownInterpretation: (id: string) => Said;
  readonly duplicateVersion: (id: string) => Said;
}

export interface PolicyIssueWords {
  /** zod's and JSON's names of types: 字符串 / a string. */
  readonly typeName: Readonly<Record<"string" | "number" | "boolean" | "object" | "record" | "array" | "null" | "undefined", string>>;
  /** Where the format is described. */
  readonly schemaHint: string;
  readonly schema: SchemaMessageWords;
  readonly missingValue: (expected: string) => Said;
  readonly wrongType: (expected: string, received: string, quotedNumber: boolean) => Said;
  readonly unknownKeys: (keys: readonly string[]) => Said;
  readonly notAllowed: (value: string, allowed: string) => Said;
  /** A value of a closed set is missing altogether. */
  readonly missingChoice: (allowed: string) => Said;
  readonly tooFewItems: (minimum: string) => Said;
  readonly tooShort: (minimum: string) => Said;
  readonly tooLong: (maximum: string) => string;
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
  /** A `"$comment"` that is not a string (`received`: the JSON type it is). */
  readonly commentNotString: (received: string) => Said;
  /** A placeholder of a skeleton (`yibao policy new`) still in place: what to write instead. */
  readonly placeholder: (kind: PlaceholderKind, text: string) => Said;
  /** A problem in a version of the extended city that the file does not touch: where it is, and how to change it. */
  readonly inExtended: (city: string, version: string, at: string) => { readonly where: string; readonly extra: string };
}
