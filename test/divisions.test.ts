/** Places typed by people: names, codes, counties and full addresses, from the division dataset. */
import { describe, expect, it } from "vitest";
import { YibaoError } from "../src/shared/errors.js";
import { findDivision } from "../src/policy/divisions.js";

const find = (value: string) => {
  const d = findDivision(value, "--family-city");
  return [d.code, d.name, d.province.name];
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
        findDivision(value, "--family-city");
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
