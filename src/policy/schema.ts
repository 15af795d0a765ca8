/**
 * The one schema every policy file follows, shipped or supplied by a user. Types come from it.
 * `policies/schema.json` is generated from it (`npm run schema`) for editors.
 */
import { z } from "zod";
import { parseYuan } from "../core/money.js";
import { versionIssues } from "./categories.js";
import type { TableNode } from "./table-node.js";

export type { TableNode };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isoDate = z
  .string()
  // A value not written YYYY-MM-DD is not read as a date at all (abort): Date would throw on it.
  .regex(ISO_DATE, { message: "expected a date as YYYY-MM-DD", abort: true })
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, "not a real calendar date");

const text = z.string().min(1);

/** Where a value comes from: a source of this file and the phrase quoted from it. */
export const sourceRef = z
  .object({
    ref: text.describe("Key of an entry in this file's `sources`."),
    quote: z.string().min(2).describe("The phrase the value comes from, quoted exactly as the source has it."),
  })
  .strict();

const interpretationId = z
  .string()
  .regex(/^I\d+$/, "interpretation ids look like I1, I2, …")
  .describe("Id of an entry in this file's `interpretations`: the value rests on that reading.");

const sourced = <T extends z.ZodType>(value: T) =>
  z
    .object({ value, source: sourceRef.optional(), interpretation: interpretationId.optional() })
    .strict()
    .refine((v) => v.source !== undefined || v.interpretation !== undefined, {
      message: "a value needs a source, an interpretation id, or both",
    });

/** Yuan as a string, at most two decimals and at most 100,000,000 (the most yibao settles). */
const yuan = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "yuan as a string with at most two decimals, e.g. \"300\" or \"12.50\"")
  .refine((s) => parseYuan(s) !== undefined, "at most 100000000 yuan");
const ratio = z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, "a ratio between 0 and 1 as a string, e.g. \"0.55\"");

export const sourcedYuan = sourced(yuan);
export const sourcedRatio = sourced(ratio);

export const levelKey = z.enum(["1", "2", "3"]);
const byLevel = <T extends z.ZodType>(value: T) => z.object({ 1: value, 2: value, 3: value }).strict();
const byStatus = <T extends z.ZodType>(value: T) => z.object({ "in-service": value, retired: value }).strict();

const bilingual = z.object({ zh: text, en: text }).strict();

const BRANCHES = ["value", "byCategory", "byStatus", "byAge"] as const;

function tableOf(kind: "yuan" | "ratio"): z.ZodType<TableNode> {
  const node: z.ZodType<TableNode> = z.lazy((): z.ZodType<TableNode> =>
    z
      .object({
        value: (kind === "yuan" ? yuan : ratio).optional().describe(kind === "yuan" ? "The amount in yuan, e.g. \"300\"." : "The ratio, e.g. \"0.60\"."),
        share: (kind === "ratio" ? z.enum(["fund", "self"]) : z.never())
          .optional()
          .describe(
            kind === "ratio" ? "\"self\" when the source publishes the person's share (自付比例 8%): the fund pays the rest. Default \"fund\" (支付比例)." : "Ratios only.",
          ),
        source: sourceRef.optional().describe("Where the value comes from."),
        interpretation: interpretationId.optional(),
        from: z.int().min(0).max(150).optional().describe("In a `byAge` list: the first age of this band, in whole years on the visit date (absent: from birth)."),
        below: z.int().min(1).max(150).optional().describe("In a `byAge` list: the first age past this band (absent: no upper end)."),
        byCategory: z.record(z.string().min(1), node).optional().describe("One entry per facility category id (or level \"1\", \"2\", \"3\")."),
        byStatus: z
          .object({ "in-service": node.optional(), retired: node.optional() })
          .strict()
          .optional()
          .describe("In service (在职) and retired (退休)."),
        byAge: z.array(node).min(1).optional().describe("Bands of the person's age on the visit date, in order, each with `from` and/or `below`, together covering every age."),
      })
      .strict()
      .superRefine((n, ctx) => {
        const given = BRANCHES.filter((b) => n[b] !== undefined);
        if (given.length !== 1) {
          ctx.addIssue({ code: "custom", message: `give exactly one of ${BRANCHES.join(", ")}${given.length > 1 ? ` (found ${given.join(", ")})` : ""}` });
          return;
        }
        if (n.value !== undefined && n.source === undefined && n.interpretation === undefined) {
          ctx.addIssue({ code: "custom", path: ["source"], message: "a value needs a source, an interpretation id, or both" });
        }
        if (n.value === undefined && (n.source !== undefined || n.share !== undefined)) {
          ctx.addIssue({ code: "custom", message: "`source` and `share` belong beside a `value`" });
        }
        if (n.byAge !== undefined) {
          let next = 0;
          n.byAge.forEach((band, i) => {
            const from = band.from ?? 0;
            if (from !== next) ctx.addIssue({ code: "custom", path: ["byAge", i, "from"], message: `bands must follow each other: this one should start at ${next}` });
            if (band.below !== undefined && band.below <= from) ctx.addIssue({ code: "custom", path: ["byAge", i, "below"], message: "`below` must be above `from`" });
            if (band.below === undefined && i < (n.byAge?.length ?? 0) - 1) {
              ctx.addIssue({ code: "custom", path: ["byAge", i, "below"], message: "only the last band may be open-ended" });
            }
            next = band.below ?? 151;
          });
          if (next !== 151) ctx.addIssue({ code: "custom", path: ["byAge"], message: "the last band must be open-ended (leave out its `below`)" });
        }
      }),
  );
  return node;
}

