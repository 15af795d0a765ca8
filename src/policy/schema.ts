/**
 * The one schema every policy file follows, shipped or supplied by a user. Types come from it.
 * `policies/schema.json` is generated from it (`npm run schema`) for editors.
 */
import { z } from "zod";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isoDate = z
  .string()
  .regex(ISO_DATE, "expected a date as YYYY-MM-DD")
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

const yuan = z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, "yuan as a string with at most two decimals, e.g. \"300\" or \"12.50\"");
const ratio = z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, "a ratio between 0 and 1 as a string, e.g. \"0.55\"");

export const sourcedYuan = sourced(yuan);
export const sourcedRatio = sourced(ratio);

export const levelKey = z.enum(["1", "2", "3"]);
const byLevel = <T extends z.ZodType>(value: T) => z.object({ 1: value, 2: value, 3: value }).strict();
const byStatus = <T extends z.ZodType>(value: T) => z.object({ "in-service": value, retired: value }).strict();

const bilingual = z.object({ zh: text, en: text }).strict();

export const deductibleSchema = z
  .object({
    period: sourced(z.enum(["visit", "year"])).describe("按次 per visit, or 按年度 per calendar year."),
    accumulator: sourced(z.enum(["shared", "per-level"]))
      .optional()
      .describe("For yearly deductibles: one accumulator shared by all levels (累计补差), or one per level."),
    yearlyCeiling: sourcedYuan.optional().describe("Per-visit deductibles stop once this much has been paid in a year."),
    byLevel: byLevel(sourcedYuan),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.period.value === "year" && d.accumulator === undefined) {
      ctx.addIssue({ code: "custom", path: ["accumulator"], message: "a yearly deductible must say whether levels share one accumulator" });
    }
    if (d.period.value === "year" && d.yearlyCeiling !== undefined) {
      ctx.addIssue({ code: "custom", path: ["yearlyCeiling"], message: "a yearly ceiling only applies to per-visit deductibles" });
    }
  });

export const outpatientSchema = z
  .object({
    deductible: deductibleSchema,
    ratios: byLevel(byStatus(sourcedRatio)).describe("Fund ratio by level and status."),
    cap: z
      .object({
        basis: z.enum(["fund", "eligible"]).describe("What the cap limits: the fund's payment, or the eligible spending."),
        byStatus: byStatus(sourcedYuan),
      })
      .strict(),
  })
  .strict();

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

export const versionSchema = z
  .object({
    id: text.describe("Version id, unique within the city."),
    effectiveFrom: isoDate,
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
      .strict(),
    specialty: z
      .object({
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
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
      .strict(),
    outpatient: outpatientSchema.optional().describe("Deductible, ratios and cap; absent when no source gives them."),
    account: accountSchema.optional().describe("The personal account (个人账户); absent when no source gives it, and then list it under `missing`."),
    family: familySchema.optional().describe("Family mutual aid (家庭共济); absent when no source gives it, and then list it under `missing`."),
    crossRegion: crossRegionSchema
      .optional()
      .describe("Visits outside the insured city (异地就医); absent when no source gives the rules, and then list `crossRegion` under `missing`."),
    missing: z
      .array(
        z
          .object({
            field: z.enum(["deductible", "ratios", "cap", "pharmacy", "account", "family", "crossRegion"]),
            note: bilingual,
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
    if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "effectiveTo is before effectiveFrom" });
    }
    if (v.outpatient === undefined && v.missing.length === 0) {
      ctx.addIssue({ code: "custom", path: ["outpatient"], message: "give the outpatient parameters, or list them under `missing`" });
    }
    const missing = new Set(v.missing.map((m) => m.field));
    if (v.outpatient !== undefined && (missing.has("deductible") || missing.has("ratios") || missing.has("cap"))) {
      ctx.addIssue({ code: "custom", path: ["missing"], message: "`missing` cannot list outpatient parameters when `outpatient` is given" });
    }
    for (const part of ["account", "family", "crossRegion"] as const) {
      if (v[part] === undefined && !missing.has(part)) {
        ctx.addIssue({ code: "custom", path: [part], message: `give the ${part} rules, or list \`${part}\` under \`missing\`` });
      }
      if (v[part] !== undefined && missing.has(part)) {
        ctx.addIssue({ code: "custom", path: ["missing"], message: `\`missing\` cannot list ${part} when it is given` });
      }
    }
    if (v.pharmacy === undefined && !missing.has("pharmacy")) {
      ctx.addIssue({ code: "custom", path: ["pharmacy"], message: "give the pharmacy rule, or list `pharmacy` under `missing`" });
    }
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
export function versionSequenceIssues(versions: readonly { effectiveFrom: string; effectiveTo?: string | undefined }[]) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (let i = 1; i < versions.length; i++) {
    const previous = versions[i - 1];
    const current = versions[i];
    if (previous === undefined || current === undefined) continue;
    if (previous.effectiveTo === undefined) {
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
