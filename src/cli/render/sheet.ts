/**
 * A batch outcome as the columns `batch` adds to a spreadsheet row (CSV, .xlsx): amounts as yuan
 * with two decimals, the settlement and reasons in the reader's language, or the error of the row.
 */
import type { LineOutcome } from "../../app/batch.js";
import type { ColumnField, SheetCell } from "../../app/sheet.js";
import { catalogue } from "../i18n/index.js";
import type { SheetColumn } from "../i18n/labels.js";
import type { Lang } from "../lang.js";
import { explainError } from "../messages.js";
import { visitJson } from "./json.js";

/** An amount of money, in yuan with two decimals: text in CSV, a number formatted 0.00 in .xlsx. */
export interface Yuan {
  readonly yuan: string;
}

export type OutCell = SheetCell | Yuan;

export const isYuan = (cell: OutCell): cell is Yuan => typeof cell === "object" && cell !== null && !(cell instanceof Date);

/** The added columns in order; `sum`: money the totals row adds up (balances left are not). */
const COLUMNS: readonly { readonly key: SheetColumn; readonly money?: "sum" | "balance" }[] = [
  { key: "policyVersion" },
  { key: "inPolicy", money: "sum" },
  { key: "excluded", money: "sum" },
  { key: "uncovered", money: "sum" },
  { key: "deductible", money: "sum" },
  { key: "eligible", money: "sum" },
  { key: "ratio" },
  { key: "fundPaid", money: "sum" },
  { key: "selfPaid", money: "sum" },
  { key: "copay", money: "sum" },
  { key: "overCap", money: "sum" },
  { key: "classBFirst", money: "sum" },
  { key: "accountCurrentPaid", money: "sum" },
  { key: "capRemaining", money: "balance" },
  { key: "accountPaid", money: "sum" },
  { key: "familyPaid", money: "sum" },
  { key: "cashPaid", money: "sum" },
  { key: "accountLeft", money: "balance" },
  { key: "familyBalanceLeft", money: "balance" },
  { key: "familyLimitLeft", money: "balance" },
  { key: "settlement" },
  { key: "atCounter", money: "sum" },
  { key: "reimbursedLater", money: "sum" },
  { key: "reasons" },
  { key: "notes" },
  { key: "errorCode" },
  { key: "error" },
];

export type AddedColumn = (typeof COLUMNS)[number];

/**
 * The columns added after the input's: all of them, less `excluded` when the input has that column
 * (its own column shows it, and a header is never written twice); what was paid before the
 * deductible (乙类先行自付, the current-year account) only when the input gives its class-B parts or
 * current-year balances.
 */
export function addedColumns(inputFields: readonly (ColumnField | undefined)[]): readonly AddedColumn[] {
  return COLUMNS.filter(
    (c) =>
      !(c.key === "excluded" && inputFields.includes("excluded")) &&
      !(c.key === "classBFirst" && !inputFields.includes("classB")) &&
      !(c.key === "accountCurrentPaid" && !inputFields.includes("accountCurrent")),
  );
}

export function addedHead(columns: readonly AddedColumn[], lang: Lang): string[] {
  const head = catalogue(lang).labels.sheet.head;
  return columns.map((c) => head[c.key]);
}

const yuan = (text: string | null): Yuan | null => (text === null ? null : { yuan: text });

/** The added cells of one row: empty for a blank row. */
/**
 * @param column the header of the input column that holds a field, so that errors name the column the
 *   person wrote (列 "总费用") rather than the field (字段 "amount")
 */
export function addedCells(outcome: LineOutcome | undefined, columns: readonly AddedColumn[], lang: Lang, column?: (field: string) => string | undefined): OutCell[] {
  if (outcome === undefined) return columns.map(() => null);
  if (outcome.kind === "error") {
    const { message, hint } = explainError(outcome.error, lang, column === undefined ? {} : { column });
    const error = hint === undefined ? message : `${message}\n${hint}`;
    return columns.map((c) => (c.key === "errorCode" ? outcome.error.code : c.key === "error" ? error : null));
  }
  const v = visitJson(outcome.visit, lang);
  const values: Readonly<Record<SheetColumn, OutCell>> = {
    policyVersion: v.policyVersion,
    inPolicy: yuan(v.inPolicy),
    excluded: yuan(v.excluded),
    uncovered: yuan(v.uncovered),
    deductible: yuan(v.deductible),
    eligible: yuan(v.eligible),
    ratio: v.ratio,
    fundPaid: yuan(v.fundPaid),
    selfPaid: yuan(v.selfPaid),
    copay: yuan(v.copay),
    overCap: yuan(v.overCap),
    classBFirst: yuan(v.classBFirst ?? null),
    accountCurrentPaid: yuan(v.accountCurrentPaid ?? null),
    capRemaining: yuan(v.capRemaining),
    accountPaid: yuan(v.accountPaid),
    familyPaid: yuan(v.familyPaid),
    cashPaid: yuan(v.cashPaid),
    accountLeft: yuan(v.accountLeft),
    familyBalanceLeft: yuan(v.familyBalanceLeft),
    familyLimitLeft: yuan(v.familyLimitLeft),
    settlement: v.settlement.description,
    atCounter: yuan(v.settlement.atCounter),
    reimbursedLater: yuan(v.settlement.reimbursedLater),
    reasons: v.reasons.map((r) => r.code).join(" "),
    notes: v.reasons.map((r) => r.message).join("\n"),
    errorCode: null,
    error: null,
  };
  return columns.map((c) => values[c.key]);
}

/** Fen of a yuan text with two decimals ("-12.30" is -1230), exactly. */
const fenOf = (text: string) => {
  const negative = text.startsWith("-");
  const [whole = "0", part = "0"] = text.replace("-", "").split(".");
  const fen = Number(whole) * 100 + Number(part.padEnd(2, "0").slice(0, 2));
  return negative ? -fen : fen;
};

const yuanOf = (fen: number) => `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;

/**
 * The totals row under a sheet's rows: the label in the first column, the settled visits' total
 * amount under the input's amount column, and the sum of each added money column but balances.
 */
export function totalsRow(
  rows: readonly (readonly OutCell[])[],
  inputFields: readonly (ColumnField | undefined)[],
  columns: readonly AddedColumn[],
  amount: string,
  lang: Lang,
): OutCell[] {
  const width = inputFields.length;
  const out: OutCell[] = [...inputFields.map((field): OutCell => (field === "amount" ? { yuan: amount } : null))];
  columns.forEach((c, i) => {
    if (c.money !== "sum") {
      out.push(null);
      return;
    }
    let fen = 0;
    for (const row of rows) {
      const cell = row[width + i];
      if (cell !== undefined && cell !== null && isYuan(cell)) fen += fenOf(cell.yuan);
    }
    out.push({ yuan: yuanOf(fen) });
  });
  const label = catalogue(lang).labels.sheet.total;
  const first = out.findIndex((cell) => cell === null);
  if (first !== -1) out[first] = label;
  return out;
}