export const yuanTable = tableOf("yuan");
export const ratioTable = tableOf("ratio");

export const deductibleSchema = z
  .object({
    period: sourced(z.enum(["visit", "day", "month", "year"])).describe("按次 per visit, 按日 per day, 按月 per month, or 按年度 per calendar year."),
    accumulator: sourced(z.enum(["shared", "per-level"]))
      .optional()
      .describe("For daily, monthly and yearly deductibles: one accumulator shared by all categories (a higher one tops up the difference, 累计补差), or one per category."),
    yearlyCeiling: sourcedYuan
      .optional()
      .describe("The most deductible paid in a year, whatever the period (宝鸡 50 a month, at most 200 a year; 长沙 per level, at most 300 a year)."),
    byLevel: byLevel(sourcedYuan).optional().describe("The amount for levels 1, 2 and 3 (the short form; `amount` takes any table)."),
    amount: yuanTable.optional().describe("The amount, by category, status and age as the city publishes it."),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.byLevel === undefined) === (d.amount === undefined)) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "give the amount either as `byLevel` or as `amount`, not both or neither" });
    }
    if (d.period.value !== "visit" && d.accumulator === undefined) {
      ctx.addIssue({ code: "custom", path: ["accumulator"], message: "a daily, monthly or yearly deductible must say whether categories share one accumulator" });
    }
    if (d.period.value === "year" && d.yearlyCeiling !== undefined && d.accumulator?.value !== "per-level") {
      ctx.addIssue({ code: "custom", path: ["yearlyCeiling"], message: "a yearly deductible shared by the categories needs no yearly ceiling; it applies to per-visit, daily, monthly or per-category deductibles" });
    }
  });

const conditionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens, e.g. family-doctor").describe("What a visit names it by (`--condition family-doctor`)."),
    name: bilingual.describe("The condition as the city words it, e.g. 签约家庭医生."),
    aliases: z.array(text).default([]).describe("Other names accepted for it."),
    addPoints: sourcedRatio.optional().describe("Added to the fund's ratio when the condition holds, e.g. \"0.10\" for ten points (capped at 100%)."),
    ratio: ratioTable.optional().describe("A ratio table of its own that replaces the ordinary one when the condition holds."),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.addPoints === undefined) === (c.ratio === undefined)) {
      ctx.addIssue({ code: "custom", path: ["addPoints"], message: "a condition either adds points (`addPoints`) or has its own table (`ratio`)" });
    }
  });

