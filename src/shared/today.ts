/** Today's date in China (Asia/Shanghai), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
