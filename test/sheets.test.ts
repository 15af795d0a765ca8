/** `yibao batch` with spreadsheets: CSV and .xlsx in and out, on the real binary. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import readXlsxFile from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const folder = (prefix = "yibao-sheets-") => mkdtempSync(join(tmpdir(), prefix));

const CLAIMS = [
  "编号,参保人,参保城市,人员类别,就诊日期,医疗机构级别,总费用,目录外费用",
  "v1,p1,鞍山,退休,2025-03-01,二级,1200,",
  "v2,p1,鞍山,退休,2025/3/8,2,800.5,30",
  "v3,p2,鞍山,退休,2025-03-01,二级,abc,",
].join("\r\n");

const rowsOf = (bytes: Buffer) => parse(bytes, { bom: true, relax_column_count: true }) as string[][];

describe("batch reads CSV", () => {
  it("CSV in, JSON Lines out: each row settled, numbered as the sheet numbers it", () => {
    const dir = folder();
    const file = join(dir, "claims.csv");
    writeFileSync(file, `${CLAIMS}\r\n`);
    const run = yibao(["batch", file]);
    expect(run.status).toBe(5);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(lines[0]).toMatchObject({ id: "v1", person: "p1", city: "anshan", fundPaid: "420.00", selfPaid: "780.00" });
    // 2025/3/8, as Excel on Chinese Windows saves a date, is the 8th of March; the person's year goes on.
    expect(lines[1]).toMatchObject({ id: "v2", date: "2025-03-08", excluded: "30.00", deductible: "0.00", fundPaid: "462.30" });
    expect(lines[2]).toMatchObject({ line: 4, id: "v3", error: { code: "INVALID_VALUE" } });
    expect(run.stderr).toContain("共 3 行,结算 2 行,错误 1 行");
  });

  it("CSV in, CSV out: the input's columns, then the results' with Chinese headers, UTF-8 with a byte-order mark", () => {
    const dir = folder();
    const file = join(dir, "claims.csv");
    writeFileSync(file, CLAIMS);
    const out = join(dir, "results.csv");
    const run = yibao(["batch", file, "-o", out]);
    expect(run.status).toBe(5);
    expect(run.stderr).toContain(`已写入 ${out}`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const [head = [], ...rows] = rowsOf(bytes);
    expect(head.slice(0, 8)).toEqual(["编号", "参保人", "参保城市", "人员类别", "就诊日期", "医疗机构级别", "总费用", "目录外费用"]);
    expect(head).toEqual(expect.arrayContaining(["统筹基金支付", "个人支付", "起付线部分", "按比例自付", "现金支付", "结算方式", "原因代码", "错误"]));
    // The input has 目录外费用: the results do not repeat it.
    expect(head.filter((h) => h === "目录外费用")).toHaveLength(1);
    expect(rows).toHaveLength(3);
    const cell = (row: string[] | undefined, name: string) => row?.[head.indexOf(name)];
    expect(cell(rows[0], "编号")).toBe("v1");
    expect(cell(rows[0], "统筹基金支付")).toBe("420.00");
    expect(cell(rows[0], "起付线部分")).toBe("500.00");
    expect(cell(rows[0], "结算方式")).toBe("本地结算");
    expect(cell(rows[1], "就诊日期")).toBe("2025/3/8");
    expect(cell(rows[1], "个人支付")).toBe("338.20");
    // The bad row stays, with its input and the error in words.
    expect(cell(rows[2], "编号")).toBe("v3");
    expect(cell(rows[2], "总费用")).toBe("abc");
    expect(cell(rows[2], "统筹基金支付")).toBe("");
    expect(cell(rows[2], "错误代码")).toBe("INVALID_VALUE");
    expect(cell(rows[2], "错误")).toContain('"abc" 无效');
    // …naming the column as the sheet heads it, not the field behind it.
    expect(cell(rows[2], "错误")).toContain('列 "总费用" 的值 "abc" 无效');
  });

  it("takes the JSON field names in any order, and writes English headers with --lang en", () => {
    const input = ['amount,level,date,type,city,person,designated', '1200,2,2025-03-01,retired,anshan,p1,是', '300,2,2025-03-02,retired,anshan,p1,否'].join("\n");
    const run = yibao(["batch", "-", "--from", "csv", "--to", "csv", "--lang", "en"], { input });
    expect(run.status).toBe(0);
    const [head = [], ...rows] = rowsOf(Buffer.from(run.stdout));
    expect(head.slice(0, 8)).toEqual(["amount", "level", "date", "type", "city", "person", "designated", "policyVersion"]);
    expect(head).toContain("excluded");
    const cell = (row: string[] | undefined, name: string) => row?.[head.indexOf(name)];
    expect(cell(rows[0], "fundPaid")).toBe("420.00");
    expect(cell(rows[0], "excluded")).toBe("0.00");
    expect(cell(rows[1], "designated")).toBe("否");
    expect(cell(rows[1], "fundPaid")).toBe("0.00");
    expect(cell(rows[1], "reasons")).toContain("NOT_DESIGNATED");
  });

  it("keeps quoted commas, quotes, line breaks and CRLF whole, and a blank row blank", () => {
    const input = ['id,person,city,type,date,level,amount', '"a, ""b""\r\nc",p1,anshan,retired,2025-03-01,2,1200', ",,,,,,", "plain,p2,anshan,retired,2025-03-01,2,100", ""].join("\r\n");
    const run = yibao(["batch", "-", "--from", "csv", "--to", "csv", "--lang", "en"], { input });
    expect(run.status).toBe(0);
    const [head = [], ...rows] = rowsOf(Buffer.from(run.stdout));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[0]).toBe('a, "b"\r\nc');
    expect(rows[0]?.[head.indexOf("fundPaid")]).toBe("420.00");
    expect(rows[1]?.every((c) => c === "")).toBe(true);
    expect(rows[2]?.[0]).toBe("plain");
    expect(run.stderr).toContain("3 lines, 2 settled, 0 errors, 1 blank");
  });

  it("writes GBK (GB18030) with --output-encoding gbk, which Excel on Chinese Windows opens as it is", () => {
    const dir = folder();
    const file = join(dir, "claims.csv");
    writeFileSync(file, `${CLAIMS}\r\n`);
    const out = join(dir, "results.csv");
    const run = yibao(["batch", file, "-o", out, "--output-encoding", "gbk"]);
    expect(run.status).toBe(5);
    const bytes = readFileSync(out);
    expect(bytes[0]).not.toBe(0xef);
    const text = new TextDecoder("gbk", { fatal: true }).decode(bytes);
    expect(text.startsWith("编号,参保人,参保城市")).toBe(true);
    expect(text).toContain("本地结算");
  });

  it("reads GBK input with --encoding gbk", () => {
    const dir = folder();
    const file = join(dir, "claims.csv");
    const iconvGbk = iconv.encode(`${CLAIMS}\r\n`, "gbk");
    writeFileSync(file, iconvGbk);
    const run = yibao(["batch", file, "--encoding", "gbk"]);
    expect(run.status).toBe(5);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l).fundPaid)).toEqual(["420.00", "462.30", undefined]);
  });
});

describe("batch writes CSV from JSON Lines and JSON Lines to a file", () => {
  it("JSON Lines in, CSV out: the fields the lines give, as columns", () => {
    const input = [
      JSON.stringify({ id: "v1", person: "p1", city: "鞍山", type: "退休", date: "2025-03-01", level: 2, amount: "1200" }),
      "",
      "{not json",
    ].join("\n");
    const run = yibao(["batch", "--to", "csv"], { input });
    expect(run.status).toBe(5);
    const [head = [], ...rows] = rowsOf(Buffer.from(run.stdout));
    expect(head.slice(0, 7)).toEqual(["编号", "参保人", "参保城市", "人员类别", "就诊日期", "医疗机构级别", "总费用"]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.slice(0, 7)).toEqual(["v1", "p1", "鞍山", "退休", "2025-03-01", "2", "1200"]);
    expect(rows[1]?.[head.indexOf("错误代码")]).toBe("INPUT_PARSE");
  });

  it("-o writes JSON Lines to a new file, and refuses an existing one without --force", () => {
    const dir = folder();
    const out = join(dir, "results.jsonl");
    const input = `${JSON.stringify({ city: "鞍山", type: "退休", date: "2025-03-01", level: 2, amount: "1200" })}\n`;
    const first = yibao(["batch", "-o", out], { input });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ line: 1, fundPaid: "420.00" });
    const again = yibao(["batch", "-o", out], { input });
    expect(again.status).toBe(3);
    expect(again.stderr).toContain("已存在,没有覆盖");
    expect(again.stderr).toContain("--force");
    expect(yibao(["batch", "-o", out, "--force"], { input }).status).toBe(0);
  });
});

describe("batch reads and writes .xlsx", () => {
  it("round trip: the first sheet in, a results sheet out with the same rows, the results and a totals row", async () => {
    // Not under a yibao- folder: the corpus records a test's files as text, and a workbook is not.
    const dir = folder("sheets-xlsx-");
    const file = join(dir, "claims.xlsx");
    await writeXlsxFile([
      ["参保人", "参保城市", "人员类别", "就诊日期", "医疗机构级别", "总费用", "定点机构"],
      ["p1", "鞍山", "退休", { value: new Date(Date.UTC(2025, 2, 1)), type: Date, format: "yyyy-mm-dd" }, 2, 1200, "是"],
      ["p1", "鞍山", "退休", "2025-03-08", "二级", 800.5, true],
      ["p2", "鞍山", "退休", "2025-03-08", 2, 100, "也许"],
    ]).toFile(file);
    const out = join(dir, "results.xlsx");
    const run = yibao(["batch", file, "-o", out]);
    expect(run.status).toBe(5);
    const [sheet] = await readXlsxFile(out);
    expect(sheet?.sheet).toBe("结算结果");
    const [head = [], ...rows] = (sheet?.data ?? []) as unknown[][];
    expect(head.slice(0, 7)).toEqual(["参保人", "参保城市", "人员类别", "就诊日期", "医疗机构级别", "总费用", "定点机构"]);
    const cell = (row: unknown[] | undefined, name: string) => row?.[head.indexOf(name)];
    expect(rows).toHaveLength(4);
    expect(cell(rows[0], "统筹基金支付")).toBe(420);
    expect(cell(rows[0], "个人支付")).toBe(780);
    expect(cell(rows[1], "总费用")).toBe(800.5);
    expect(cell(rows[1], "统筹基金支付")).toBe(480.3);
    expect(cell(rows[2], "错误代码")).toBe("INVALID_VALUE");
    expect(cell(rows[2], "错误")).toContain("也许");
    const totals = rows[3];
    expect(totals?.[0]).toBe("合计");
    expect(cell(totals, "总费用")).toBe(2000.5);
    expect(cell(totals, "统筹基金支付")).toBe(900.3);
    expect(cell(totals, "个人支付")).toBe(1100.2);
    expect(cell(totals, "剩余限额")).toBe(null);
  });

  it("a file that is not a workbook is an input error, in both languages", () => {
    const dir = folder();
    const file = join(dir, "claims.xlsx");
    writeFileSync(file, "id,amount\n1,2\n");
    const zh = yibao(["batch", file]);
    expect(zh.status).toBe(3);
    expect(zh.stderr).toContain("不是 .xlsx 工作簿");
    const en = yibao(["batch", file, "--lang", "en"]);
    expect(en.status).toBe(3);
    expect(en.stderr).toContain("is not an .xlsx workbook");
    expect(en.stderr).toContain("--from csv");
  });
});

describe("batch refuses a spreadsheet it cannot read whole", () => {
  it("an unknown column is named, with the names a column may have", () => {
    const run = yibao(["batch", "-", "--from", "csv", "--lang", "en"], { input: "city,type,date,level,amout\nanshan,retired,2025-03-01,2,1200\n" });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('Column E of standard input is named "amout"');
    expect(run.stderr).toContain("amount 总费用");
    const zh = yibao(["batch", "-", "--from", "csv"], { input: "city,type,date,level,金额\n" });
    expect(zh.status).toBe(3);
    expect(zh.stderr).toContain('第 E 列的列名 "金额" 不认识');
  });

  it("a column named twice, by its field and its label, is refused", () => {
    const run = yibao(["batch", "-", "--from", "csv"], { input: "amount,总费用\n1,2\n" });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('"总费用" 与另一列 "amount" 是同一个字段');
  });

  it("CSV with a quote not closed says the line", () => {
    const run = yibao(["batch", "-", "--from", "csv", "--lang", "en"], { input: 'id,amount\n1,2\n"open,3\n' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("is not valid CSV: a quote is not closed");
  });

  it("--output-encoding applies to CSV only; a format yibao does not know is a usage error", () => {
    const gbk = yibao(["batch", "--output-encoding", "gbk"], { input: "" });
    expect(gbk.status).toBe(2);
    expect(gbk.stderr).toContain("--output-encoding");
    expect(yibao(["batch", "--to", "ods"], { input: "" }).status).toBe(2);
  });
});
