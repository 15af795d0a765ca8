/**
 * `yibao batch` with a spreadsheet on either side: CSV or .xlsx in (the first row names the
 * columns), CSV or .xlsx out (each input row, then the columns of its result), or JSON Lines on the
 * other side. The whole input is read first and the output written at the end; the JSON Lines to
 * JSON Lines path (commands/batch.ts) streams and is not this one.
 */
import { lstatSync } from "node:fs";
import type { BatchSession, LineOutcome } from "../../app/batch.js";
import { formatYuan } from "../../app/model.js";
import { cliRegistry } from "../../app/policies.js";
import { type ColumnField, SHEET_COLUMNS, blankRow, columnFields, rowRecord } from "../../app/sheet.js";
import { EXIT, YibaoError } from "../../shared/errors.js";
import type { Context } from "../context.js";
import { catalogue } from "../i18n/index.js";
import { readInput } from "../io.js";
import { LineSplitter } from "../lines.js";
import { writeNewFile, writeOut } from "../output.js";
import { batchLine, batchSummary } from "../render/batch.js";
import { type OutCell, addedCells, addedColumns, addedHead, totalsRow } from "../render/sheet.js";
import { type BatchOptions, type SheetRows, readCsv, readXlsx, writeCsv, writeXlsx } from "../sheets.js";

/** The largest spreadsheet read, in bytes: it is held whole (JSON Lines input streams, without a limit). */
export const MAX_SHEET_BYTES = 64 * 1024 * 1024;

/** A spreadsheet's input, read whole: over the limit, the error says so for a spreadsheet. */
async function readSheetInput(file: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  try {
    return await readInput(file, stdin, MAX_SHEET_BYTES);
  } catch (error) {
    if (error instanceof YibaoError && error.is("INPUT_TOO_LARGE")) throw new YibaoError("INPUT_TOO_LARGE", { ...error.params, sheet: true });
    throw error;
  }
}

/** One input row or line and what became of it (undefined: a blank row, kept blank). */
interface Answered {
  readonly input: readonly OutCell[];
  readonly outcome: LineOutcome | undefined;
}

/** What was read: the input's columns (their headers as written, their fields) and each row answered. */
interface Settled {
  readonly header: readonly OutCell[];
  readonly fields: readonly (ColumnField | undefined)[];
  readonly rows: readonly Answered[];
}

export async function runSheetBatch(o: BatchOptions, ctx: Context): Promise<void> {
  // An existing output file is refused before any work, not after it (writeNewFile checks again).
  if (o.output !== undefined && !o.force && lstatSync(o.output, { throwIfNoEntry: false }) !== undefined) {
    throw new YibaoError("OUTPUT_WRITE", { file: o.output, detail: "EEXIST" });
  }
  const registry = await cliRegistry(o.policyFiles, ctx.env);
  const { BatchSession, MAX_LINE_BYTES } = await import("../../app/batch.js");
  const source = o.file === "-" ? "stdin" : o.file;
  const settler = new BatchSession(registry, source);
  const lang = ctx.lang;

  let settled: Settled;
  if (o.from === "jsonl") {
    settled = await settleLines(o, ctx, settler, MAX_LINE_BYTES);
  } else {
    const bytes = await readSheetInput(o.file, ctx.streams.stdin);
    const table = o.from === "csv" ? await readCsv(bytes, source, o.encoding) : await readXlsx(bytes, source);
    settled = settleSheet(table, source, settler);
  }

  let bytes: Buffer;
  if (o.to === "jsonl") {
    const lines = settled.rows.flatMap((r) => (r.outcome === undefined ? [] : [`${batchLine(r.outcome, lang, o.reasons)}\n`]));
    bytes = Buffer.from(lines.join(""), "utf8");
  } else {
    const columns = addedColumns(settled.fields);
    const head: OutCell[] = [...settled.header, ...addedHead(columns, lang)];
    const column = (field: string) => {
      const at = settled.fields.indexOf(field as ColumnField);
      const header = at === -1 ? undefined : settled.header[at];
      return typeof header === "string" ? header : undefined;
    };
    const body = settled.rows.map((r): OutCell[] => [...r.input, ...addedCells(r.outcome, columns, lang, column)]);
    if (o.to === "csv") {
      bytes = await writeCsv([head, ...body], o.outputEncoding);
    } else {
      const totals = totalsRow(body, settled.fields, columns, formatYuan(settler.totals.amount), lang);
      bytes = await writeXlsx([head, ...body, totals], catalogue(lang).labels.sheet.sheetName, new Set([0, body.length + 1]));
    }
  }

  if (o.output === undefined) await writeOut(ctx.streams.stdout, bytes);
  else writeNewFile(o.output, bytes, o.force);
  ctx.streams.stderr.write(batchSummary(settler.totals, lang));
  if (o.output !== undefined) ctx.streams.stderr.write(`${catalogue(lang).help.batch.written(o.output)}\n`);
  if (settler.totals.errors > 0) ctx.outcome.exitCode = EXIT.batchErrors;
}

