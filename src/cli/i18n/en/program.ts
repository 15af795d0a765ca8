/** What `yibao` itself says in English, before any command loads. */
import type { ProgramHelp } from "../help.js";

export const program: ProgramHelp = {
  description: "Employee outpatient pooling (门诊共济) calculator: what the pooled fund pays and what you pay, to the fen, each step traced to the policy.",
  lang: "output language: zh (default) | en",
  version: "print the version",
  help: "show help",
  after: `
Examples:
  yibao calc --city anshan --type retired --level 2 --amount 1200 --date 2025-03-01 --lang en
  yibao calc --city 鞍山 --type 退休 --level 二级 --amount 1200 --json
  yibao batch visits.jsonl > results.jsonl
  yibao policy show anshan --date 2025-06-01 --lang en
  yibao compare --amount 1200 --level 2 --type retired --lang en
  yibao curve --city anshan,songyuan --type retired --level 2 --svg curve.svg

Exit codes: 0 ok; 1 internal error; 2 usage or bad value; 3 input or output error (a file, standard input or output); 4 policy missing or invalid; 5 some batch lines failed.
Set NO_COLOR to turn colour off.`,
  commands: {
    calc: "Settle a general outpatient visit (or a person's visits in a year): what the pooled fund pays and what you pay",
    batch: "Settle a stream of visits (many people, many cities) from JSON Lines, one result line per input line",
    family: "Family mutual aid: may you bind this relative to your personal account, and what may the money pay for",
    account: "Personal account: how much is credited each month and each year, and whether there is an account at all",
    compare: "Compare: the same outpatient bill (or a year of visits) settled in each city, ranked by what you pay",
    curve: "Curve: how the fund's payment grows with a year's outpatient spending, with the deductible and the cap marked",
    policy: "Policy files: check one, list the cities loaded, show the parameters in force on a date, print the JSON Schema",
    schema: "Print a JSON Schema for scripts: the input (a visit, a batch line) or the output (calc --json, a batch result line)",
    completion: "Print a shell completion script (bash, zsh, fish): commands, options, cities, statuses and levels",
  },
  title: (title) => title,
  /** Commander's own sentence, capitalised. */
  usage: ({ english }) => `${english.charAt(0).toUpperCase()}${english.slice(1)}`,
  error: "Error",
  hint: "Hint",
  usageHint: "Run yibao --help or yibao <command> --help for usage.",
  internal: "Internal error:",
  internalAdvice: "This is a bug in yibao; please report it with the command you ran. Set YIBAO_DEBUG=1 for the stack trace.",
};
