import type { PlaceholderKind } from "../../../app/model.js";
import type { PolicyIssueWords } from "../policy-issues.js";

const HINT = "The format is in policies/schema.json (yibao policy schema).";

/** What to write in place of each kind of placeholder. */
const PLACEHOLDER_HINT: Readonly<Record<PlaceholderKind, string>> = {
  yuan: 'Write the amount the source gives, in yuan, as a quoted string, e.g. "300" or "12.50".',
  ratio: 'Write the ratio the source gives, between 0 and 1 as a quoted string, e.g. "0.60" for 60%.',
  quote: "Copy the sentence of the source this value rests on, word for word (at least two characters).",
  title: "Write the source document's title.",
  file: 'Write the path of the source\'s text, relative to this policy file, or remove "file" and give a "url".',
  date: 'Write the first day in force as YYYY-MM-DD, e.g. "2025-01-01"; remove it when the source gives none (a warning says so).',
  name: "Write what the city calls this kind of facility, e.g. 社区卫生服务机构.",
  province: "Write the province's full Chinese name, e.g. 辽宁省.",
  english: 'Write the name in English, e.g. "Liaoning" for a province, "community health centres" for a category.',
  pinyin: 'Write the pinyin, e.g. "Anshan"; --city finds the city by it.',
  code: 'Write the six-digit GB/T 2260 administrative code, e.g. "210300" for Anshan.',
  other: "Write the real value.",
};