/** Each data row of a sheet settled, numbered as the sheet numbers it (the header is row 1). */
function settleSheet(table: SheetRows, source: string, settler: BatchSession): Settled {
  const [header, ...data] = table;
  if (header === undefined) throw new YibaoError("INPUT_EMPTY", { file: source });
  const fields = columnFields(header, source, data);
  const width = header.length;
  const rows = data.map((cells, i): Answered => {
    const outcome = settler.settleRow(i + 2, () => (blankRow(cells) ? undefined : rowRecord(fields, cells, source)));
    // The input's cells under its own columns: a short row filled out, a cell beyond the last column
    // (an error of its row, which names it) left out so that the results stay under their headers.
    const input = Array.from({ length: width }, (_, c) => cells[c] ?? null);
    return { input, outcome };
  });
  return { header, fields, rows };
}

/** A JSON value of a line as a cell: text, a number, true or false; anything else as JSON. */
const jsonCell = (value: unknown): OutCell =>
  value === undefined || value === null ? null : typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : JSON.stringify(value);

/**
 * JSON Lines settled into rows for a spreadsheet: the input columns are the fields the lines give
 * (in the order of SHEET_COLUMNS, headed in the reader's language); blank lines give no row, as in
 * JSON Lines output.
 */
async function settleLines(o: BatchOptions, ctx: Context, settler: BatchSession, maxLine: number): Promise<Settled> {
  const records: (Record<string, unknown> | undefined)[] = [];
  const outcomes: LineOutcome[] = [];
  const present = new Set<string>();
  const keep = (record: Record<string, unknown> | undefined, outcome: LineOutcome | undefined) => {
    if (outcome === undefined) return;
    records.push(record);
    outcomes.push(outcome);
  };
  const lines: LineSplitter = new LineSplitter(
    {
      line: (raw) => {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        let record: Record<string, unknown> | undefined;
        try {
          const data: unknown = JSON.parse(line.replace(/^\uFEFF/, ""));
          if (data !== null && typeof data === "object" && !Array.isArray(data)) {
            record = data as Record<string, unknown>;
            for (const key of Object.keys(record)) present.add(key);
          }
        } catch {
          record = undefined;
        }
        keep(record, settler.settleLine(line));
      },
      tooLong: () => keep(undefined, settler.tooLong()),
      undecodable: (problem) => keep(undefined, settler.undecodable(lines.encoding, problem)),
    },
    o.encoding,
    maxLine,
  );
  const bytes = await readSheetInput(o.file, ctx.streams.stdin);
  lines.push(bytes);
  lines.end();
  const columns = SHEET_COLUMNS.filter((c) => present.has(c.field));
  const label = catalogue(ctx.lang).labels.sheet.input;
  return {
    header: columns.map((c) => label(c.field, c.zh)),
    fields: columns.map((c) => c.field),
    rows: outcomes.map((outcome, i) => ({ input: columns.map((c) => jsonCell(records[i]?.[c.field])), outcome })),
  };
}
