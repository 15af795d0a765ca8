import type { PlaceholderKind, TablePart } from "../../../app/model.js";
import type { PolicyIssueWords } from "../policy-issues.js";

const IN_PACKAGE = "The format is in policies/schema.json (yibao policy schema).";
const ELSEWHERE =
  'yibao policy schema prints the format: run yibao policy schema > schema.json in the file\'s folder and add "$schema": "./schema.json" at the top of the file, and an editor will explain and check every field as you type.';

/** The tables of a version, as the city's documents call them. */
const TABLE: Readonly<Record<TablePart, string>> = { deductible: "deductible", ratios: "fund ratios", cap: "annual cap" };
/** The key a table is written under (the ratios also have the short form `ratios`). */
const TABLE_KEY: Readonly<Record<TablePart, string>> = { deductible: "deductible", ratios: "ratio (or the short form ratios)", cap: "cap" };

/** zod's and JSON's names of types. */
const TYPE_NAME: PolicyIssueWords["typeName"] = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object { … }",
  record: "an object { … }",
  array: "an array [ … ]",
  null: "null",
  undefined: "(nothing)",
};

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

/** A placeholder still in place, and what to write there instead. */
const placeholder = (kind: PlaceholderKind, text: string) => ({ say: `not filled in yet: this is still the placeholder ${JSON.stringify(text)}.`, hint: PLACEHOLDER_HINT[kind] });

