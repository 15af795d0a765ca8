/** Contradictions and impossible states are refused, or told truly: never settled by a silent choice. */
import { describe, expect, it } from "vitest";
import { colourEnabled } from "../src/cli/theme.js";
import { yibao } from "./helpers.js";

const calc = ["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1200", "--date", "2025-03-01"];

describe("an option given twice, or a switch with its negation, is refused", () => {
  it("refuses a repeated value in calc, naming both values", () => {
    const run = yibao([...calc, "--amount", "2"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--amount 给了两次(--amount 1200, --amount 2)");
    const en = yibao(["--lang", "en", "calc", "--city", "鞍山", "--city", "吕梁", "--type", "retired", "--level", "2", "--amount", "1"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("--city was given twice (--city 鞍山, --city 吕梁)");
    expect(en.stderr).toContain("give --city once");
  });

  it("refuses a switch given with its negation", () => {
    const run = yibao(["--lang", "en", ...calc, "--place", "temporary-elsewhere", "--treatment-city", "大连", "--direct-settlement", "--no-direct-settlement"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--direct-settlement, --no-direct-settlement cannot be used together");
    expect(run.stderr).toContain("say opposite things");
  });

  it("refuses repeats in every command, with --name=value too, and in the global options", () => {
    const runs = [
      ["compare", "--amount", "100", "--amount=200"],
      ["curve", "--city", "鞍山", "--type", "在职", "--level", "2", "--level", "3"],
      ["family", "--city", "鞍山", "--relation", "父母", "--relation", "子女"],
      ["account", "--city", "吕梁", "--type", "在职", "--base", "6000", "--base", "7000"],
      ["policy", "show", "鞍山", "--date", "2025-01-01", "--date", "2025-02-01"],
      ["policy", "list", "--json", "--json"],
      ["--lang", "en", "--lang", "zh", "policy", "list"],
    ];
    for (const args of runs) {
      const run = yibao(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stdout, args.join(" ")).toBe("");
      expect(run.stderr, args.join(" ")).toMatch(/给了两次|was given twice/);
    }
  });

  it("keeps --policy-file repeatable", () => {
    const run = yibao([...calc, "--policy-file", "test/fixtures/tongliao-test.json", "--policy-file", "test/fixtures/anshan-deductible.json", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("a date that does not exist, and a bad YIBAO_TODAY", () => {
  it("says a well-written date is not a day of the calendar, rather than a bad format", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1", "--date", "2025-02-30"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--date 的值 "2025-02-30" 不是存在的日期');
    expect(run.stderr).toContain("写法没错");
    expect(run.stderr).toContain("只有 28 天");
    const en = yibao(["--lang", "en", "calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1", "--date", "2025-13-01"]);
    expect(en.stderr).toContain('"2025-13-01" for --date is not a day that exists');
    expect(en.stderr).toContain("months run from 01 to 12");
    const format = yibao(["--lang", "en", "calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1", "--date", "2025-2-3"]);
    expect(format.stderr).toContain("Dates are YYYY-MM-DD");
  });

  it("blames YIBAO_TODAY, not --date, when today comes from it", () => {
    const run = yibao(["calc", "--city", "anshan", "--type", "retired", "--level", "2", "--amount", "1"], { env: { YIBAO_TODAY: "2025-02-30" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("环境变量 YIBAO_TODAY");
    expect(run.stderr).not.toContain("--date");
    const en = yibao(["--lang", "en", "compare", "--amount", "100"], { env: { YIBAO_TODAY: "tomorrow" } });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('Invalid value "tomorrow" for the environment variable YIBAO_TODAY');
    expect(en.stderr).toContain("Or unset YIBAO_TODAY");
    // --date wins over the variable, which is then never read.
    expect(yibao(["compare", "--amount", "100", "--date", "2025-03-01"], { env: { YIBAO_TODAY: "tomorrow" } }).status).toBe(0);
  });
});

describe("colour, counts and table cells tell the truth", () => {
  it("turns colour off for FORCE_COLOR=0 or false and for TERM=dumb, even on a terminal", () => {
    const tty = { isTTY: true };
    expect(colourEnabled(tty, {})).toBe(true);
    expect(colourEnabled(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(colourEnabled(tty, { FORCE_COLOR: "false" })).toBe(false);
    expect(colourEnabled(tty, { TERM: "dumb" })).toBe(false);
    expect(colourEnabled({ isTTY: false }, { TERM: "dumb", FORCE_COLOR: "1" })).toBe(true);
    expect(colourEnabled(tty, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    const run = yibao(calc, { env: { NO_COLOR: "", FORCE_COLOR: "0" } });
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("says 1 line and 1 error in English, and 2 lines", () => {
    const line = JSON.stringify({ city: "鞍山", type: "在职", date: "2025-03-01", level: 2, amount: "1" });
    const one = yibao(["--lang", "en", "batch"], { input: `${line}\n` });
    expect(one.stderr).toContain("batch: 1 line, 1 settled, 0 errors, 0 blank;");
    const two = yibao(["--lang", "en", "batch"], { input: `${line}\n{"x":1}\n` });
    expect(two.stderr).toContain("batch: 2 lines, 1 settled, 1 error, 0 blank;");
  });

  it("wraps table cells of policy show at spaces, never inside an English word", () => {
    const run = yibao(["--lang", "en", "policy", "show", "吕梁", "--date", "2025-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("designated facilities only, except");
    expect(run.stdout).toMatch(/│ emergency rescue\s+│/);
    expect(run.stdout).not.toMatch(/emerg\s+│\s+│\s+ency/);
    // Every line of a wrapped cell starts at a word.
    const cells = run.stdout.split("\n").map((l) => l.split("│")[2]?.trim() ?? "");
    expect(cells.filter((c) => /^(ency|onth|cilities|nt supplement)/.test(c))).toEqual([]);
  });
});

describe("what was used this year must fit the year", () => {
  const anshan = ["calc", "--city", "鞍山", "--type", "在职", "--level", "2", "--amount", "1000", "--date", "2025-03-01"];

  it("refuses --fund-used above the cap, naming the cap", () => {
    const run = yibao([...anshan, "--fund-used", "5000"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--fund-used 5000 超过了年度最高支付限额 3000.00 元");
    const en = yibao(["--lang", "en", ...anshan, "--fund-used", "3000.01", "--json"]);
    expect(en.stderr).toContain("is more than the annual cap of 3000.00 yuan");
    expect(yibao([...anshan, "--fund-used", "3000", "--json"]).status).toBe(0);
  });

  it("refuses --deductible-met above the year's deductible (the highest level's, shared by the levels)", () => {
    const run = yibao(["--lang", "en", ...anshan, "--deductible-met", "700.01"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--deductible-met 700.01 is more than the year's deductible of 700.00 yuan");
    expect(yibao([...anshan, "--deductible-met", "700"]).status).toBe(0);
  });

  it("refuses --deductible-met where the deductible is per visit, instead of adding it to the year", () => {
    const run = yibao(["calc", "--city", "吕梁", "--type", "在职", "--level", "1", "--amount", "100", "--date", "2025-03-01", "--deductible-met", "10"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("起付标准按次计算");
    expect(run.stderr).toContain("去掉 --deductible-met");
  });

  it("takes the limits from the version in force on the first visit in date order", () => {
    const input = JSON.stringify([
      { date: "2025-06-01", level: 2, amount: "100" },
      { date: "2025-02-01", level: 2, amount: "100" },
    ]);
    const run = yibao(["--lang", "en", "calc", "--city", "松原", "--type", "在职", "--input", "-", "--fund-used", "1500"], { input });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("annual cap of 1000.00 yuan");
    expect(run.stderr).toContain("in force on 2025-02-01");
  });
});

describe("curve skips a city it cannot draw, as compare does", () => {
  it("draws the others and says why one was skipped, in the chart and in --json", () => {
    const run = yibao(["curve", "--city", "鞍山,通辽", "--type", "在职", "--level", "2", "--date", "2025-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("鞍山市 · 在职 · 二级");
    expect(run.stdout).toContain("未绘制:通辽市(来源未公布起付标准、支付比例、年度最高支付限额");
    const out = JSON.parse(yibao(["curve", "--city", "鞍山,通辽", "--type", "在职", "--level", "2", "--date", "2025-03-01", "--json"]).stdout);
    expect(out.cities.map((c: { city: string }) => c.city)).toEqual(["anshan"]);
    expect(out.skipped).toMatchObject([{ city: "tongliao", reason: "missing", fields: ["deductible", "ratios", "cap"] }]);
    // And in the SVG, under the legend.
    const svg = yibao(["curve", "--city", "鞍山,通辽", "--type", "在职", "--level", "2", "--date", "2025-03-01", "--svg", "-"]).stdout;
    expect(svg).toMatch(/<text class="skipped"[^>]*>未绘制:通辽市/);
  });

  it("fails with exit 4 when no city could be drawn", () => {
    const run = yibao(["--lang", "en", "curve", "--city", "鞍山,吕梁", "--type", "在职", "--level", "2", "--date", "1900-01-01"]);
    expect(run.status).toBe(4);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("No city could be drawn on 1900-01-01: anshan (no policy version in force on the date); lvliang (");
  });
});

describe("--explain: every formula is true, and the split of the self-paid part is explained", () => {
  it("shows the clamp when the deductible met exceeds the level's threshold", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "1", "--amount", "500", "--date", "2025-03-01", "--deductible-met", "700", "--explain"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("min(500.00, max(0, 300.00 − 700.00)) = 0.00");
    // Below the threshold the plain difference is true as it stands.
    const plain = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--deductible-met", "200", "--explain"]);
    expect(plain.stdout).toContain("min(1200.00, 500.00 − 200.00) = 300.00");
  });

  it("adds own account, family money and cash steps, in the table and in visits[].steps[] of --json", () => {
    const args = ["calc", "--city", "吕梁", "--type", "退休", "--level", "2", "--amount", "1200", "--excluded", "100", "--date", "2025-03-01"];
    const wallet = ["--account", "100", "--family-balance", "1500", "--family-relation", "parent", "--family-limit", "300", "--explain"];
    const table = yibao(["--lang", "en", ...args, ...wallet]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("7. Own account: min(100.00, 570.00 − 100.00) = 100.00");
    expect(table.stdout).toContain("8. Family money: min(370.00, 1500.00 − 1000.00, 300.00) = 300.00");
    expect(table.stdout).toContain("9. Cash: 570.00 − 100.00 − 300.00 = 170.00");
    const visit = JSON.parse(yibao([...args, ...wallet, "--json"]).stdout).visits[0];
    const steps = visit.steps as { code: string; result: string; formula: string }[];
    expect(steps.map((s) => s.code)).toEqual(["IN_POLICY", "DEDUCTIBLE", "ELIGIBLE", "FUND", "CAP", "SELF_PAID", "BY_ACCOUNT", "BY_FAMILY", "IN_CASH"]);
    expect(steps.slice(6).map((s) => s.result)).toEqual([visit.accountPaid, visit.familyPaid, visit.cashPaid]);
  });

  it("shows the reserve clamped at 0 and an all-or-nothing refusal as they were computed", () => {
    const reserve = yibao(["--lang", "en", "calc", "--city", "吕梁", "--type", "退休", "--level", "2", "--amount", "300", "--date", "2025-03-01", "--family-balance", "800", "--family-relation", "parent", "--explain"]);
    expect(reserve.stdout).toMatch(/Family money: min\([\d.]+, max\(0, 800\.00 − 1000\.00\)\) = 0\.00/);
    const none = yibao(["--lang", "en", "calc", "--city", "鞍山", "--type", "退休", "--level", "2", "--amount", "1200", "--date", "2025-03-01", "--family-balance", "600", "--family-relation", "parent", "--family-city", "大连", "--explain"]);
    expect(none.stdout).toContain("Family money: 600.00 may be shared < 780.00 due; the balance must cover all of it, so none = 0.00");
  });

  it("adds no split steps when no balance was given: all of it is cash", () => {
    const visit = JSON.parse(yibao([...calc, "--json", "--explain"]).stdout).visits[0];
    expect(visit.steps.map((s: { code: string }) => s.code)).not.toContain("IN_CASH");
  });
});
