/** Visits elsewhere on the real binary: what the person sees, and clear answers to contradictions. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

const lvliang = ["calc", "--city", "吕梁", "--type", "退休", "--level", "二类", "--amount", "300", "--date", "2025-04-10"];

describe("calc: a visit elsewhere", () => {
  it("names the place and the city of treatment, and says how it settles: Lüliang settles directly (即时直接结算)", () => {
    const run = yibao([...lvliang, "--place", "异地长期居住", "--treatment-city", "北京"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("异地长期居住(北京市)");
    expect(run.stdout).toMatch(/统筹基金支付\s*│\s*150\.00/);
    expect(run.stdout).toMatch(/结算方式\s*│\s*异地直接结算/);
    expect(run.stdout).toMatch(/就医时支付\s*│\s*150\.00/);
    expect(run.stdout).toContain("“异地长期居住人员在居住地定点医药机构发生的符合规定的普通门诊医疗费用,按参保地政策规定进行结算”");
    expect(run.stdout).toContain("“职工门诊统筹费用实行即时直接结算”");
    expect(run.stdout).not.toContain("需要办理:");
  });

  it("where the source says nothing of how a visit elsewhere settles, says so and what to do (Anshan)", () => {
    const run = yibao(["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "800", "--date", "2025-04-10", "--place", "临时外出", "--treatment-city", "北京"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/结算方式\s*│\s*来源未说明结算方式/);
    expect(run.stdout).toContain("需要办理:");
    expect(run.stdout).toContain("回参保地医保经办机构申请手工报销");
  });

  it("in English, a temporary trip from Lüliang is not paid and cites the rule", () => {
    const run = yibao([...lvliang, "--place", "temporary-elsewhere", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("temporary trip elsewhere");
    expect(run.stdout).toMatch(/Fund pays\s*│\s*0\.00/);
    expect(run.stdout).toContain("does not pay general outpatient costs");
  });

  it("--json gives the place, the city of treatment and the settlement", () => {
    const run = yibao([...lvliang, "--place", "resident-elsewhere", "--treatment-city", "110105", "--json"]);
    const visit = JSON.parse(run.stdout).visits[0];
    expect(visit).toMatchObject({
      place: "resident-elsewhere",
      filed: false,
      directSettlement: null,
      treatmentCity: { code: "110000", name: "北京市", province: "北京市" },
      settlement: { mode: "direct", atCounter: "150.00", reimbursedLater: "0.00" },
    });
    expect(visit.settlement.actions).toEqual([]);
  });

  it("a city of treatment that is the insured city itself is a local visit", () => {
    const run = yibao([...lvliang, "--treatment-city", "孝义市", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).visits[0]).toMatchObject({ place: "local", treatmentCity: { name: "吕梁市" }, settlement: { mode: "local" } });
  });
});

describe("calc: contradictions and gaps get a clear answer", () => {
  const cases: { name: string; args: string[]; status: number; says: string }[] = [
    { name: "another city without --place asks which kind of visit", args: [...lvliang, "--treatment-city", "太原"], status: 2, says: "--place 临时外出" },
    { name: "--place local with another city", args: [...lvliang, "--place", "本地", "--treatment-city", "太原"], status: 2, says: "不是参保城市吕梁市" },
    { name: "a visit elsewhere in the insured city itself", args: [...lvliang, "--place", "临时外出", "--treatment-city", "吕梁"], status: 2, says: "就是参保城市" },
    { name: "--filed for a local visit", args: [...lvliang, "--filed"], status: 2, says: "只适用于异地就医" },
    { name: "--no-direct-settlement for a local visit", args: [...lvliang, "--no-direct-settlement"], status: 2, says: "--direct-settlement" },
    { name: "an unknown kind of place", args: [...lvliang, "--place", "月球"], status: 2, says: "异地长期居住" },
    { name: "an unknown city of treatment", args: [...lvliang, "--place", "临时外出", "--treatment-city", "火星市"], status: 2, says: "火星市" },
    { name: "Songyuan, whose source gives no rules for visits elsewhere", args: ["calc", "--city", "松原", "--type", "退休", "--level", "2", "--amount", "300", "--date", "2025-04-10", "--place", "临时外出"], status: 4, says: "缺少异地就医的规定" },
    { name: "--place with --input", args: ["calc", "--city", "吕梁", "--type", "退休", "--input", "-", "--place", "临时外出"], status: 2, says: "--place" },
  ];
  for (const c of cases) {
    it(`${c.name}: exit ${c.status}`, () => {
      const run = yibao(c.args, { input: "" });
      expect(run.stdout).toBe("");
      expect(run.status).toBe(c.status);
      expect(run.stderr).toContain(c.says);
      expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    });
  }
});

describe("a policy that takes the treatment city's deductible and ratios", () => {
  const files = ["fixtures/tongliao-test.json", "fixtures/tongliao-treatment-amounts.json"].flatMap((f) => ["--policy-file", fileURLToPath(new URL(f, import.meta.url))]);
  const tongliao = ["calc", "--city", "通辽", "--type", "退休", "--level", "2", "--amount", "800", "--date", "2025-05-01", "--place", "临时外出", "--filed", ...files];

  it("needs a policy for that city, and says how to supply it", () => {
    const run = yibao([...tongliao, "--treatment-city", "锦州"]);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain("没有锦州市的政策");
    expect(run.stderr).toContain("--policy-file");
  });

  it("needs the city of treatment", () => {
    const run = yibao([...tongliao, "--lang", "en"]);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain("no city of treatment was given");
    expect(run.stderr).toContain("--treatment-city");
  });

  it("cites the user's file for the reading", () => {
    const run = yibao([...tongliao, "--treatment-city", "鞍山", "--json"]);
    expect(run.status).toBe(0);
    const reason = JSON.parse(run.stdout).visits[0].reasons.find((r: { code: string }) => r.code === "AMOUNTS_TREATMENT_PLACE");
    expect(reason.source.policyFile).toMatch(/tongliao-treatment-amounts\.json$/);
  });
});

describe("a policy file that supplies the rules a city's source lacks for visits elsewhere", () => {
  const file = fileURLToPath(new URL("fixtures/songyuan-cross-region.json", import.meta.url));
  const songyuan = ["calc", "--city", "松原", "--type", "退休", "--level", "2", "--amount", "800", "--date", "2025-04-10", "--policy-file", file, "--json"];

  it("settles Songyuan visits elsewhere by the supplied rules, citing the user's file", () => {
    const resident = JSON.parse(yibao([...songyuan, "--place", "异地长期居住"]).stdout).visits[0];
    expect(resident).toMatchObject({ covered: true, deductible: "300.00", fundPaid: "300.00", settlement: { mode: "unstated" } });
    expect(resident.reasons.find((r: { code: string }) => r.code === "PLACE_COVERED").source.policyFile).toBe(file);
    const trip = JSON.parse(yibao([...songyuan, "--place", "临时外出"]).stdout).visits[0];
    expect(trip).toMatchObject({ covered: false, fundPaid: "0.00" });
  });

  it("is no longer listed as missing once supplied", () => {
    const run = yibao(["policy", "validate", file, "--json"]);
    expect(run.status).toBe(0);
    const list = JSON.parse(yibao(["policy", "list", "--json", "--policy-file", file]).stdout);
    expect(list.find((c: { id: string }) => c.id === "songyuan").versions[0].missing).not.toContain("crossRegion");
  });
});
