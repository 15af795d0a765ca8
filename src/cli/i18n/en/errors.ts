import { type ErrorWords, columnLetter } from "../errors.js";

const EXAMPLE = {
  compare: "For example: yibao compare --amount 1200 --level 2 --type retired",
  curve: "For example: yibao curve --city anshan --type retired --level 2",
  calc: "For example: yibao calc --city anshan --type retired --level 2 --amount 1200",
  family: "For example: yibao family --city anshan --relation parent",
  account: "For example: yibao account --city lvliang --type in-service --base 6000",
  "policy new": "For example: yibao policy new --id my-city --name 某某市 -o my-city.json",
} as const;

/** Said after the example when --city is missing: the city of a single whole-city file is used. */
const CITY_FROM_FILE = "With a single whole-city --policy-file (not one that extends a city), --city may be left out: that city is used.";

/** What a record was instead of an object. */
const VALUE_TYPE: Readonly<Record<string, string>> = { null: "null", number: "a number", string: "a string", boolean: "true or false", array: "an array" };

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const errors: ErrorWords = {
  byCode: {
    USAGE: (p) => ({ message: p.message, hint: "Run yibao --help for usage." }),
    INVALID_VALUE: (p, k) => ({
      message: p.kind === "no-such-day" ? `"${p.value}" for ${k.field(p.field)} is not a day that exists.` : `Invalid value "${p.value}" for ${k.field(p.field)}.`,
      hint: k.valueHint(p),
    }),
    UNKNOWN_CITY: (p, k) => ({
      message: `Unknown city "${p.value}".`,
      hint: `Cities available: ${k.list(p.cities)}. Use the id, the Chinese name or the administrative code; for another city supply a policy file with --policy-file.`,
    }),
    UNKNOWN_REFERENCE: (p, k) => ({
      message: p.problem === "version" ? `The policy has no version "${p.reference}" names.` : `The policy has no field "${p.reference}" names.`,
      hint:
        p.problem === "version"
          ? `Its versions: ${k.list(p.choices)}. A reference reads city@version:field, as a batch line's "cite" gives it.`
          : `${p.found === "" ? "The version has" : `${p.found} has`} ${k.list(p.choices)}. A reference reads city@version:field, as a batch line's "cite" gives it.`,
    }),
    CONFLICTING_OPTIONS: (p, k) => ({
      message:
        p.conflict === "REPEATED"
          ? `${k.field(p.given[0]?.field ?? { name: "", record: false })} was given twice (${k.list(p.given.map((g) => k.given(g.field, g.value)))}).`
          : `${k.list(p.given.map((g) => k.given(g.field, g.value)))} cannot be used together.`,
      hint: errors.conflict[p.conflict](p, k),
    }),
    OUTPUT_IS_INPUT: (p) => ({ message: `The output file ${p.file} is the input file being read.`, hint: "Writing it would destroy the input: write to another file with -o." }),
    XLSX_TO_TERMINAL: () => ({ message: "An .xlsx workbook cannot be shown on a terminal.", hint: "Write it to a file with -o results.xlsx, or redirect standard output to a file (> results.xlsx)." }),
    MISSING_OPTION: (p, k) => {
      const missing = k.list(p.fields.map((f) => k.field({ name: f, record: false })));
      if (p.by === undefined) return { message: `Missing ${missing}.`, hint: `${EXAMPLE[p.command ?? "calc"]}${p.fields.includes("city") ? `. ${CITY_FROM_FILE}` : ""}` };
      const by = k.field({ name: p.by, record: false });
      return { message: `${by} goes with ${missing}.`, hint: `${by} is the encoding of the text ${missing} reads; a visit given on the command line needs none.` };
    },
    EXCLUDED_OVER_AMOUNT: (p) => ({
      message: `The excluded part (${p.excluded} yuan) is more than the total (${p.amount} yuan).`,
      hint: "--excluded is the part of the total outside the catalogues; it cannot exceed --amount.",
    }),
    OPENING_OVER_LIMIT: (p, k) => {
      const under = `${p.cityId} policy version ${p.version}, in force on ${p.date}`;
      if (p.field.name === "fundUsed") {
        return {
          message: `${k.given(p.field, p.value)} is more than the annual cap of ${p.limit ?? ""} yuan (${under}).`,
          hint: `${k.field(p.field)} is what the fund has already paid against this year's cap, which it cannot exceed: give at most ${p.limit ?? ""}.`,
        };
      }
      if (p.limit === null) {
        return {
          message: `${k.field(p.field)} does not apply: the deductible is per visit (${under}), so no deductible met carries into a visit.`,
          hint: `Leave out ${k.field(p.field)}; each visit pays its own deductible.`,
        };
      }
      return {
        message: `${k.given(p.field, p.value)} is more than the year's deductible of ${p.limit} yuan (${under}).`,
        hint: `${k.field(p.field)} is the deductible already paid this year: give at most ${p.limit}.`,
      };
    },
    INPUT_READ: (p) => ({
      message: p.file === "-" ? `Cannot read standard input (${p.detail}).` : `Cannot read input file ${p.file} (${p.detail}).`,
      hint: p.detail === "EISDIR" ? "That is a folder: give a file in it." : "Check the path; use - to read standard input.",
    }),
    INPUT_PARSE: (p, k) => ({
      message: `${capital(k.source(p.file))} line ${p.line}, column ${p.column} is not valid JSON: ${errors.jsonProblem[p.problem](k.character(p.character ?? ""))}.`,
      hint:
        p.jsonLines === true
          ? 'Each line must be one JSON object (JSON Lines), e.g. {"city":"anshan","type":"retired","date":"2025-03-01","level":2,"amount":"1200"}.'
          : 'Input is a JSON array, or one JSON object per line (JSON Lines), e.g. {"date":"2025-03-01","level":2,"amount":"1200"}.',
    }),
    INPUT_VALUE: (p, k) => {
      const inner = k.inputProblem(p);
      const where = p.file === undefined || p.file === "" ? "" : `${k.source(p.file)}, `;
      return {
        message: p.line === undefined ? `${where}visit ${String(p.item)}: ${inner.message}` : `line ${p.line}: ${inner.message}`,
        ...(inner.hint === undefined ? {} : { hint: inner.hint }),
      };
    },
    INPUT_EMPTY: (p) => ({ message: `No visits in input ${p.file}.`, hint: "Each visit needs at least date, level and amount." }),
    INPUT_NOT_FILE: (p, k) => ({
      message: `${capital(k.source(p.file))} is not a regular file (${errors.fileKind[p.kind]}); it was not read.`,
      hint: "--input reads a file of one person's visits; redirect a pipe or a device to standard input and use --input -; for many visits use yibao batch, which settles a stream line by line.",
    }),
    INPUT_TOO_LARGE: (p, k) => ({
      message:
        p.unit === "bytes"
          ? `${capital(k.source(p.file))} is larger than the limit of ${k.number(p.limit)} bytes; it was not read.`
          : `${capital(k.source(p.file))} holds more than the limit of ${k.number(p.limit)} visits.`,
      hint:
        p.sheet === true
          ? "A spreadsheet is read whole, hence the limit: split it into several files, or export it as JSON Lines (one visit per line), which yibao batch settles as a stream, any number of lines."
          : "--input is for one person's visits; for many, use yibao batch: one visit per line (the same person for a person's visits), settled as a stream, any number of lines.",
    }),
    INPUT_ENCODING: (p, k) => {
      const where = `${capital(k.source(p.file))} line ${p.line}`;
      if (p.problem === "bom") {
        return {
          message: `${where} starts with a byte-order mark (BOM).`,
          hint: "This usually comes from joining files that each start with a BOM (cat a b): remove the BOM of the later files (save them as UTF-8 without BOM), then join them.",
        };
      }
      if (p.problem === "utf-16") {
        return { message: `${where} holds NUL bytes, as UTF-16 text without a byte-order mark does.`, hint: "Add --encoding utf-16, or save the file as UTF-8." };
      }
      const name = p.encoding === "gbk" ? "GBK" : p.encoding === "utf-8" || p.encoding === undefined ? "UTF-8" : "UTF-16";
      return {
        message: `${where} is not valid ${name} text.`,
        hint:
          name === "UTF-8"
            ? "The file may be GBK or UTF-16 (as Excel saves it on a Chinese Windows): add --encoding gbk or --encoding utf-16, or save it as UTF-8."
            : "Check the file's encoding: no --encoding for UTF-8, --encoding gbk for GBK, --encoding utf-16 for UTF-16.",
      };
    },
    INPUT_COLUMN: (p, k) => {
      const at = `Column ${columnLetter(p.index)} of ${k.source(p.file)}`;
      const names = `Columns may be named (by the JSON field or the Chinese label, in any order): ${k.list(p.accepted)}.`;
      if (p.problem === "unknown") return { message: `${at} is named "${p.column}", which is no field yibao knows.`, hint: names };
      if (p.problem === "repeated") return { message: `${at}, "${p.column}", names the same field as column "${p.other ?? ""}".`, hint: "Each field takes one column: remove one of them." };
      if (p.problem === "unnamed") return { message: `${at} holds values but has no name in the first row.`, hint: `Name the column in the first row, or remove it. ${names}` };
      return { message: `This row has a value in column ${columnLetter(p.index)}, beyond the last column the first row (the header) names.`, hint: "Check the row for a separator (a comma) too many, or name the column in the first row." };
    },
    INPUT_CSV: (p, k) => ({
      message: `${capital(k.source(p.file))} line ${p.line} is not valid CSV: ${p.problem === "unclosed-quote" ? "a quote is not closed" : p.problem === "bad-quote" ? "a quote is out of place (inside a cell not in quotes, or text after a closing quote)" : `it cannot be parsed (${p.detail})`}.`,
      hint: 'A cell holding a comma, a quote or a line break goes in double quotes, its quotes doubled (""), e.g. "Beijing, Chaoyang". Excel\'s "CSV UTF-8 (Comma delimited)" saves a correct file.',
    }),
    INPUT_XLSX: (p, k) => ({
      message:
        p.problem === "not-xlsx"
          ? `${capital(k.source(p.file))} is not an .xlsx workbook; it cannot be read.`
          : p.problem === "no-sheet"
            ? `${capital(k.source(p.file))} holds no sheet.`
            : `${capital(k.source(p.file))} is damaged and cannot be read (${p.detail}).`,
      hint: 'Open it in Excel and save it as "Excel Workbook (*.xlsx)"; the old .xls format cannot be read. You may also save it as CSV and use --from csv.',
    }),
    LINE_TOO_LONG: (p, k) => ({
      message: `${capital(k.source(p.file))} line ${p.line} is longer than the limit of ${k.number(p.limit)} bytes; it was not read, and the batch goes on with the next line.`,
      hint: "Each line is one visit, usually a few hundred bytes: check that line breaks were not lost, and that the file is not a JSON array (batch needs one JSON object per line).",
    }),
    OUT_OF_ORDER: (p) => ({
      message: `This visit of person ${String(p.person)} (${p.date}) is earlier than their previous one (${p.previous}).`,
      hint: "A person's visits must come in date order for the year's totals to be right; sort by person and date first.",
    }),
    NO_VERSION_ON_DATE: (p, k) => ({
      message: `${p.cityId} has no policy version in force on ${p.date}.`,
      hint: `Versions on file are in force: ${k.list(p.ranges.map((r) => (r.from === undefined ? (r.to === undefined ? "always (start not published)" : `until ${r.to} (start not published)`) : r.to === undefined ? `from ${r.from}` : `${r.from} – ${r.to}`)))}. Pick a date inside one with --date.`,
    }),
    POLICY_INCOMPLETE: (p) => ({
      message: `Cannot calculate: the ${p.cityId} policy (version ${p.version}) lacks ${p.fields.map((f) => partName(f)).join(", ")}${p.cell === undefined ? "" : ` (${p.cell.category.en}, ${p.cell.status})`}; the source does not publish them. ${p.notes.map((n) => n.en).join(" ")}`,
      hint: `If you have the local official document, write a policy file (id "${p.cityId}", with its sources) and pass it with --policy-file.`,
    }),
    CLASS_B_OVER_IN_POLICY: (p, k) => ({
      message: `The class-B part ${p.classB} is more than the in-policy cost ${p.inPolicy}.`,
      hint: `${k.field(p.field)} is the class-B (乙类) part of the in-policy cost: at most the amount less what is outside the catalogues.`,
    }),
    AGE_REQUIRED: (p) => ({
      message: `The ${p.cityId} policy (version ${p.version}) sets ${partName(p.field)} by age: the person's age on the visit date is needed.`,
      hint: "Give it with --age <years> or --birth-date YYYY-MM-DD (age or birthDate in an input file).",
    }),
    BIRTH_AFTER_VISIT: (p, k) => ({
      message: `${k.field(p.field)} "${p.value}" is after the visit date ${p.date}.`,
      hint: "Write the birth date as YYYY-MM-DD, before the visit date.",
    }),
    POLICY_INVALID: (p, k) => ({
      message: `Policy file ${p.file} is not valid:${p.issues.map((i) => `\n  ${i.path}: ${k.policyIssue(i)}`).join("")}`,
      hint: `Run yibao policy validate ${p.file} for how to fix each problem; ${
        p.inPackage === true
          ? "the format is policies/schema.json (yibao policy schema)."
          : 'yibao policy schema prints the format (yibao policy schema > schema.json, then "$schema": "./schema.json" at the top of the file).'
      }`,
    }),
    POLICY_READ: (p) => {
      if (p.folder === true) {
        const named = p.variable ?? "";
        return {
          message: `Cannot read the policy folder ${p.file}${named === "" ? "" : ` named by ${named}`} (${p.detail}).`,
          hint: named === "" ? "Check the path." : `Set ${named} to a folder that exists (its *.json policy files load in name order), or unset it.`,
        };
      }
      return { message: `Cannot read policy file ${p.file} (${p.detail}).`, hint: "Check the path." };
    },
    UNKNOWN_PLACE: (p, k) => ({
      message: p.province ? `${k.field(p.field)} needs a city; "${p.value}" is a province.` : `Unknown place "${p.value}" (${k.field(p.field)}).`,
      hint: "Give a prefecture-level city's Chinese name or six-digit code, e.g. 大连, 大连市 or 210200; counties work too (孝义市 is in 吕梁).",
    }),
    AMBIGUOUS_PLACE: (p, k) => ({
      message: `"${p.value}" could be any of: ${k.list(p.candidates)} (${k.field(p.field)}).`,
      hint: "Give the prefecture-level city's name, the city before the district (e.g. 沈阳市铁西区), or the six-digit code.",
    }),
    PLACE_NOT_IN_CITY: (p, k) => ({
      message: `${p.district} is not in ${p.city} ("${p.value}", ${k.field(p.field)}).`,
      hint: `${p.districtIn.length === 0 ? "" : `${p.district} is in ${k.list(p.districtIn)}. `}Check the city and the district, or give only the prefecture-level city's name or six-digit code, e.g. 大连 or 210200.`,
    }),
    FAMILY_INCOMPLETE: (p, k) => ({
      message: `Family aid also needs ${k.list(p.missing.map((f) => k.given(f)))}.`,
      hint: "Family aid needs the account holder's balance and relationship, e.g. --family-balance 2000 --family-relation parent --family-city 大连; --family-limit is optional.",
    }),
    PLACE_UNCLEAR: (p, k) => ({
      message: `${p.city} is not the insured city ${p.home}, so this is a visit elsewhere: say which kind with ${k.field(p.field)}.`,
      hint: `Use ${k.fieldValue(p.field, "resident-elsewhere")} for long-term residence (retirees settled there, staff posted there), ${k.fieldValue(p.field, "temporary-elsewhere")} for a trip or a referral.`,
    }),
    TREATMENT_POLICY_MISSING: (p) => ({
      message: `The ${p.cityId} policy settles visits elsewhere with the treatment city's deductible and ratios, but ${p.treatment === null ? "no city of treatment was given" : `there is no policy for ${p.treatment}`}.`,
      hint: p.treatment === null ? "Give the city of treatment with --treatment-city." : "Supply the treatment city's policy with --policy-file.",
    }),
    IN_CITY: (p, k) => {
      const cause = k.explain(p.cause);
      return { message: `${p.cityId}: ${cause.message}`, ...(cause.hint === undefined ? {} : { hint: cause.hint }) };
    },
    OUTPUT_WRITE: (p) => {
      if (p.file === undefined) {
        return { message: `Cannot write to standard output (${p.detail}).`, hint: "Check where output is redirected (a full disk?); what was written may be incomplete." };
      }
      if (p.detail === "EEXIST") return { message: `The file ${p.file} exists; it was not overwritten.`, hint: "Add --force to overwrite it, or choose another name." };
      if (p.detail === "ELOOP") return { message: `${p.file} is a symbolic link; it was not written through (${p.detail}).`, hint: "Write to the file the link points to, or choose another name." };
      return { message: `Cannot write the file ${p.file} (${p.detail}).`, hint: "Check that the folder exists and can be written." };
    },
    NO_CITY_COMPUTED: (p, k) => ({
      message: `No city could be ${p.command === "compare" ? "compared" : "drawn"}${p.date === null ? "" : ` on ${p.date}`}: ${p.skipped.map((s) => `${s.cityId} (${k.skippedReason(s)})`).join("; ")}.`,
      hint: "Pick a date on which a version is in force (yibao policy list shows each city's versions and when they are in force), or supply the parameters the sources leave out with --policy-file.",
    }),
  },
  valueKind: {
    money: "Amounts are yuan, not negative, with at most two decimals and at most 100 million, e.g. 1200 or 86.50.",
    date: "Dates are YYYY-MM-DD, e.g. 2025-03-01.",
    noSuchDay: (value, days) =>
      `${value} is written right (YYYY-MM-DD) but is not a day of the calendar: ${days === undefined ? "months run from 01 to 12" : `that month has ${days} days`}. Give a day that exists.`,
    withVariable: (hint, name) => `${hint} Or unset ${name} to use today's date in China.`,
    positive: "This needs an amount above 0, in yuan, e.g. 1000.",
    age: "An age in whole years, 0 to 150, e.g. 72; or give the birth date with --birth-date.",
    text: "This may not be empty.",
    cityId: "An id is lower-case letters, digits and hyphens, starting with a letter, e.g. anshan or my-city.",
    adminCode: "An administrative code is six digits (GB/T 2260), e.g. 210300 for Anshan.",
    tooFine: (visits, limit) => `That would settle about ${visits} visits (at most ${limit}): use a larger --step, a smaller --to or a larger --visit-size.`,
    accepted: (values) => `Accepted: ${values}`,
  },
  fieldProblem: {
    missing: (field) => `missing field "${field}".`,
    unknown: (field) => `unknown field "${field}".`,
    type: (field, expected, received) => `field "${field}" has the wrong type: expected ${expected}, got ${received}.`,
    kinds: { string: "a string", number: "a number", boolean: "a boolean (true or false)", object: "an object {…}", array: "an array […]", null: "null" },
    or: " or ",
    fields: (fields) => `Fields of a visit: ${fields}.`,
    notObject: (received, line) => `${line ? "each line" : "each visit"} must be a JSON object {…}; this is ${VALUE_TYPE[received] ?? received}.`,
  },
  stdin: "standard input",
  inputFile: (file) => `input file ${file}`,
  jsonProblem: {
    "unexpected-character": (c) => `unexpected ${c} here (a quote, a comma or a colon missing, or a comma too many?)`,
    "unexpected-end": () => "the text ends in the middle of a value (a bracket or a quote not closed)",
    "control-character": (c) => `control character ${c} inside a string (write line breaks and tabs as \\n and \\t)`,
    "bad-escape": () => 'invalid escape in a string (after \\ only " \\ / b f n r t or uXXXX)',
    "bad-number": () => 'a number JSON does not allow (such as 01, 1., +1, .5; amounts may be strings: "1200.50")',
    trailing: (c) => `more after a complete value, from ${c} (one JSON value per line)`,
  },
  fileKind: { directory: "a folder", fifo: "a pipe", device: "a device", socket: "a socket", other: "a special file" },
  recordField: (name) => `field "${name}"`,
  column: (header) => `column "${header}"`,
  variableField: (name) => `the environment variable ${name}`,
  conflict: {
    TREATMENT_IS_HOME: (p) => `${String(p.city)} is the insured city itself, so a visit there is local; for a visit elsewhere give the city where it took place.`,
    TREATMENT_IS_ELSEWHERE: (p) =>
      `${String(p.city)} is not the insured city ${String(p.home)}, so a visit there is a visit elsewhere: say whether you live there long-term or are there temporarily.`,
    LOCAL_WITH_ELSEWHERE_FIELDS: (p, k) =>
      `Filing and cross-region direct settlement only apply to visits elsewhere; say with ${p.place === undefined ? "--place" : k.given(p.place)} whether it is long-term residence or a temporary trip.`,
    AGE_AND_BIRTH_DATE: () => "Give the age or the birth date, not both: with a birth date, the age at each visit is worked out from it.",
    CALC_INPUT_HOLDS_VISITS: () => "With --input, each visit's date, level, amount and so on come from the file.",
    COMPARE_INPUT_HOLDS_VISITS: () => "With --input, each visit's date, level and amount come from the file.",
    OUTPUT_ENCODING_NOT_CSV: () => "--output-encoding applies to CSV output only (--to csv, or -o name.csv); JSON Lines and .xlsx are always UTF-8.",
    WORKERS_SHEET: () => "--workers applies to JSON Lines in and out; a spreadsheet is read whole and settled in one thread. Leave --workers out, or convert the sheet to JSON Lines.",
    SVG_TO_STDOUT: () => "--svg - writes the SVG to standard output, where --json goes too: choose one, or write the SVG to a file (--svg curve.svg).",
    REPEATED: (p, k) => {
      const option = k.field(p.given[0]?.field ?? { name: "", record: false });
      return p.given[0]?.value === undefined ? `Give ${option} once.` : `yibao does not pick one of two values: give ${option} once, with the value you mean.`;
    },
    CONTRADICTORY: (p, k) => `${k.list(p.given.map((g) => k.given(g.field)))} say opposite things: give only one of them.`,
  },
  policyPart: {
    deductible: "the deductible",
    ratios: "the fund ratios",
    cap: "the annual cap",
    pharmacy: "the pharmacy rule",
    account: "the personal-account rules",
    family: "the family-aid rules",
    crossRegion: "the rules for visits elsewhere",
    designation: "whether only designated facilities are paid",
  },
  warnings: {
    PAST_CONFIRMED: (p) =>
      `Note: the source confirms these values only through ${p.through}; ${p.date} is settled with version ${p.version} still. Check the latest local policy.`,
    INTERPRETED: (p) => `Note: the result rests on interpretation ${p.id}: ${p.note}`,
    NO_START: (p) => `Note: the sources give no start date for version ${p.version}; it is taken to hold ${p.to === null ? "for every date" : `for every date up to ${p.to}`}. Check when the local rules took effect.`,
    CAP_SHARED: (p) => `Note: the annual cap is shared with ${p.scheme}; yibao does not see what was spent there, so less may be left than shown.`,
    CAP_LOW: (p) => `Note: only ${p.remaining} of the ${p.cap} cap is left for ${p.year}; the fund will soon stop paying this year.`,
  },
  userFile: (file) => `[user file ${file}]`,
  grade: { official: "[official text]", "official-reprint": "[reprint of an official document]", explainer: "[third-party explainer]" },
  quote: (document, quote) => `"${quote}" (${document})`,
  interpretation: (id, note) => `[interpretation ${id}${note}]`,
};

const partName = (field: string): string => (Object.hasOwn(errors.policyPart, field) ? errors.policyPart[field as keyof ErrorWords["policyPart"]] : field);
