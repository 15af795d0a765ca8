/** Dates: today's in China, and checking a date as typed. */
import { type Field, YibaoError, arg } from "./errors.js";

/** Today's date in China (Asia/Shanghai), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A real calendar date written YYYY-MM-DD. A value not written so is refused as a bad format; one
 * written so that is not in the calendar (2025-02-30, 2025-13-01) as a day that does not exist.
 */
export function parseDate(value: string, field: Field = arg("date")): string {
  const m = DATE_PATTERN.exec(value);
  const accepted = ["YYYY-MM-DD", "2025-03-01"];
  if (m === null) throw new YibaoError("INVALID_VALUE", { field, value, accepted, kind: "date" });
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) throw new YibaoError("INVALID_VALUE", { field, value, accepted, kind: "no-such-day" });
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) throw new YibaoError("INVALID_VALUE", { field, value, accepted, kind: "no-such-day", days });
  return value;
}
