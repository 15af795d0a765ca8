/** `yibao curve`: the points as JSON, a chart for the terminal, and the same chart as SVG. */
import type { CityCurve, Curve } from "../../app/curve.js";
import { type Fen, ZERO, fen, formatYuan, maxFen } from "../../app/model.js";
import { catalogue } from "../i18n/index.js";
import type { Lang } from "../lang.js";
import { skippedReason } from "../messages.js";
import type { Theme } from "../theme.js";

const orNull = (fen: Fen | null) => (fen === null ? null : formatYuan(fen));

export function curveJson(c: Curve, lang: Lang) {
  const { text } = catalogue(lang).labels.common;
  return {
    date: c.date,
    to: formatYuan(c.to),
    step: formatYuan(c.step),
    visitSize: orNull(c.visitSize),
    cities: c.cities.map((city) => ({
      city: city.policy.id,
      cityName: city.policy.name.zh,
      type: city.status,
      level: city.level.level,
      levelName: text(city.level.label),
      cap: orNull(city.cap),
      deductibleAt: orNull(city.deductibleAt),
      capAt: orNull(city.capAt),
      points: city.points.map((p) => ({ spending: formatYuan(p.spending), fundPaid: formatYuan(p.fundPaid), selfPaid: formatYuan(p.selfPaid) })),
    })),
    // Only when a city was skipped, as in `compare`.
    ...(c.skipped.length === 0
      ? {}
      : { skipped: c.skipped.map((s) => ({ city: s.policy.id, cityName: s.policy.name.zh, reason: s.reason, fields: s.fields, message: skippedReason(s, lang) })) }),
  };
}

/** One glyph per city in the terminal; one colour per city in the SVG. */
const GLYPHS = ["●", "○", "■", "▲", "◆", "×"] as const;
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"] as const;
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The fund's payment at a spending, read off the points (the nearest computed point at or below it). */
function fundAt(points: CityCurve["points"], spending: Fen): Fen {
  let fund = ZERO;
  for (const p of points) {
    if (p.spending > spending) break;
    fund = p.fundPaid;
  }
  return fund;
}

function markLines(c: Curve, lang: Lang): string[] {
  const w = catalogue(lang).labels.curve;
  return c.cities.map((city) => {
    const deductible = city.deductibleAt === null ? w.deductibleNever(formatYuan(city.searchedTo)) : w.deductibleAt(formatYuan(city.deductibleAt));
    const cap = city.cap === null ? w.noCap : city.capAt === null ? w.capNever(formatYuan(city.searchedTo)) : w.capAt(formatYuan(city.capAt));
    return w.marks(city.policy, deductible, cap);
  });
}

/** One city's line in the legend. */
function legend(city: CityCurve, lang: Lang): string {
  const { names, labels } = catalogue(lang);
  return labels.curve.legend(city.policy, names.status[city.status], labels.common.text(city.level.label), city.cap === null ? null : formatYuan(city.cap));
}

/** The top of the fund axis: the highest cap or payment (a loop, not a spread: a fine --step gives many points). */
function highest(c: Curve): Fen {
  let top = fen(1);
  for (const city of c.cities) {
    if (city.cap !== null) top = maxFen(top, city.cap);
    for (const p of city.points) top = maxFen(top, p.fundPaid);
  }
  return top;
}

export const CHART = { width: 60, height: 16 } as const;

