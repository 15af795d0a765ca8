/** The words of the command line in English: the entry point's, and each command's help. */
import type { Help } from "../help.js";
import { program } from "./program.js";

export const help: Help = {
  program,
  calc: {
    city: "insured city: id, Chinese name or administrative code (anshan, 鞍山, 鞍山市); may be left out with a single whole-city --policy-file",
    type: "status: in-service | retired | 在职 | 退休",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级 (Lüliang also 三类及以下 | 二类 | 一类)",
    amount: "total cost of the visit, in yuan",
    excluded: "the part outside the catalogues, fully self-paid, in yuan",
    date: "date of the visit, YYYY-MM-DD; default today",
    facility: "facility kind: hospital | pharmacy (give the prescribing facility's level) | specialty",
    noDesignated: "the facility is not designated for outpatient pooling",
    emergency: "emergency rescue",
    noPrescription: "pharmacy purchase without a designated facility's prescription",
    place: "where: local (default) | resident-elsewhere (异地长期居住) | temporary-elsewhere (临时外出, referrals too)",
    filed: "filed (备案) for treatment elsewhere",
    directSettlement: "the facility is open for cross-region outpatient direct settlement",
    noDirectSettlement: "the facility is not open for cross-region outpatient direct settlement",
    treatmentCity: "city of treatment (Chinese name or code); when it is not the insured city, say --place too",
    age: "age in whole years on the visit date; needed where the city sets ratios or caps by age",
    birthDate: "birth date YYYY-MM-DD; the age at each visit is worked out from it (instead of --age)",
    condition: "a condition of the visit the city names, e.g. a signed family doctor (repeatable; names in yibao policy show)",
    classB: "the class-B (乙类) part of the in-policy cost (yuan), where the city has 乙类先行自付",
    deductibleMet: "deductible already met this year, in yuan",
    fundUsed: "fund already paid this year, in yuan",
    account: "balance of your own personal account, in yuan; it pays the in-policy part you owe first",
    accountCurrent: "the current-year personal account's balance (yuan), where the city pays from it first (宁波, 上海)",
    familyBalance: "balance of the family member who shares their account with you (the account holder), in yuan",
    familyRelation: "who the account holder is to you: spouse | parent | child | sibling | grandparent | … (or 配偶, 父母, 子女, …)",
    familyCity: "the account holder's insured city (Chinese name or code); default your own",
    familyLimit: "the limit the account holder set, in yuan: per payment in Shanxi, a total elsewhere",
    familyWalletOpen: "both places have opened the 医保钱包 (insurance wallet); some cities allow aid between two places only then",
    input: "read several visits from a file (JSON array or JSON Lines); - for standard input",
    encoding: "text encoding of --input: utf-8 (default) | gbk | utf-16; a file starting with a UTF-16 byte-order mark is always read as UTF-16",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    explain: "show each step of the arithmetic: the formula with the actual numbers, and its source",
    examples: `
Examples:
  yibao calc --city anshan --type retired --level 2 --amount 1200 --date 2025-03-01
  yibao calc --city lvliang --type in-service --level 二类 --amount 260 --excluded 40
  yibao calc --city songyuan --type retired --level 3 --amount 800 --deductible-met 200 --fund-used 300
  yibao calc --city anshan --type retired --input visits.jsonl --json
  yibao calc --city anshan --type retired --level 2 --amount 1200 --explain --lang en
  cat visits.json | yibao calc --city anshan --type in-service --input - --lang en
  yibao calc --city lvliang --type in-service --level 2 --amount 600 --account 50 --family-balance 1500 --family-relation parent --family-limit 200
  yibao calc --city lvliang --type retired --level 2 --amount 300 --place resident-elsewhere --treatment-city 北京
  yibao calc --city tongliao --type in-service --level 2 --amount 500 --place temporary-elsewhere --filed --no-direct-settlement --policy-file tongliao-local.json
  yibao calc --policy-file my-city.json --type retired --level 2 --amount 1200
`,
  },
  batch: {
    file: "input file; - or nothing for standard input; a file ending in .csv or .xlsx is read as a spreadsheet",
    policyFile: "load another policy file (repeatable)",
    encoding: "text encoding of the input: utf-8 (default) | gbk | utf-16; input starting with a UTF-16 byte-order mark is always read as UTF-16",
    from: "input format: jsonl (default) | csv | xlsx; by default from the input file's extension",
    to: "output format: jsonl (default) | csv | xlsx; by default from the -o file's extension",
    output: "write to this file instead of standard output (never over an existing file without --force)",
    force: "overwrite the -o file if it exists (still never through a symbolic link)",
    outputEncoding: "text encoding of CSV output: utf-8 (default, with a byte-order mark, as Excel opens it) | gbk (written as GB18030)",
    reasons: "how a result line gives its reasons: codes (default: each reason's code, values and a reference to the policy value it cites, such as anshan@2025:outpatient.ratios.2.retired, which yibao policy show looks up) | full (the messages and the quoted sources, as calc --json)",
    workers: "threads to settle in: a person's visits always go to one of them, and the output is the same as with 1 (default: the machine's cores, 1 on a machine with two or fewer, or for an input under 1 MB)",
    examples: `
One visit per line:
  {"id":"v1","person":"p1","city":"anshan","type":"retired","level":2,"amount":"1200","date":"2025-03-01"}
Visits of the same person accumulate the deductible and the cap within a calendar year, in input
order; visits without a person stand alone. Every input line but a blank one gets exactly one output
line: its result, or {"line":…,"error":{"code":…,"message":…}}. A result gives the numbers and each
reason as a code with its values and the policy value it cites; --reasons full adds the words and
quotes. A summary goes to standard error at the end; the exit code is 5 when any line failed.

A line may be at most 1,000,000 bytes; a longer one gets a LINE_TOO_LONG error and the lines after it
settle as usual. Results are written as they are ready. For a file that is not UTF-8 (Excel often
saves GBK or UTF-16) use --encoding gbk or --encoding utf-16.

Spreadsheets (CSV, .xlsx): the first row names the columns, by field (city, amount, …) or Chinese
label (参保城市, 总费用, …), in any order; an empty cell is an absent field; yes-or-no columns take
true/false/是/否/1/0. Each input row gets one output row: the input's columns, then the results',
and an error column for a row that failed. An .xlsx output ends with a totals row.

Examples:
  yibao batch visits.jsonl > results.jsonl
  yibao batch visits.jsonl --reasons full > explained.jsonl
  yibao batch visits.jsonl --workers 8 > results.jsonl
  yibao policy show anshan@2025:outpatient.ratios.2.retired
  cat visits.jsonl | yibao batch --lang en
  yibao batch claims.csv -o results.csv
  yibao batch claims.xlsx -o results.xlsx
  yibao batch claims.csv --encoding gbk -o results.csv --output-encoding gbk
`,
    written: (file) => `Written to ${file}`,
    progress: (lines) => `${lines} ${lines === 1 ? "line" : "lines"} processed…`,
  },
  family: {
    city: "your (the account holder's) insured city; may be left out with a single whole-city --policy-file",
    relation: "who the relative is to you: spouse | parent | child | sibling | grandparent | maternal-grandparent | grandchild | maternal-grandchild | parent-in-law | child-in-law",
    memberCity: "the relative's insured city (Chinese name or code); default yours",
    memberScheme: "the relative's insurance: employee | resident; default employee",
    walletOpen: "both places have opened the 医保钱包 (insurance wallet); some cities allow aid between two places only then",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao family --city anshan --relation parent
  yibao family --city anshan --relation child --member-city 大连
  yibao family --city songyuan --relation sibling --member-scheme resident
  yibao family --city lvliang --relation spouse --member-city 北京 --json
`,
  },
  account: {
    city: "insured city; may be left out with a single whole-city --policy-file",
    type: "in-service | retired | flexible (在职 | 退休 | 灵活就业)",
    plan: "combined (统账结合, default) | pooling-only (单建统筹)",
    base: "monthly contribution base, in yuan; for retirees the base the city names",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao account --city lvliang --type in-service --base 6000
  yibao account --city lvliang --type retired
  yibao account --city anshan --type flexible
  yibao account --city anshan --type in-service --plan pooling-only --json
`,
  },
  compare: {
    amount: "total cost of the visit, in yuan",
    excluded: "the part outside the catalogues, in yuan",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级; all three when absent",
    type: "status: in-service | retired; both when absent",
    cities: "cities to compare, comma-separated (anshan,lvliang,songyuan); default every city with complete parameters",
    date: "date of the visit, YYYY-MM-DD; default today",
    input: "compare a person's year of visits instead (JSON array or JSON Lines); - for standard input",
    encoding: "text encoding of --input: utf-8 (default) | gbk | utf-16; a file starting with a UTF-16 byte-order mark is always read as UTF-16",
    age: "age in whole years; needed by cities that set ratios or caps by age",
    birthDate: "birth date YYYY-MM-DD (instead of --age)",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON",
    examples: `
Examples:
  yibao compare --amount 1200 --level 2 --type retired
  yibao compare --amount 800 --cities anshan,songyuan --json
  yibao compare --input visits.jsonl --cities anshan,lvliang,songyuan --type in-service
`,
  },
  curve: {
    city: "insured city; several, comma-separated, are overlaid (anshan,songyuan); may be left out with a single whole-city --policy-file",
    type: "status: in-service | retired",
    level: "facility level: 1 | 2 | 3 | 一级 | 二级 | 三级",
    to: "spending bound, in yuan; default 1.5 × where the cap is reached",
    step: "distance between points, in yuan; default about 60 points",
    visitSize: "count the year's spending as visits of this many yuan each (matters for per-visit deductibles); default one visit",
    date: "the policy of this day, YYYY-MM-DD; default today",
    svg: "also write the chart as an SVG file (never over an existing file, never through a symbolic link); - writes only the SVG, to standard output",
    force: "overwrite the --svg file if it exists (still never through a symbolic link)",
    age: "age in whole years; needed by cities that set ratios or caps by age",
    birthDate: "birth date YYYY-MM-DD (instead of --age)",
    policyFile: "load another policy file (repeatable)",
    json: "print JSON (spending, fund and self-paid at each point)",
    examples: `
Examples:
  yibao curve --city anshan --type retired --level 2
  yibao curve --city anshan,songyuan --type in-service --level 1 --svg curve.svg
  yibao curve --city lvliang --type retired --level 2 --visit-size 200 --json
`,
    written: (file) => `Written to ${file}`,
  },
  policy: {
    validate: "check a policy file (a whole city, or one that extends a city loaded with `extends`): every problem, with how to fix it",
    list: "list the cities loaded: versions, sources, what is missing, shipped or from a user's file",
    show: "show a city's parameters in force on a date: deductible, ratios, cap, pharmacies, designation, account, family aid, each with its source; or one value a reference names (city@version:field, a batch line's cite)",
    new: "write the skeleton of a policy file for a new city: every part, each explained ($comment, in Chinese and English), placeholders for the values to fill",
    schema: "print the JSON Schema of policy files (the same as policies/schema.json)",
    file: "a policy file (.json)",
    city: "city: id, Chinese name or administrative code; or a reference city@version:field",
    date: "the policy of this day, YYYY-MM-DD; default today",
    policyFile: "load another policy file (repeatable, loaded in order)",
    json: "print JSON",
    examples: `
Examples:
  yibao policy validate my-tongliao.json
  yibao policy list --lang en
  yibao policy show anshan --date 2025-06-01 --lang en
  yibao policy show tongliao --policy-file my-tongliao.json
  yibao policy show anshan@2025:outpatient.ratios.2.retired
  yibao policy new --id my-city --name 某某市 -o my-city.json
  yibao policy schema > schema.json

Policy files are read as JSON data only, never run. A file with \`extends\` can extend a shipped city
or one from a file loaded before it: first the files of YIBAO_POLICY_DIR (by name), then --policy-file in order.
Any object may carry a "$comment" (a string), a note ignored when the file is read.
`,
    id: "the city's id: lower-case letters, digits and hyphens, e.g. my-city (usually the file's name too)",
    name: "the city's full name, e.g. 某某市",
    short: "its short name; default: the full name without a final 市, 地区, 盟 or 自治州",
    pinyin: "its pinyin, e.g. Mouomou; without it, a placeholder to fill",
    code: "its six-digit administrative code (GB/T 2260); without it, looked up by the full name, else a placeholder",
    province: "the province's full name, e.g. 某某省; without it, looked up by the code or the name",
    categories: "how facilities are divided: levels, 一级 二级 三级 (default) | own, the city's own categories (community, hospital, …)",
    output: "write to this file instead of standard output (never over an existing file without --force; never through a symbolic link)",
    force: "overwrite the file of -o if it exists (still never through a symbolic link)",
    newExamples: `
The skeleton is a whole policy file: every part is explained by a "$comment" (Chinese, then English),
and the amounts, ratios, dates, names and quotes to take from your source are "<填写 …>" placeholders.
yibao policy validate lists every placeholder still there, with its JSON path; once all are filled,
the file is a policy to load with --policy-file.

Examples:
  yibao policy new --id my-city --name 某某市 -o my-city.json
  yibao policy new --id dalian --name 大连市 --pinyin Dalian --categories own -o dalian.json
  yibao policy new --id my-city --name 某某市 --code 123400 --province 某某省 > my-city.json
  yibao policy validate my-city.json --lang en
  yibao calc --policy-file my-city.json --type retired --level 2 --amount 1200
`,
    written: (file) => `Wrote ${file}.\nNext: replace every "<填写 …>" with the value from your source, then check it with yibao policy validate ${file}.`,
  },
  schema: {
    which: "input (a visit, a batch line) or output (calc --json, a batch result line)",
    examples: `
Examples:
  yibao schema input > yibao-input.schema.json
  yibao schema output > yibao-output.schema.json
`,
  },
  completion: {
    shell: "bash | zsh | fish",
    examples: `
Examples:
  yibao completion bash > ~/.local/share/bash-completion/completions/yibao
  yibao completion zsh > "\${fpath[1]}/_yibao"
  yibao completion fish > ~/.config/fish/completions/yibao.fish
`,
  },
};