export const capSchema = z
  .object({
    basis: z.enum(["fund", "eligible"]).describe("What the cap limits: the fund's payment, or the eligible spending (镇江: the eligible part above 10000 is not paid)."),
    byStatus: byStatus(sourcedYuan).optional().describe("The cap for in-service and retired (the short form; `amount` takes any table)."),
    amount: yuanTable.optional().describe("The cap, by category, status and age as the city publishes it."),
    none: sourced(z.literal(true)).optional().describe("The city sets no annual cap (北京 since 2023)."),
    sharedWith: z
      .object({ name: bilingual.describe("The scheme whose cap this one is part of, e.g. 住院统筹."), source: sourceRef, interpretation: interpretationId.optional() })
      .strict()
      .optional()
      .describe("The cap is shared with a scheme yibao does not model (乌海: inside the inpatient cap): results warn that less may be left."),
    secondTier: z
      .object({
        ratio: ratioTable.describe("What the second tier pays of the eligible spending the first cap leaves unpaid."),
        amount: yuanTable.describe("The second tier's own cap (on its payments, or on the spending it takes, as `basis` says)."),
      })
      .strict()
      .optional()
      .describe("A second tier above the cap with its own ratio and cap (滕州 大额 up to 1000 more)."),
  })
  .strict()
  .superRefine((c, ctx) => {
    const forms = [c.byStatus, c.amount, c.none].filter((f) => f !== undefined).length;
    if (forms !== 1) ctx.addIssue({ code: "custom", path: ["amount"], message: "give exactly one of `byStatus`, `amount` or `none`" });
    if (c.none !== undefined && c.secondTier !== undefined) ctx.addIssue({ code: "custom", path: ["secondTier"], message: "a second tier needs a first cap" });
  });

export const outpatientSchema = z
  .object({
    deductible: deductibleSchema.optional().describe("The deductible (起付标准); absent when no source gives it, and then list `deductible` under `missing`."),
    ratios: byLevel(byStatus(sourcedRatio)).optional().describe("Fund ratio by level and status (the short form; `ratio` takes any table)."),
    ratio: ratioTable.optional().describe("The fund's ratio (支付比例), by category, status and age as the city publishes it."),
    ratioBands: z
      .array(z.object({ from: sourcedYuan.describe("Where the band starts: the year's eligible spending so far (政策范围内起付线以上的累计费用)."), ratio: ratioTable }).strict())
      .optional()
      .describe("Ratios that change with the year's eligible spending (天津: above 5500, 55%): each band's table applies above its `from`, the ordinary one below the first."),
    conditions: z.array(conditionSchema).optional().describe("Conditions of a visit the city names that raise the ratio (沈阳: a signed family doctor)."),
    cap: capSchema.optional().describe("The annual cap (年度最高支付限额); absent when no source gives it, and then list `cap` under `missing`."),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.ratios !== undefined && o.ratio !== undefined) ctx.addIssue({ code: "custom", path: ["ratio"], message: "give the ratios either as `ratios` or as `ratio`, not both" });
    o.ratioBands?.forEach((band, i) => {
      const previous = i === 0 ? undefined : o.ratioBands?.[i - 1];
      const value = parseYuan(band.from.value);
      const before = previous === undefined ? undefined : parseYuan(previous.from.value);
      if (value !== undefined && (value === 0 || (before !== undefined && value <= before))) {
        ctx.addIssue({ code: "custom", path: ["ratioBands", i, "from"], message: "bands start above 0, in increasing order" });
      }
    });
    const ids = new Set<string>();
    o.conditions?.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["conditions", i, "id"], message: `duplicate condition id ${c.id}` });
      ids.add(c.id);
    });
  });

/** Who a relative is to the account holder (被授权人是授权人的…). */
export const relationSchema = z.enum([
  "spouse",
  "parent",
  "child",
  "sibling",
  "grandparent",
  "maternal-grandparent",
  "grandchild",
  "maternal-grandchild",
  "parent-in-law",
  "child-in-law",
]);

/** 职工医保 employee insurance, 居民医保 resident insurance. */
export const schemeSchema = z.enum(["employee", "resident"]);

/** What family money may pay for. */
export const familyUseSchema = z.enum([
  "medical",
  "pharmacy",
  "internet-hospital",
  "resident-contribution",
  "large-amount-contribution",
  "long-term-care-contribution",
  "supplementary-insurance",
]);

/** Where the authorizer is insured, seen from the relative: 同一统筹区, 省内其他城市, 外省. */
export const placeClassSchema = z.enum(["same-city", "same-province", "other-province"]);

const placeRuleSchema = z
  .object({
    allowed: z.boolean(),
    allOrNothing: z
      .boolean()
      .default(false)
      .describe("The authorizer's balance must cover the whole amount due, or nothing is paid (余额必须足够支付)."),
    memberSchemes: z.array(schemeSchema).min(1).optional().describe("Schemes the relative must be in for this place, when narrower."),
    walletOpen: z
      .object({ value: z.literal(true), source: sourceRef, interpretation: interpretationId.optional() })
      .strict()
      .optional()
      .describe("Allowed only where both places have opened 医保钱包 (the person says so: --family-wallet-open); refused when unstated."),
    source: sourceRef,
    interpretation: interpretationId.optional(),
  })
  .strict();

