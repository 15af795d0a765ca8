/**
 * Spreadsheet files for `batch`: CSV read and written with the `csv` project's parser and
 * stringifier, .xlsx with read-excel-file and write-excel-file. Each library is imported only when
 * its format is used, so no other command (nor a JSON Lines batch) loads it.
 */
import type { ReasonsForm } from "./render/reasons-form.js";
import type { SheetCell } from "../app/sheet.js";
import { YibaoError } from "../shared/errors.js";
import { type EncodingChoice, decodeInput } from "./io.js";
import { type OutCell, isYuan } from "./render/sheet.js";

/** The formats `batch` reads and writes. */
export type SheetFormat = "jsonl" | "csv" | "xlsx";

/** What `--output-encoding` chooses for CSV; GBK is written as GB18030 (GBK for every character GBK has). */
export type OutputEncoding = "utf-8" | "gbk";

/** The options of `batch`, read and checked: the formats in and out, by option or by the files' extensions. */
export interface BatchOptions {
  readonly file: string;
  readonly policyFiles: readonly string[];
  readonly encoding: EncodingChoice;
  readonly from: SheetFormat;
  readonly to: SheetFormat;
  readonly output: string | undefined;
  readonly force: boolean;
  readonly outputEncoding: OutputEncoding;
  /** How a JSON Lines result gives its reasons. */
  readonly reasons: ReasonsForm;
  /** Threads for JSON Lines; undefined: as many as pays on this machine and input. */
  readonly workers: number | undefined;
}

/** A sheet's rows as read, the header first; `rows[i]` is row `i + 1` of the sheet. */
export type SheetRows = (readonly SheetCell[])[];

/** The rows of CSV bytes: decoded in the encoding chosen, a byte-order mark skipped, quotes and CRLF as RFC 4180 has them. */
export async function readCsv(bytes: Buffer, source: string, encoding: EncodingChoice): Promise<SheetRows> {
  const text = decodeInput(bytes, source, encoding);
  const { parse } = await import("csv-parse/sync");
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    const problem = e.code === "CSV_QUOTE_NOT_CLOSED" ? "unclosed-quote" : e.code === "CSV_INVALID_CLOSING_QUOTE" || e.code === "INVALID_OPENING_QUOTE" ? "bad-quote" : "other";
    throw new YibaoError("INPUT_CSV", { file: source, line: e.lines ?? 1, problem, detail: e.code ?? String(error) });
  }
}

/** The rows of the first sheet of an .xlsx workbook: text, numbers, booleans and dates as its cells hold them. */
export async function readXlsx(bytes: Buffer, source: string): Promise<SheetRows> {
  const { readSheet, InvalidInputError, SheetNotFoundError } = await import("read-excel-file/node");
  try {
    return (await readSheet(bytes)) as SheetRows;
  } catch (error) {
    if (error instanceof InvalidInputError) throw new YibaoError("INPUT_XLSX", { file: source, problem: "not-xlsx", detail: error.message });
    if (error instanceof SheetNotFoundError) throw new YibaoError("INPUT_XLSX", { file: source, problem: "no-sheet", detail: error.message });
    throw new YibaoError("INPUT_XLSX", { file: source, problem: "damaged", detail: error instanceof Error ? error.message : String(error) });
  }
}

const two = (n: number) => String(n).padStart(2, "0");

/** A cell as CSV text: money with its two decimals, a date YYYY-MM-DD, an empty cell empty. */
function csvText(cell: OutCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${two(cell.getUTCMonth() + 1)}-${two(cell.getUTCDate())}`;
  if (isYuan(cell)) return cell.yuan;
  return String(cell);
}

/**
 * CSV bytes of rows, lines ending CRLF as Excel writes them: UTF-8 with a byte-order mark (so that
 * Excel on Chinese Windows reads it as UTF-8), or GB18030.
 */
export async function writeCsv(rows: readonly (readonly OutCell[])[], encoding: OutputEncoding): Promise<Buffer> {
  const { stringify } = await import("csv-stringify/sync");
  const text = stringify(
    rows.map((row) => row.map(csvText)),
    { record_delimiter: "windows" },
  );
  if (encoding === "utf-8") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  const iconv = await import("iconv-lite");
  return iconv.default.encode(text, "gb18030");
}

/** An .xlsx workbook of one sheet: the header and the totals row bold, money as numbers shown with two decimals. */
export async function writeXlsx(rows: readonly (readonly OutCell[])[], sheet: string, boldRows: ReadonlySet<number>): Promise<Buffer> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const data = rows.map((row, r) => {
    const bold = boldRows.has(r) ? { fontWeight: "bold" as const } : {};
    return row.map((cell) => {
      if (cell === null) return bold.fontWeight === undefined ? null : { value: "", ...bold };
      if (isYuan(cell)) return { value: Number(cell.yuan), type: Number, format: "0.00", ...bold };
      if (cell instanceof Date) return { value: cell, type: Date, format: "yyyy-mm-dd", ...bold };
      if (typeof cell === "number") return { value: cell, type: Number, ...bold };
      if (typeof cell === "boolean") return { value: cell, type: Boolean, ...bold };
      return { value: cell, type: String, ...(cell.includes("\n") ? { wrap: true } : {}), ...bold };
    });
  });
  return (await writeXlsxFile(data, { sheet }).toBuffer()) as Buffer;
}
