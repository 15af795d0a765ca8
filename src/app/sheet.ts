/**
 * Batch input from a spreadsheet (`yibao batch claims.csv`, `claims.xlsx`): the columns a sheet may
 * have, named by the batch line's field or by its Chinese label, and one row turned into the record
 * a batch line would give. The labels are input syntax, accepted whatever the language of messages
 * (as 退休 is accepted for the status); the CLI writes them back as headers in Chinese output.
 */
import { YibaoError, rec } from "../shared/errors.js";
import type { BatchLine } from "./batch.js";

/** One cell as a spreadsheet gives it: text (CSV, or a text cell), a number, a boolean, a date; null when empty. */
export type SheetCell = string | number | boolean | Date | null;

/** A batch line's field, as a column. */
export type ColumnField = keyof BatchLine;

/**
 * Every column a sheet may have: the field of a batch line and its Chinese label, in the order of
 * a batch line's fields. One table for both directions: reading a header, writing one.
 */
export const SHEET_COLUMNS: readonly { readonly field: ColumnField; readonly zh: string }[] = [
  { field: "id", zh: "编号" },
  { field: "person", zh: "参保人" },
  { field: "city", zh: "参保城市" },
  { field: "type", zh: "人员类别" },
  { field: "date", zh: "就诊日期" },
  { field: "level", zh: "医疗机构级别" },
  { field: "amount", zh: "总费用" },
  { field: "excluded", zh: "目录外费用" },
  { field: "facility", zh: "机构类别" },
  { field: "designated", zh: "定点机构" },
  { field: "emergency", zh: "急诊抢救" },
  { field: "prescription", zh: "外配处方" },
  { field: "place", zh: "就医地" },
  { field: "filed", zh: "已备案" },
  { field: "directSettlement", zh: "直接结算" },
  { field: "treatmentCity", zh: "就医城市" },
  { field: "age", zh: "年龄" },
  { field: "birthDate", zh: "出生日期" },
  { field: "conditions", zh: "就诊条件" },
  { field: "classB", zh: "乙类费用" },
  { field: "accountCurrent", zh: "当年账户余额" },
  { field: "account", zh: "个人账户余额" },
  { field: "familyBalance", zh: "授权人账户余额" },
  { field: "familyRelation", zh: "共济关系" },
  { field: "familyCity", zh: "授权人参保城市" },
  { field: "familyLimit", zh: "共济额度" },
  { field: "familyWalletOpen", zh: "医保钱包已开通" },
];

/** The fields that take yes or no. */
const BOOLEAN_FIELDS: ReadonlySet<ColumnField> = new Set(["designated", "emergency", "prescription", "filed", "directSettlement", "familyWalletOpen"]);

/** How a yes-or-no cell may be written, and what it means. */
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { true: true, false: false, 是: true, 否: false, "1": true, "0": false };

/** The words a yes-or-no cell accepts, for the hint. */
export const BOOLEAN_ACCEPTED: readonly string[] = ["true", "false", "是", "否", "1", "0"];

const BY_NAME: ReadonlyMap<string, ColumnField> = new Map(SHEET_COLUMNS.flatMap((c) => [[c.field.toLowerCase(), c.field] as const, [c.zh, c.field] as const]));

/** Every accepted column name, the field's and the label, for the hint of an unknown column. */
export const ACCEPTED_COLUMNS: readonly string[] = SHEET_COLUMNS.map((c) => `${c.field} ${c.zh}`);

/** The Chinese label of a field. */
export function columnLabel(field: ColumnField): string {
  return SHEET_COLUMNS.find((c) => c.field === field)?.zh ?? field;
}

const headerText = (cell: SheetCell) => (cell === null ? "" : cell instanceof Date ? cell.toISOString() : String(cell)).replace(/^\uFEFF/, "").trim();

/**
 * The field of each column of a header row, in any order, by field name (any case) or Chinese
 * label. An unknown, repeated or unnamed column (over cells that hold values) is INPUT_COLUMN;
 * an unnamed column that is empty all the way down is left out (undefined).
 */
export function columnFields(header: readonly SheetCell[], file: string, rows: readonly (readonly SheetCell[])[]): (ColumnField | undefined)[] {
  const seen = new Map<ColumnField, string>();
  return header.map((cell, index) => {
    const name = headerText(cell);
    if (name === "") {
      if (rows.every((row) => cellText(row[index] ?? null) === "")) return undefined;
      throw new YibaoError("INPUT_COLUMN", { file, column: "", index: index + 1, problem: "unnamed", accepted: ACCEPTED_COLUMNS });
    }
    const field = BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
    if (field === undefined) throw new YibaoError("INPUT_COLUMN", { file, column: name, index: index + 1, problem: "unknown", accepted: ACCEPTED_COLUMNS });
    const before = seen.get(field);
    if (before !== undefined) throw new YibaoError("INPUT_COLUMN", { file, column: name, index: index + 1, problem: "repeated", other: before, accepted: ACCEPTED_COLUMNS });
    seen.set(field, name);
    return field;
  });
}

const two = (n: number) => String(n).padStart(2, "0");

/** A cell as text: a date cell as YYYY-MM-DD, a number as JavaScript writes it (1200, 12.5). */
function cellText(cell: SheetCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${two(cell.getUTCMonth() + 1)}-${two(cell.getUTCDate())}`;
  return String(cell).trim();
}

/** A date as spreadsheets on Chinese Windows save it (2025/3/1), written YYYY-MM-DD; any other text as it is. */
function dateText(text: string): string {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  return m === null ? text : `${m[1]}-${two(Number(m[2]))}-${two(Number(m[3]))}`;
}

/** Whether a row holds nothing at all (a blank row, kept blank in the output). */
export function blankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cellText(cell) === "");
}

/**
 * The record of one data row, as a batch line would give it: an empty cell is an absent field, a
 * yes-or-no field takes true/false/是/否/1/0, every other field its text. A value a yes-or-no field
 * does not take, or a cell under no column, is an error (the row is answered with it).
 */
export function rowRecord(fields: readonly (ColumnField | undefined)[], cells: readonly SheetCell[], file: string): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  cells.forEach((cell, index) => {
    const field = fields[index];
    const text = cellText(cell);
    if (text === "") return;
    if (field === undefined) {
      throw new YibaoError("INPUT_COLUMN", { file, column: "", index: index + 1, problem: index >= fields.length ? "extra" : "unnamed", accepted: ACCEPTED_COLUMNS });
    }
    if (BOOLEAN_FIELDS.has(field)) {
      const value = typeof cell === "boolean" ? cell : BOOLEAN_WORDS[text.toLowerCase()];
      if (value === undefined) throw new YibaoError("INVALID_VALUE", { field: rec(field), value: text, accepted: BOOLEAN_ACCEPTED });
      record[field] = value;
    } else if (field === "date" || field === "birthDate") {
      record[field] = dateText(text);
    } else if (field === "conditions") {
      // Several conditions in one cell: 签约家庭医生、慢病 or a,b.
      record[field] = text.split(/[、,,;;]/).map((c) => c.trim()).filter((c) => c !== "");
    } else {
      record[field] = text;
    }
  });
  return record;
}