export const familySchema = z
  .object({
    scope: sourced(z.literal("province"))
      .optional()
      .describe("Set when these are the province's rules and hold for an authorizer anywhere in it (山西全省统一); absent: the city's own."),
    relations: sourced(z.array(relationSchema).min(1)).describe("Who the relative may be to the account holder."),
    memberSchemes: sourced(z.array(schemeSchema).min(1)).describe("The insurance the relative must be in."),
    reserve: sourcedYuan.optional().describe("Only the balance above this may be shared (山西 1000 元)."),
    limit: sourced(z.enum(["per-payment", "total"])).describe(
      "What the limit an authorizer sets means: per payment (支付额度/次), or a total for that relative (共济额度).",
    ),
    ownAccountFirst: sourced(z.literal(true)).describe("The relative's own account pays before family money."),
    places: z
      .object({ "same-city": placeRuleSchema.optional(), "same-province": placeRuleSchema.optional(), "other-province": placeRuleSchema.optional() })
      .strict()
      .default({})
      .describe("Whether aid is allowed by where the authorizer is insured; absent where no source says."),
    treatment: sourced(z.literal("province"))
      .optional()
      .describe("Family money may pay only for treatment inside the authorizer's province (仅限本省内使用)."),
    designatedOnly: sourced(z.literal(true))
      .optional()
      .describe("Family money may pay only at designated facilities and pharmacies (在医保定点医药机构使用共济资金)."),
    uses: z.array(z.object({ use: familyUseSchema, source: sourceRef, interpretation: interpretationId.optional() }).strict()).min(1),
  })
  .strict();

export const memberKindSchema = z.enum(["in-service", "retired", "flexible"]);
/** 统账结合 pooling with a personal account, 单建统筹 pooling only. */
export const planSchema = z.enum(["combined", "pooling-only"]);

const creditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none"), source: sourceRef, interpretation: interpretationId.optional() }).strict(),
  z
    .object({
      kind: z.literal("base-share"),
      share: sourcedRatio.describe("Share of the base credited each month."),
      base: bilingual.describe("What the share is taken of, e.g. 本人参保缴费基数."),
      baseGiven: z.boolean().describe("Whether the source gives the base itself; when not, the person must supply it."),
    })
    .strict(),
  z.object({ kind: z.literal("fixed-monthly"), monthly: sourcedYuan }).strict(),
  z.object({ kind: z.literal("not-given"), note: bilingual, source: sourceRef }).strict(),
]);

export const accountSchema = z
  .object({
    credits: z
      .array(
        z
          .object({
            members: z.array(memberKindSchema).min(1),
            plans: z.array(planSchema).min(1),
            credit: creditSchema,
            pooling: z
              .object({ value: z.literal(true), source: sourceRef })
              .strict()
              .optional()
              .describe("The source says these members still get outpatient pooling."),
          })
          .strict(),
      )
      .describe("How much goes into the personal account each month, by kind of member and plan."),
    inPolicyOnly: sourced(z.literal(true)).describe("Account and family money pay only the in-policy self-paid part."),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.credits.forEach((c, i) => {
      for (const m of c.members)
        for (const p of c.plans) {
          if (seen.has(`${m}/${p}`)) ctx.addIssue({ code: "custom", path: ["credits", i], message: `${m} with plan ${p} is listed twice` });
          seen.add(`${m}/${p}`);
        }
    });
  });

/** Where a visit takes place, seen from the insured city: 本地, 异地长期居住, 临时外出. */
export const placeSchema = z.enum(["local", "resident-elsewhere", "temporary-elsewhere"]);

const levelNumber = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const elsewhereRuleSchema = z
  .object({
    covered: z.boolean().describe("Whether general outpatient costs of this kind of visit are paid at all."),
    source: sourceRef,
    interpretation: interpretationId.optional(),
    designatedOnly: sourced(z.literal(true))
      .optional()
      .describe("Only designated facilities there are paid, with no emergency exception (异地非定点医药机构 不予支付)."),
  })
  .strict();