export const policyIssues: PolicyIssueWords = {
  typeName: { string: "a string", number: "a number", boolean: "true or false", object: "an object { … }", record: "an object { … }", array: "an array [ … ]", null: "null", undefined: "(nothing)" },
  schemaHint: HINT,
  schema: {
    dateFormat: () => ({ say: "expected a date as YYYY-MM-DD.", hint: 'For example "2025-01-01".' }),
    notRealDate: () => ({ say: "not a real calendar date.", hint: "Check the month and day; there is no 30 February, for example." }),
    interpretationId: () => ({ say: "interpretation ids look like I1, I2, …", hint: 'Write "I" and a number, e.g. "I20".' }),
    yuanString: () => ({ say: "expected yuan as a string with at most two decimals.", hint: 'Quote it, e.g. "300" or "12.50"; amounts are never numbers, so no float error can creep in.' }),
    ratioString: () => ({ say: "expected a ratio between 0 and 1 as a string.", hint: 'For example "0.55" for 55% (quoted, at most four decimals).' }),
    idFormat: () => ({ say: "an id is lower-case letters, digits and hyphens, starting with a letter.", hint: 'For example "tongliao" or "my-city".' }),
    adminCode: () => ({ say: "expected a six-digit GB/T 2260 code.", hint: 'Tongliao, for example, is "150500".' }),
    valueNeedsSource: () => ({ say: "a value needs a source, an interpretation id, or both.", hint: 'Add "source": {"ref": "source key", "quote": "the sentence in the source"}.' }),
    accumulatorNeeded: () => ({ say: "a yearly deductible must say whether levels share one accumulator.", hint: 'Add "accumulator": {"value": "shared" or "per-level", "source": …}.' }),
    ceilingPerVisitOnly: () => ({ say: "a yearly ceiling only applies to per-visit deductibles.", hint: 'Remove yearlyCeiling, or make the period "visit".' }),
    creditListedTwice: (member, plan) => ({ say: `${member} with plan ${plan} is listed twice.`, hint: "Each member kind and plan may appear in one credits entry only." }),
    endBeforeStart: () => ({ say: "effectiveTo is before effectiveFrom.", hint: "Check whether the two dates are swapped." }),
    outpatientOrMissing: () => ({ say: "give the outpatient parameters, or list them under `missing`.", hint: "Add outpatient, or list deductible, ratios and cap under missing with a note." }),
    outpatientAlsoMissing: () => ({ say: "`missing` cannot list outpatient parameters when `outpatient` is given.", hint: "Remove those entries from missing." }),
    sectionOrMissing: (section) => ({ say: `give the ${section} rules, or list \`${section}\` under \`missing\`.`, hint: `Add ${section}, or add {"field": "${section}", "note": {…}} to missing.` }),
    sectionAlsoMissing: (section) => ({ say: `\`missing\` cannot list ${section} when it is given.`, hint: "Remove that entry from missing." }),
    pharmacyOrMissing: () => ({ say: "give the pharmacy rule, or list `pharmacy` under `missing`.", hint: 'Add pharmacy, or add {"field": "pharmacy", "note": {…}} to missing.' }),
    openEndedNotLast: () => ({ say: "only the last version may be open-ended.", hint: "Give this version an effectiveTo (the day before the next one begins)." }),
    versionsOverlapOrGap: (overlaps, previousEnd, start) => ({ say: `${overlaps ? "overlaps" : "leaves a gap after"} the previous version (which ends ${previousEnd}).`, hint: `Start on ${start}.` }),
    unknownSource: (key) => ({ say: `unknown source "${key}".`, hint: `Add "${key}": {"title": "document title"} under sources, or use a source key that exists.` }),
    unknownInterpretation: (id) => ({ say: `unknown interpretation "${id}".`, hint: `Add "${id}": {"zh": "…", "en": "…"} under interpretations.` }),
    duplicateVersion: (id) => ({ say: `duplicate version id ${id}.`, hint: "Give each version its own id." }),
  },
  missingValue: (expected) => ({ say: `missing (expected ${expected}).`, hint: "Add it." }),
  wrongType: (expected, received, quotedNumber) => ({
    say: `wrong type: expected ${expected}, got ${received}.`,
    hint: quotedNumber ? 'Amounts and ratios are quoted strings, e.g. "300", "0.55".' : `Make it ${expected}.`,
  }),
  unknownKeys: (keys) => ({
    say: `unknown key${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}.`,
    hint: "Check the spelling (a misspelt key is never silently ignored); the keys allowed here are in policies/schema.json.",
  }),
  notAllowed: (value, allowed) => ({ say: `${value} is not one of the values allowed.`, hint: `Allowed: ${allowed}.` }),
  missingChoice: (allowed) => ({ say: `missing (one of ${allowed}).`, hint: `Add it: one of ${allowed}.` }),
  tooFewItems: (minimum) => ({ say: `needs at least ${minimum} item(s).`, hint: "Add the missing items." }),
  tooShort: (minimum) => ({ say: `too short: at least ${minimum} character(s).`, hint: "It cannot be empty; a quote has at least two characters." }),
  tooLong: (maximum) => `too long: at most ${maximum}.`,
  wrongFormat: (pattern) => `wrong format (expected ${pattern}).`,
  noForm: () => "matches none of the forms allowed.",
  wrongDiscriminator: (discriminator, allowed) => ({ say: `wrong ${discriminator}.`, hint: `Allowed: ${allowed}.` }),
  invalidKey: (known) => `invalid key${known === undefined ? "." : `: ${known}`}`,
  notFile: (kind) => ({ say: `not a regular file (${kind}); it is not read.`, hint: "Give the path of a .json policy file." }),
  tooLarge: (max) => ({ say: `the file is larger than ${max} bytes; it is not read.`, hint: "Policy files are far smaller; check that this is the right file." }),
  notJson: (at, detail) => ({
    say: `not valid JSON${at === undefined ? "" : ` (line ${at.line}, column ${at.column})`}: ${detail}`,
    hint: "Check the commas, quotes and brackets there. Policy files are read as JSON data only, never run.",
  }),
  tooDeep: (max) => ({ say: `nested deeper than ${max} levels; not processed.`, hint: "Policy files nest fewer than 10 levels; check the file." }),
  forbiddenKey: (key) => ({ say: `the key "${key}" is not allowed.`, hint: "__proto__, constructor and prototype cannot be keys; remove it or rename it." }),
  unknownBase: (city, cities) => ({
    say: `no city "${city}" is loaded before this file.`,
    hint: `Cities that can be extended: ${cities.join(", ")} (shipped, or from files loaded earlier). Files load in order: put the file extended first.`,
  }),
  duplicateKey: (city, key, table) => ({
    say: `${city} already has ${table === "sources" ? "a source" : "an interpretation"} "${key}".`,
    hint: "Pick a new key: a citation that exists must never silently change meaning.",
  }),
  commentNotString: (received) => ({
    say: `"$comment" is a note for people and must be a string, not ${received}.`,
    hint: 'Write "$comment": "the note"; yibao ignores it when reading the file.',
  }),
  placeholder: (kind, text) => ({ say: `not filled in yet: this is still the placeholder ${JSON.stringify(text)}.`, hint: PLACEHOLDER_HINT[kind] }),
  inExtended: (city, version, at) => ({
    where: ` (in version ${version} of ${city}, at ${at})`,
    extra: ` To change it, add {"id": "${version}", …} to this file's versions.`,
  }),
};