export const policyIssues: PolicyIssueWords = {
  typeName: TYPE_NAME,
  schemaHint: (inPackage) => (inPackage ? IN_PACKAGE : ELSEWHERE),
  schema: {
    dateFormat: () => ({ say: "expected a date as YYYY-MM-DD.", hint: 'For example "2025-01-01".' }),
    notRealDate: () => ({ say: "not a real calendar date.", hint: "Check the month and day; there is no 30 February, for example." }),
    interpretationId: () => ({ say: "interpretation ids look like I1, I2, …", hint: 'Write "I" and a number, e.g. "I20".' }),
    yuanString: () => ({ say: "expected yuan as a string with at most two decimals.", hint: 'Quote it, e.g. "300" or "12.50"; amounts are never numbers, so no float error can creep in.' }),
    yuanTooLarge: ({ max }) => ({
      say: `more than ${max} yuan, the most yibao settles.`,
      hint: `Give an amount of at most "${max}"; if the source really says more, check that it is in yuan (not fen, or ten thousands of yuan).`,
    }),
    ratioString: () => ({ say: "expected a ratio between 0 and 1 as a string.", hint: 'For example "0.55" for 55% (quoted, at most four decimals).' }),
    idFormat: () => ({ say: "an id is lower-case letters, digits and hyphens, starting with a letter.", hint: 'For example "tongliao" or "my-city".' }),
    conditionId: () => ({
      say: "a condition's id is lower-case letters, digits and hyphens, starting with a letter.",
      hint: 'For example "family-doctor" (a visit names it with --condition family-doctor).',
    }),
    categoryId: () => ({
      say: "a category's id is lower-case letters, digits and hyphens, starting with a letter or digit.",
      hint: 'For example "community" or "hospital"; tables key the category by it under byCategory.',
    }),
    adminCode: () => ({ say: "expected a six-digit GB/T 2260 code.", hint: 'Tongliao, for example, is "150500".' }),
    provinceCode: () => ({ say: "expected the province's six-digit GB/T 2260 code.", hint: 'Inner Mongolia, for example, is "150000".' }),
    valueNeedsSource: () => ({ say: "a value needs a source, an interpretation id, or both.", hint: 'Add "source": {"ref": "source key", "quote": "the sentence in the source"}.' }),
    oneBranch: ({ branches, found }) =>
      found.length > 1
        ? {
            say: `a level of a table gives exactly one of ${branches.join(", ")}; this one gives ${found.join(", ")}.`,
            hint: "Keep one: value for a single value; byCategory, byStatus or byAge to split it, with more levels below.",
          }
        : {
            say: `this level of the table gives nothing: it needs one of ${branches.join(", ")}.`,
            hint: 'For example {"value": "300", "source": {…}}, or {"byStatus": {"in-service": {…}, "retired": {…}}}.',
          },
    besideValue: () => ({ say: "source and share belong beside a value.", hint: "Move them to the level that has the value, or remove them." }),
    ageBandStart: ({ start }) => ({
      say: `age bands must follow each other: this one should start at ${start}.`,
      hint: start === 0 ? 'Leave out the first band\'s from (it starts at 0), or write "from": 0.' : `Make from ${start} (the previous band's below).`,
    }),
    ageBandBelow: () => ({ say: "below must be above from.", hint: 'below is the age the next band starts at: {"from": 60, "below": 70, …} covers 60 to 69.' }),
    ageBandOpenNotLast: () => ({ say: "only the last age band may leave out below.", hint: "Give this band a below (the age the next band starts at)." }),
    ageBandLastOpen: () => ({ say: "the last age band must leave out below, so that the bands cover every age.", hint: "Remove the last band's below." }),
    deductibleForm: () => ({
      say: "give the deductible's amount either as byLevel or as amount, not both or neither.",
      hint: "byLevel for one amount per level 1, 2 and 3; amount for amounts by category, status or age.",
    }),
    accumulatorNeeded: () => ({
      say: "a daily, monthly or yearly deductible must say whether categories share one accumulator.",
      hint: 'Add "accumulator": {"value": "shared" or "per-level", "source": …}.',
    }),
    yearlyCeilingShared: () => ({
      say: "a yearly deductible the categories share needs no yearly ceiling; the ceiling applies to per-visit, daily, monthly or per-category deductibles.",
      hint: 'Remove yearlyCeiling, or make the accumulator "per-level".',
    }),
    ratiosForm: () => ({ say: "give the ratios either as ratios or as ratio, not both.", hint: "Keep one: ratios is the short form by level and status; ratio takes any table." }),
    ratioBandsOrder: () => ({ say: "ratio bands start above 0, each above the one before.", hint: "List the bands by the year's spending, lowest first, each from above the previous one's." }),
    conditionForm: () => ({
      say: "a condition either adds points (addPoints) or has its own table (ratio), not both or neither.",
      hint: 'For example "addPoints": {"value": "0.10", "source": …} raises the fund\'s ratio by ten points.',
    }),
    duplicateCondition: ({ id }) => ({ say: `duplicate condition id ${id}.`, hint: "Give each condition its own id." }),
    capForm: () => ({
      say: "give the cap as exactly one of byStatus, amount or none.",
      hint: "byStatus for one amount each for in service and retired; amount for amounts by category or age; none when the city sets no cap.",
    }),
    secondTierNeedsCap: () => ({ say: "a second tier (secondTier) needs a first cap; this one has none.", hint: "Give the first cap (byStatus or amount), or remove secondTier." }),
    creditListedTwice: ({ member, plan }) => ({ say: `${member} with plan ${plan} is listed twice.`, hint: "Each member kind and plan may appear in one credits entry only." }),
    categoriesForm: () => ({
      say: "give the facility categories either as levels (一级, 二级, 三级) or as categories, not both or neither.",
      hint: "levels when facilities are graded level 1, 2 and 3; categories when the city has its own (community, hospital, …).",
    }),
    duplicateCategory: ({ id }) => ({ say: `duplicate category id ${id}.`, hint: "Give each category its own id." }),
    categoryNameTwice: ({ name }) => ({ say: `the name ${name} is used by two categories.`, hint: "Each name (name.zh and aliases) may belong to one category only; remove or change one." }),
    gradeTwice: ({ grade }) => ({ say: `level ${grade} is already in another category.`, hint: "Each level (1, 2, 3 in levels) may belong to one category only." }),
    specialtyBeyond: ({ count }) => ({ say: `there are only ${count} categories.`, hint: `Make specialty.level a number from 1 to ${count} (the category's place in categories).` }),
    missingUnknownCategory: ({ id, ids }) => ({ say: `no category has the id "${id}".`, hint: `The category ids are ${ids.join(", ")}.` }),
    cellsOnlyForTables: () => ({ say: "only the tables (deductible, ratios, cap) have cells to name by category and status.", hint: "Remove this entry's category and status." }),
    outpatientEmpty: () => ({
      say: "outpatient gives none of deductible, ratio and cap.",
      hint: "Give at least one; when the source gives none of them, remove outpatient and list all three under missing.",
    }),
    tableOrMissing: ({ part }) => ({
      say: `give the ${TABLE[part]}${TABLE[part] === part ? "" : ` (${part})`}, or list it under missing.`,
      hint: `Add ${TABLE_KEY[part]}, or add {"field": "${part}", "note": {…}} to missing.`,
    }),
    tableAlsoMissing: ({ part }) => ({
      say: `missing cannot list ${part} as a whole when the ${TABLE[part]} is given.`,
      hint: "Remove that entry from missing; when only some cells are missing, name them by category and status.",
    }),
    sectionOrMissing: ({ section }) =>
      section === "pharmacy"
        ? { say: "give the pharmacy rule, or list `pharmacy` under `missing`.", hint: 'Add pharmacy, or add {"field": "pharmacy", "note": {…}} to missing.' }
        : { say: `give the ${section} rules, or list \`${section}\` under \`missing\`.`, hint: `Add ${section}, or add {"field": "${section}", "note": {…}} to missing.` },
    sectionAlsoMissing: ({ section }) => ({ say: `\`missing\` cannot list ${section} when it is given.`, hint: "Remove that entry from missing." }),
    tableUnknownCategory: ({ id, ids }) => ({
      say: `no category has the id "${id}".`,
      hint: `Tables key categories by id: ${ids.join(", ")}. Check the spelling, or add the category to categories.`,
    }),
    noCell: ({ field, category, status }) => ({
      say: `no ${TABLE[field]} for category ${category}, ${status === "retired" ? "retired" : "in service"}.`,
      hint: `Give it; when the source does not publish it, add {"field": "${field}", "category": "${category}", "status": "${status}", "note": {…}} to missing.`,
    }),
    cellGiven: ({ field }) => ({ say: `the ${TABLE[field]} table gives every cell this entry names.`, hint: "Remove the entry from missing." }),
    endBeforeStart: () => ({ say: "effectiveTo is before effectiveFrom.", hint: "Check whether the two dates are swapped." }),
    openEndedNotLast: () => ({ say: "only the last version may be open-ended.", hint: "Give this version an effectiveTo (the day before the next one begins)." }),
    startOnlyFirst: () => ({ say: "only the first version may leave out effectiveFrom.", hint: "Give this version an effectiveFrom (the day after the previous one ends)." }),
    versionsOverlapOrGap: ({ overlaps, previousEnd, start }) => ({ say: `${overlaps ? "overlaps" : "leaves a gap after"} the previous version (which ends ${previousEnd}).`, hint: `Start on ${start}.` }),
    duplicateVersion: ({ id }) => ({ say: `duplicate version id ${id}.`, hint: "Give each version its own id." }),
    unknownSource: ({ key }) => ({ say: `unknown source "${key}".`, hint: `Add "${key}": {"title": "document title"} under sources, or use a source key that exists.` }),
    unknownInterpretation: ({ id }) => ({ say: `unknown interpretation "${id}".`, hint: `Add "${id}": {"zh": "…", "en": "…"} under interpretations.` }),
    commentNotString: ({ received }) => ({
      say: `"$comment" is a note for people and must be a string, not ${TYPE_NAME[received]}.`,
      hint: 'Write "$comment": "the note"; yibao ignores it when reading the file.',
    }),
    placeholderYuan: ({ text }) => placeholder("yuan", text),
    placeholderRatio: ({ text }) => placeholder("ratio", text),
    placeholderQuote: ({ text }) => placeholder("quote", text),
    placeholderTitle: ({ text }) => placeholder("title", text),
    placeholderFile: ({ text }) => placeholder("file", text),
    placeholderDate: ({ text }) => placeholder("date", text),
    placeholderName: ({ text }) => placeholder("name", text),
    placeholderProvince: ({ text }) => placeholder("province", text),
    placeholderEnglish: ({ text }) => placeholder("english", text),
    placeholderPinyin: ({ text }) => placeholder("pinyin", text),
    placeholderCode: ({ text }) => placeholder("code", text),
    placeholderOther: ({ text }) => placeholder("other", text),
  },
  missingValue: (expected) => ({ say: `missing (expected ${expected}).`, hint: "Add it." }),
  wrongType: (expected, received, quotedNumber) => ({
    say: `wrong type: expected ${expected}, got ${received}.`,
    hint: quotedNumber ? 'Amounts and ratios are quoted strings, e.g. "300", "0.55".' : `Make it ${expected}.`,
  }),
  unknownKeys: (keys, inPackage) => ({
    say: `unknown key${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}.`,
    hint: `Check the spelling (a misspelt key is never silently ignored); the keys allowed here are in ${inPackage ? "policies/schema.json" : "what yibao policy schema prints"}.`,
  }),
  notHere: () => ({ say: "this key does not belong here.", hint: "Remove it (share, for example, is for tables of ratios, not of amounts)." }),
  notAllowed: (value, allowed) => ({ say: `${value} is not one of the values allowed.`, hint: `Allowed: ${allowed}.` }),
  missingChoice: (allowed) => ({ say: `missing (one of ${allowed}).`, hint: `Add it: one of ${allowed}.` }),
  tooFewItems: (minimum) => ({ say: `needs at least ${minimum} item(s).`, hint: "Add the missing items." }),
  tooShort: (minimum) => ({ say: `too short: at least ${minimum} character(s).`, hint: "It cannot be empty; a quote has at least two characters." }),
  belowMinimum: (minimum) => ({ say: `too small: at least ${minimum}.`, hint: `Give a whole number of at least ${minimum}.` }),
  tooLong: (maximum) => `too long: at most ${maximum}.`,
  tooManyItems: (maximum) => ({ say: `too many: at most ${maximum} item(s).`, hint: "Merge or remove the extra items." }),
  aboveMaximum: (maximum) => ({ say: `too large: at most ${maximum}.`, hint: `Give a whole number of at most ${maximum}.` }),
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
  inExtended: (city, version, at) => ({
    where: ` (in version ${version} of ${city}, at ${at})`,
    extra: ` To change it, add {"id": "${version}", …} to this file's versions.`,
  }),
};