export const crossRegionSchema = z
  .object({
    places: z
      .object({ "resident-elsewhere": elsewhereRuleSchema, "temporary-elsewhere": elsewhereRuleSchema })
      .strict()
      .describe("异地长期居住 (long-term residents elsewhere, retirees settled elsewhere, staff posted elsewhere) and 临时外出 (temporary trips, referrals)."),
    amounts: sourced(z.enum(["insured", "treatment"])).describe(
      "Whose deductible and ratios apply to a visit elsewhere: the insured city's (national rule) or the treatment city's. The cap and the year's accumulators are always the insured city's.",
    ),
    settlement: z
      .object({
        direct: sourced(z.literal(true)).describe("Visits elsewhere can settle directly at the facility (直接结算)."),
        minLevel: sourced(levelNumber).optional().describe("Direct settlement only at this facility level or higher."),
        filing: sourced(z.literal(true)).optional().describe("Direct settlement needs filing (备案) first."),
        facilityOpen: sourced(z.literal(true))
          .optional()
          .describe("Direct settlement only at facilities open for cross-region outpatient direct settlement."),
        byHand: sourced(z.union([z.literal(true), z.literal("system-failure")]))
          .optional()
          .describe(
            "Otherwise the person pays and is reimbursed by hand back home (回参保地手工报销): true whenever direct settlement is not possible, \"system-failure\" only when it fails for system reasons (因系统原因); absent when no source gives a route.",
          ),
      })
      .strict()
      .optional()
      .describe("When a visit elsewhere settles directly; absent when no source says."),
  })
  .strict();

export const levelAliasSchema = z
  .object({
    name: text.describe("What people call the level here, e.g. 三类及以下."),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    source: sourceRef.optional(),
    interpretation: interpretationId.optional(),
  })
  .strict();

export const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and hyphens, e.g. community").describe("The id tables key this category by."),
    name: bilingual.describe("What the city calls it, e.g. 社区卫生服务机构."),
    aliases: z.array(text).default([]).describe("Other names a person may type for it, e.g. 社区."),
    levels: z
      .array(levelNumber)
      .min(1)
      .optional()
      .describe("The common grades (一级, 二级, 三级) that fall in this category; leave out in every category when those words do not apply here (then `--level 二级` is refused)."),
    source: sourceRef.optional(),
    interpretation: interpretationId.optional(),
  })
  .strict();

/** The cells of a table a `missing` entry may name. */
const missingField = z.enum(["deductible", "ratios", "cap", "pharmacy", "account", "family", "crossRegion", "designation"]);

