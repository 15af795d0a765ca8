/** `yibao curve`: exact marks for the seed cities, the points, the terminal chart and the SVG. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCurveChart, renderCurveSvg } from "../src/cli/render/curve.js";
import { plainTheme } from "../src/cli/theme.js";
import { curve } from "../src/app/curve.js";
import { loadRegistry } from "../src/policy/load.js";
import { yibao } from "./helpers.js";

const registry = loadRegistry();
const fen = (yuan: string) => Math.round(Number(yuan) * 100);

describe("the marks, exact to the fen, and the default bound", () => {
  const cases = [
    { name: "Anshan, retired, level 2: deductible 500, then 60% until 3000: 500 + 3000 / 60%", city: "鞍山", type: "退休", level: "二级", deductibleAt: "500.00", capAt: "5500.00", to: "8250.00" },
    { name: "Anshan, in service, level 1: 300 + 3000 / 60%", city: "anshan", type: "在职", level: "1", deductibleAt: "300.00", capAt: "5300.00", to: "7950.00" },
    { name: "Songyuan, retired, level 2: 1966.66 × … the fen where 1666.66 × 60% rounds up to the 1000 cap", city: "松原", type: "退休", level: "2", deductibleAt: "300.00", capAt: "1966.66", to: "2950.00" },
    { name: "Songyuan, in service, level 1: 1818.18 × 55% = 999.999 rounds to the 1000 cap; 1818.17 would not", city: "songyuan", type: "在职", level: "1", deductibleAt: "200.00", capAt: "2018.18", to: "3028.00" },
    { name: "Lüliang, retired, 二类, one visit: 50 per visit, then 60% until 2000", city: "吕梁", type: "退休", level: "二类", deductibleAt: "50.00", capAt: "3383.33", to: "5075.00" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const run = yibao(["curve", "--city", c.city, "--type", c.type, "--level", c.level, "--date", "2025-03-01", "--json"]);
      expect(run.stderr).toBe("");
      const out = JSON.parse(run.stdout);
      expect(out.to).toBe(c.to);
      const city = out.cities[0];
      expect({ deductibleAt: city.deductibleAt, capAt: city.capAt }).toEqual({ deductibleAt: c.deductibleAt, capAt: c.capAt });
      // The marks are points of the curve: nothing from the fund at the deductible, the whole cap at the cap point, one fen less just before.
      const at = (s: string) => city.points.find((p: { spending: string }) => p.spending === s);
      expect(at(c.deductibleAt).fundPaid).toBe("0.00");
      expect(at(c.capAt).fundPaid).toBe(city.cap);
      const before = curve(registry, { cities: [c.city], type: c.type, level: c.level, date: "2025-03-01", to: (fen(c.capAt) / 100 - 0.01).toFixed(2) });
      expect(before.cities[0]?.points.at(-1)?.fundPaid).toBeLessThan(fen(city.cap));
    });
  }

  it("the default bound is 1.5 × the cap point, rounded up to the yuan", () => {
    const c = curve(registry, { cities: ["songyuan"], type: "in-service", level: "1", date: "2025-03-01" });
    expect(c.to).toBe(Math.ceil((201818 * 3) / 2 / 100) * 100);
  });
});

describe("the points", () => {
  it("rise with spending, never fall, and fund + self = spending at every point, for every seed city and level", () => {
    for (const city of ["anshan", "lvliang", "songyuan"]) {
      for (const level of ["1", "2", "3"]) {
        for (const visitSize of [undefined, "150"]) {
          const c = curve(registry, { cities: [city], type: "retired", level, date: "2025-03-01", visitSize });
          const points = c.cities[0]?.points ?? [];
          expect(points.length).toBeGreaterThan(50);
          points.forEach((p, i) => {
            expect(p.fundPaid + p.selfPaid).toBe(p.spending);
            if (i > 0) expect(p.fundPaid).toBeGreaterThanOrEqual(points[i - 1]?.fundPaid ?? 0);
          });
        }
      }
    }
  });

  it("counts a year as visits of a given size: Lüliang's per-visit deductible is paid on every visit", () => {
    const c = curve(registry, { cities: ["lvliang"], type: "retired", level: "2", date: "2025-03-01", visitSize: "200" });
    // 22 visits of 200 give 22 × 150 × 60% = 1980; the 20 left needs 33.33 eligible, 83.33 in the 23rd visit.
    expect(c.cities[0]?.capAt).toBe(448333);
  });

  it("visits too small to pass a per-visit deductible: the fund never pays, drawn over all the spending searched", () => {
    // Lüliang 三类: 30 deductible on each visit of 20; searched up to 5000 visits of 20 = 100000.
    const c = curve(registry, { cities: ["lvliang"], type: "in-service", level: "1", date: "2025-03-01", visitSize: "20" });
    expect(c.cities[0]).toMatchObject({ deductibleAt: null, capAt: null, searchedTo: 10_000_000 });
    expect(c.to).toBe(15_000_000);
    expect(c.cities[0]?.points.every((p) => p.fundPaid === 0)).toBe(true);
    const run = yibao(["curve", "--city", "吕梁", "--type", "在职", "--level", "1", "--visit-size", "20", "--date", "2025-03-01"]);
    expect(run.stdout).toContain("吕梁市:到 100000.00 元仍未达到起付线 · 到 100000.00 元仍未达到限额");
  });

  it("--step and --to fix the points", () => {
    const out = JSON.parse(yibao(["curve", "--city", "鞍山", "--type", "退休", "--level", "2", "--date", "2025-03-01", "--to", "2000", "--step", "500", "--json"]).stdout);
    expect(out.cities[0].points.map((p: { spending: string; fundPaid: string }) => [p.spending, p.fundPaid])).toEqual([
      ["0.00", "0.00"], ["500.00", "0.00"], ["1000.00", "300.00"], ["1500.00", "600.00"], ["2000.00", "900.00"],
    ]);
  });
});

/** A strict enough well-formedness check: every tag closes in order, attributes are quoted, & starts an entity. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    if (/[<>]/.test(text) || /&(?!(amp|lt|gt|quot|apos);)/.test(text)) return false;
    last = tag.lastIndex;
    const [, close, name, , selfClose] = m;
    if (close === "/") {
      if (stack.pop() !== name) return false;
    } else if (selfClose !== "/") stack.push(name ?? "");
  }
  return stack.length === 0 && body.slice(last).trim() === "";
}

describe("the chart", () => {
  it("draws the cities overlaid in the terminal, with the marks and a legend", () => {
    const run = yibao(["curve", "--city", "鞍山,松原", "--type", "退休", "--level", "2", "--date", "2025-03-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("● 鞍山市 · 退休 · 二级 · 年度限额 3000.00 元");
    expect(run.stdout).toContain("○ 松原市");
    expect(run.stdout).toContain("鞍山市:起付线 500.00 元 · 达到限额 5500.00 元;松原市:起付线 300.00 元 · 达到限额 1966.66 元");
    expect(run.stdout).toContain("│");
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it("writes the same chart as an SVG that parses as XML and holds the marks and the legend", () => {
    const file = join(mkdtempSync(join(tmpdir(), "yibao-curve-")), "curve.svg");
    const run = yibao(["curve", "--city", "anshan,songyuan", "--type", "retired", "--level", "2", "--date", "2025-03-01", "--svg", file, "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Written to ${file}`);
    const svg = readFileSync(file, "utf8");
    expect(wellFormed(svg)).toBe(true);
    expect(wellFormed("<svg><text>a & b</text></svg>")).toBe(false);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline class="curve"/g)).toHaveLength(2);
    expect(svg).toContain(">deductible met 500.00</text>");
    expect(svg).toContain(">cap reached 5500.00</text>");
    expect(svg).toContain(">cap reached 1966.66</text>");
    expect(svg.match(/class="mark-cap"/g)?.length).toBe(4);
    expect(svg).toContain("Anshan · retired · level 2 · annual cap 3000.00");
  });

  it("says so when the SVG cannot be written (exit 3)", () => {
    const run = yibao(["curve", "--city", "鞍山", "--type", "退休", "--level", "2", "--date", "2025-03-01", "--svg", "/nonexistent/dir/c.svg"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("无法写入文件 /nonexistent/dir/c.svg");
  });

  it("a zero bound, step or visit size is refused with what it needs", () => {
    for (const option of ["--to", "--step", "--visit-size"]) {
      const run = yibao(["curve", "--city", "鞍山", "--type", "退休", "--level", "2", option, "0"]);
      expect(run.status, option).toBe(2);
      expect(run.stderr).toContain("大于 0 的金额");
    }
  });

  it("a step so fine it would run for minutes is refused with what to change; a fine one that runs is drawn", () => {
    const run = yibao(["curve", "--city", "鞍山", "--type", "退休", "--level", "2", "--date", "2025-03-01", "--visit-size", "1", "--step", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--step 的值 "1" 无效');
    expect(run.stderr).toContain("请用更大的 --step、更小的 --to 或更大的 --visit-size");
    // 800,000 points (a --step of 0.01 up to 8000) are more than a spread into Math.max can take.
    const c = curve(registry, { cities: ["anshan"], type: "retired", level: "2", date: "2025-03-01", to: "2000", step: "500" });
    const many = { ...c, cities: c.cities.map((city) => ({ ...city, points: Array.from({ length: 800_000 }, (_, i) => ({ spending: i, fundPaid: 0, selfPaid: i })) })) };
    expect(renderCurveChart(many, "en", plainTheme)).toContain("annual cap 3000.00");
    expect(renderCurveSvg(many, "en")).toContain("</svg>");
  });

  it("a city without parameters, or a missing option, gets a clear answer", () => {
    const tongliao = yibao(["curve", "--city", "通辽", "--type", "退休", "--level", "2", "--date", "2025-03-01"]);
    expect(tongliao.status).toBe(4);
    expect(tongliao.stderr).toContain("缺少起付标准");
    const missing = yibao(["curve", "--city", "鞍山", "--type", "退休"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--level");
    expect(missing.stderr).toContain("yibao curve");
  });
});