/** A plain-text chart: fund paid (up) against spending (across), one glyph per city, │ at the marks. */
export function renderCurveChart(c: Curve, lang: Lang, theme: Theme): string {
  const w = catalogue(lang).labels.curve;
  const { width, height } = CHART;
  const top = highest(c);
  const grid: string[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => " "));
  const column = (spending: Fen) => Math.min(width - 1, Math.round((spending / c.to) * (width - 1)));
  const row = (fund: Fen) => height - 1 - Math.min(height - 1, Math.round((fund / top) * (height - 1)));
  for (const city of c.cities) {
    for (const mark of [city.deductibleAt, city.capAt]) {
      if (mark === null || mark > c.to) continue;
      for (const line of grid) line[column(mark)] = theme.muted("│");
    }
  }
  c.cities.forEach((city, i) => {
    const glyph = pick(GLYPHS, i);
    for (let x = 0; x < width; x++) {
      const spending = fen(Math.round((x / (width - 1)) * c.to));
      const cell = grid[row(fundAt(city.points, spending))];
      if (cell !== undefined) cell[x] = glyph;
    }
  });
  const label = (text: string, size: number) => text.padStart(size);
  const axisWidth = Math.max(formatYuan(top).length, 4);
  const lines = grid.map((cells, r) => {
    const tick = r === 0 ? formatYuan(top) : r === height - 1 ? "0" : "";
    return `${label(tick, axisWidth)} ┤${cells.join("")}`;
  });
  const xAxis = `${" ".repeat(axisWidth)} └${"─".repeat(width)}`;
  const xLabels = `${" ".repeat(axisWidth + 2)}0${formatYuan(c.to).padStart(width - 1)}`;
  const how = c.visitSize === null ? w.oneVisit : w.visits(formatYuan(c.visitSize));
  const legends = c.cities.map((city, i) => `  ${pick(GLYPHS, i)} ${legend(city, lang)}`);
  return [
    theme.heading(w.title(c.date)),
    `${w.y} ↑`,
    ...lines,
    xAxis,
    xLabels,
    `${" ".repeat(axisWidth + 2)}${w.xCaption(how)}`,
    "",
    ...legends,
    `  │ ${markLines(c, lang).join(w.markSeparator)}`,
    ...c.skipped.map((s) => theme.muted(w.notDrawn(s.policy, skippedReason(s, lang)))),
    "",
  ].join("\n");
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The same chart as a standalone SVG document. */
export function renderCurveSvg(c: Curve, lang: Lang): string {
  const w = catalogue(lang).labels.curve;
  const width = 760;
  const height = 460 + Math.max(0, c.cities.length + c.skipped.length - 3) * 18;
  const m = { left: 80, right: 30, top: 50, bottom: 120 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const top = highest(c);
  const x = (spending: Fen) => (m.left + (spending / c.to) * plotW).toFixed(1);
  const y = (fund: Fen) => (m.top + plotH - (fund / top) * plotH).toFixed(1);
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(w.title(c.date))}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="15">${escapeXml(w.title(c.date))}</text>`,
    `<line class="axis" x1="${m.left}" y1="${m.top + plotH}" x2="${m.left + plotW}" y2="${m.top + plotH}" stroke="black"/>`,
    `<line class="axis" x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${m.top + plotH}" stroke="black"/>`,
  ];
  for (let i = 0; i <= 5; i++) {
    const sx = fen(Math.round((c.to * i) / 5));
    const fy = fen(Math.round((top * i) / 5));
    out.push(`<text x="${x(sx)}" y="${m.top + plotH + 18}" text-anchor="middle">${formatYuan(sx)}</text>`);
    out.push(`<text x="${m.left - 8}" y="${y(fy)}" text-anchor="end" dominant-baseline="middle">${formatYuan(fy)}</text>`);
    out.push(`<line x1="${m.left}" y1="${y(fy)}" x2="${m.left + plotW}" y2="${y(fy)}" stroke="#eeeeee"/>`);
  }
  out.push(`<text x="${m.left + plotW / 2}" y="${m.top + plotH + 38}" text-anchor="middle">${escapeXml(w.x)}</text>`);
  out.push(`<text x="18" y="${m.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 18 ${m.top + plotH / 2})">${escapeXml(w.y)}</text>`);
  c.cities.forEach((city, i) => {
    const colour = pick(COLOURS, i);
    const marks = [
      { at: city.deductibleAt, name: w.deductible, cls: "mark-deductible" },
      { at: city.capAt, name: w.cap, cls: "mark-cap" },
    ];
    for (const mark of marks) {
      if (mark.at === null || mark.at > c.to) continue;
      out.push(`<line class="${mark.cls}" x1="${x(mark.at)}" y1="${m.top}" x2="${x(mark.at)}" y2="${m.top + plotH}" stroke="${colour}" stroke-dasharray="5,4"/>`);
      out.push(`<text class="${mark.cls}" x="${x(mark.at)}" y="${m.top - 6 - i * 14}" text-anchor="middle" fill="${colour}">${escapeXml(`${mark.name} ${formatYuan(mark.at)}`)}</text>`);
    }
    const points = city.points.map((p) => `${x(p.spending)},${y(p.fundPaid)}`).join(" ");
    out.push(`<polyline class="curve" data-city="${escapeXml(city.policy.id)}" fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>`);
    const ly = m.top + plotH + 62 + i * 18;
    out.push(`<line x1="${m.left}" y1="${ly}" x2="${m.left + 24}" y2="${ly}" stroke="${colour}" stroke-width="3"/>`);
    out.push(`<text class="legend" x="${m.left + 32}" y="${ly}" dominant-baseline="middle">${escapeXml(`${legend(city, lang)} · ${markLines({ ...c, cities: [city] }, lang)[0] ?? ""}`)}</text>`);
  });
  // A city named that could not be drawn is said under the legend, as the terminal chart says it.
  c.skipped.forEach((s, i) => {
    const ly = m.top + plotH + 62 + (c.cities.length + i) * 18;
    out.push(`<text class="skipped" x="${m.left}" y="${ly}" dominant-baseline="middle" fill="#666666">${escapeXml(w.notDrawn(s.policy, skippedReason(s, lang)))}</text>`);
  });
  out.push("</svg>", "");
  return out.join("\n");
}