export const versionSchema = z
  .object({
    id: text.describe("Version id, unique within the city."),
    effectiveFrom: isoDate
      .optional()
      .describe("First day in force; absent when no source gives it (then the version holds for every date up to `effectiveTo`, with a warning). Only the first version may leave it out."),
    effectiveTo: isoDate.optional().describe("Last day in force; absent while the version is current."),
    confirmedThrough: isoDate.optional().describe("Last day the source confirms the values for."),
    source: sourceRef.describe("The source that establishes this version."),
    levels: z
      .object({
        names: byLevel(bilingual).describe("How this city names levels 1, 2 and 3."),
        aliases: z.array(levelAliasSchema).default([]).describe("Other names accepted for a level."),
        numbersInterpretation: interpretationId
          .optional()
          .describe("Set when the plain numbers 1, 2, 3 are themselves a reading (Shanxi fee classes)."),
      })
      .strict()
      .optional()
      .describe("Facilities graded 一级, 二级, 三级 as levels 1, 2 and 3 (the short form; `categories` takes any list)."),
    categories: z
      .array(categorySchema)
      .min(1)
      .max(12)
      .optional()
      .describe("The facility categories the city defines, in order from the lowest (社区, 医院; 二级及以下, 三级; …). Tables key them by `id`."),
    specialty: z
      .object({
        level: z.int().min(1).max(12).describe("The level (or the place of the category in `categories`, from 1) they are settled as."),
        source: sourceRef,
        interpretation: interpretationId.optional(),
      })
      .strict()
      .optional()
      .describe("Specialty facilities settled as this level whatever their grade."),
    pharmacy: z
      .object({
        covered: z.boolean(),
        requiresPrescription: z.boolean().describe("Only drugs on a designated facility's external prescription (外配处方)."),
        source: sourceRef,
        interpretation: interpretationId.optional(),
      })
      .strict()
      .optional()
      .describe("Pharmacy visits (定点零售药店); absent when no source says, and then list it under `missing`."),
    designation: z
      .object({
        required: z.boolean().describe("Only designated (定点) facilities are covered."),
        emergencyException: z.boolean().describe("Emergency rescue (急诊抢救) at a non-designated facility is covered."),
        source: sourceRef,
        interpretation: interpretationId
          .optional()
          .describe("The reading the emergency rule rests on, where the source gives no exception and says nothing of emergencies."),
      })
      .strict()
      .optional()
      .describe("Whether only designated facilities are paid; absent when no source says, and then list `designation` under `missing`."),
    outpatient: outpatientSchema.optional().describe("Deductible, ratios and cap; absent when no source gives any of them."),
    account: accountSchema.optional().describe("The personal account (个人账户); absent when no source gives it, and then list it under `missing`."),
    family: familySchema.optional().describe("Family mutual aid (家庭共济); absent when no source gives it, and then list it under `missing`."),
    crossRegion: crossRegionSchema
      .optional()
      .describe("Visits outside the insured city (异地就医); absent when no source gives the rules, and then list `crossRegion` under `missing`."),
    missing: z
      .array(
        z
          .object({
            field: missingField.describe("The part no source gives."),
            category: z.string().min(1).optional().describe("For a table: the category id of the cell that is missing (absent: every category)."),
            status: z.enum(["in-service", "retired"]).optional().describe("For a table: the status of the cell that is missing (absent: both)."),
            note: bilingual.describe("Why it is missing, e.g. 来源未公布退休人员在三级医院的比例."),
            source: sourceRef.optional(),
          })
          .strict(),
      )
      .default([])
      .describe("What no source gives, and why."),
    exclusions: z
      .array(z.object({ zh: text, en: text, source: sourceRef }).strict())
      .default([])
      .describe("Costs the fund does not pay, with their citation."),
    notes: z.array(z.object({ zh: text, en: text, source: sourceRef.optional() }).strict()).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.effectiveTo !== undefined && v.effectiveFrom !== undefined && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "effectiveTo is before effectiveFrom" });
    }
    for (const issue of versionIssues(v)) ctx.addIssue({ code: "custom", ...issue });
  });

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Versions in date order, each ending the day before the next begins: no overlap, no gap, and only
 * the last one open-ended.
 */
export function versionSequenceIssues(versions: readonly { effectiveFrom?: string | undefined; effectiveTo?: string | undefined }[]) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const first = versions[0];
  if (first !== undefined && first.effectiveFrom === undefined && first.effectiveTo === undefined && versions.length > 1) {
    issues.push({ path: ["versions", 0, "effectiveTo"], message: "only the last version may be open-ended; give effectiveTo" });
  }
  for (let i = 1; i < versions.length; i++) {
    const previous = versions[i - 1];
    const current = versions[i];
    if (previous === undefined || current === undefined) continue;
    if (current.effectiveFrom === undefined) {
      issues.push({ path: ["versions", i, "effectiveFrom"], message: "only the first version may leave out effectiveFrom" });
    } else if (previous.effectiveTo === undefined) {
      issues.push({ path: ["versions", i - 1, "effectiveTo"], message: "only the last version may be open-ended; give effectiveTo" });
    } else if (current.effectiveFrom !== dayAfter(previous.effectiveTo)) {
      const kind = current.effectiveFrom <= previous.effectiveTo ? "overlaps" : "leaves a gap after";
      issues.push({
        path: ["versions", i, "effectiveFrom"],
        message: `${kind} the previous version (which ends ${previous.effectiveTo}); start on ${dayAfter(previous.effectiveTo)}`,
      });
    }
  }
  return issues;
}

/**
 * Source refs and interpretation ids that do not resolve inside the file. Works on unchecked data
 * too, so a file with other problems still hears about these.
 */
export function referenceIssues(data: unknown): { path: (string | number)[]; message: string }[] {
  if (data === null || typeof data !== "object") return [];
  const record = data as Record<string, unknown>;
  const table = (name: string) => {
    const value = record[name];
    return value !== null && typeof value === "object" ? value : {};
  };
  const sources = table("sources");
  const interpretations = table("interpretations");
  const issues: { path: (string | number)[]; message: string }[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, [...path, i]));
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "ref" && typeof value === "string" && !Object.hasOwn(sources, value)) {
        issues.push({ path: [...path, key], message: `unknown source "${value}"; add it under \`sources\`` });
      }
      if ((key === "interpretation" || key === "numbersInterpretation") && typeof value === "string" && !Object.hasOwn(interpretations, value)) {
        issues.push({ path: [...path, key], message: `unknown interpretation "${value}"; add it under \`interpretations\`` });
      }
      walk(value, [...path, key]);
    }
  };
  walk(record.versions, ["versions"]);
  return issues;
}

/** One document values are quoted from. */
export const sourceEntrySchema = z
  .object({
    title: text.describe("The document's title, as people know it."),
    file: text.optional().describe("The document's text, relative to the policy file (shipped sources are kept in policies/sources/)."),
    url: text.optional(),
    published: isoDate.optional(),
    policyFile: text
      .optional()
      .describe("Set by yibao when it loads a user's policy file: the path of the file the source came from. Anything written here is replaced."),
  })
  .strict();

export const policySchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens, e.g. anshan"),
    name: z.object({ zh: text, short: text, pinyin: text }).strict().describe("鞍山市, 鞍山, Anshan."),
    province: z.object({ zh: text, en: text, code: z.string().regex(/^\d{6}$/) }).strict(),
    adminCode: z.string().regex(/^\d{6}$/, "six-digit GB/T 2260 code").describe("GB/T 2260 administrative code."),
    appliesTo: z
      .array(
        z
          .object({
            code: z.string().regex(/^\d{6}$/, "six-digit GB/T 2260 code").describe("The city's administrative code."),
            zh: text.describe("Its full name, e.g. 太原市."),
            short: text.describe("Its short name, e.g. 太原."),
            pinyin: text.optional(),
          })
          .strict(),
      )
      .optional()
      .describe("For rules that hold in several cities (山西, 江西 province-wide): the cities, so that `--city 太原` finds this file."),
    scheme: z.literal("employee-general-outpatient").describe("职工医保普通门诊统筹."),
    sources: z.record(z.string().min(1), sourceEntrySchema).describe("The documents values are quoted from."),
    interpretations: z.record(interpretationId, bilingual).default({}).describe("Readings chosen where sources are silent."),
    versions: z.array(versionSchema).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.versions.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: "custom", path: ["versions", i, "id"], message: `duplicate version id ${v.id}` });
      seen.add(v.id);
    });
    for (const issue of referenceIssues(p)) ctx.addIssue({ code: "custom", ...issue });
    for (const issue of versionSequenceIssues(p.versions)) ctx.addIssue({ code: "custom", ...issue });
  });

export type Policy = z.infer<typeof policySchema>;
export type PolicyVersion = z.infer<typeof versionSchema>;
export type SourceRef = z.infer<typeof sourceRef>;
export type FamilyPolicy = z.infer<typeof familySchema>;
export type AccountPolicy = z.infer<typeof accountSchema>;
export type CrossRegionPolicy = z.infer<typeof crossRegionSchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/**
 * A user's file that adds to or overrides a city already loaded (`"extends": "通辽"`). Only its own
 * shape is checked here; the merged policy is then checked by `policySchema` (see `extend.ts`).
 */
export const extensionSchema = z
  .object({
    $schema: z.string().optional(),
    extends: text.describe("The city this file adds to: any name yibao accepts for it (tongliao, 通辽, 通辽市, 150500). It must be shipped or loaded earlier."),
    sources: z
      .record(z.string().min(1), sourceEntrySchema)
      .optional()
      .describe("Sources this file quotes, added to the city's; a key the city already has is an error."),
    interpretations: z
      .record(interpretationId, bilingual)
      .optional()
      .describe("Readings this file relies on, added to the city's; an id the city already has is an error."),
    versions: z
      .array(
        z
          .object({ id: text.describe("A version id of the city, to add to or override that version; a new id adds a complete version.") })
          .catchall(z.unknown())
          .describe(
            "Values merged into the version with the same id: objects key by key, arrays replaced, and an object with `value` or `source` replaced whole.",
          ),
      )
      .default([]),
  })
  .strict();

export type PolicyExtension = z.infer<typeof extensionSchema>;
export type FamilyUse = z.infer<typeof familyUseSchema>;
