/**
 * The one schema every policy file follows, shipped or supplied by a user. Types come from it.
 * `policies/schema.json` is generated from it (`npm run schema`) for editors.
 */
import { z } from "zod";
import { MAX_FEN, formatYuan, parseYuan } from "../core/money.js";
import { readVersion, versionIssues } from "./categories.js";
import { type Path, type RuleIssue, isRecord, ruleCheck, ruleIssue, ruleMessage } from "./rules.js";
import type { TableNode } from "./table-node.js";

export type { TableNode };

/**
 * The checks across fields run even where other parts of the same object are wrong (zod would skip
 * them), so that a file's every problem is reported at once. They read the data defensively: it may
 * not follow the schema.
 */
const EVEN_WITH_OTHER_PROBLEMS = { when: (payload: { readonly value: unknown }) => isRecord(payload.value) };

/** Reports the problems a check found, each at its path below the object checked. */
const report = (ctx: Pick<z.core.$RefinementCtx, "addIssue">, issues: readonly RuleIssue[]) => {
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Whether a value is a date as YYYY-MM-DD that the calendar has. */
const isRealDate = (s: unknown): s is string => typeof s === "string" && ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
export const isoDate = z
  .string()
  .regex(ISO_DATE, ruleMessage("dateFormat"))
  // Only a date of the right form can be checked against the calendar (its form is reported otherwise).
  .refine((s) => !ISO_DATE.test(s) || isRealDate(s), ruleCheck("notRealDate"));

const text = z.string().min(1);

/** Where a value comes from: a source of this file and the phrase quoted from it. */
export const sourceRef = z
  .object({
    ref: text.describe("Key of an entry in this file's `sources`."),
    quote: z.string().min(2).describe("The phrase the value comes from, quoted exactly as the source has it."),
  })
  .strict()
  .describe("Where the value comes from (出处): a source of this file and the phrase quoted from it.");

const interpretationId = z
  .string()
  .regex(/^I\d+$/, ruleMessage("interpretationId"))
  .describe("Id of an entry in this file's `interpretations`: the value rests on that reading.");

/** A value with its source, its interpretation, or both; `value` says in its description what it holds. */
const sourced = <T extends z.ZodType>(value: T) =>
  z
    .object({ value, source: sourceRef.optional(), interpretation: interpretationId.optional() })
    .strict()
    .refine((v) => v.source !== undefined || v.interpretation !== undefined, { ...ruleCheck("valueNeedsSource"), ...EVEN_WITH_OTHER_PROBLEMS });

/** Yuan as a string, at most two decimals and at most 100,000,000 (the most yibao settles). */
const YUAN = /^\d{1,9}(\.\d{1,2})?$/;
const MAX_YUAN = formatYuan(MAX_FEN).replace(/\.00$/, "");
const yuan = z
  .string()
  .regex(YUAN, ruleMessage("yuanString"))
  // Only an amount of the right form is measured (its form is reported otherwise).
  .superRefine((s, ctx) => {
    if (YUAN.test(s) && parseYuan(s) === undefined) report(ctx, [ruleIssue([], "yuanTooLarge", { max: MAX_YUAN })]);
  })
  .describe(`An amount in yuan (元) as a string, at most two decimals and at most ${MAX_YUAN}, e.g. "300" or "12.50".`);
const ratio = z
  .string()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, ruleMessage("ratioString"))
  .describe('A ratio (比例) between 0 and 1 as a string, at most four decimals, e.g. "0.55" for 55%.');
/** A fact the source states, as `true`. */
const yes = z.literal(true).describe("true: the source says so.");

export const sourcedYuan = sourced(yuan);
export const sourcedRatio = sourced(ratio);

export const levelKey = z.enum(["1", "2", "3"]);
const byLevel = <T extends z.ZodType>(value: T) =>
  z.object({ 1: value.describe("Level 1 (一级, or the city's first level)."), 2: value.describe("Level 2 (二级)."), 3: value.describe("Level 3 (三级).") }).strict();
const byStatus = <T extends z.ZodType>(value: T) => z.object({ "in-service": value.describe("In service (在职)."), retired: value.describe("Retired (退休).") }).strict();

const bilingual = z.object({ zh: text.describe("In Chinese (中文)."), en: text.describe("In English.") }).strict();

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
          .object({ "in-service": node.optional().describe("In service (在职)."), retired: node.optional().describe("Retired (退休).") })
          .strict()
          .optional()
          .describe("In service (在职) and retired (退休)."),
        byAge: z.array(node).min(1).optional().describe("Bands of the person's age on the visit date, in order, each with `from` and/or `below`, together covering every age."),
      })
      .strict()
      .superRefine((n, ctx) => report(ctx, tableNodeIssues(n)), EVEN_WITH_OTHER_PROBLEMS),
  );
  return node;
}

/** An age in whole years as a band of `byAge` may give it; null for anything else. */
const age = (value: unknown, min: number): number | undefined | null =>
  value === undefined ? undefined : typeof value === "number" && Number.isInteger(value) && value >= min && value <= 150 ? value : null;

/** The checks of one node of a table: one branch, a value with its source, age bands covering every age. */
function tableNodeIssues(n: Readonly<Record<string, unknown>>): RuleIssue[] {
  const given = BRANCHES.filter((b) => n[b] !== undefined);
  if (given.length !== 1) return [ruleIssue([], "oneBranch", { branches: [...BRANCHES], found: given })];
  const issues: RuleIssue[] = [];
  if (n.value !== undefined && n.source === undefined && n.interpretation === undefined) issues.push(ruleIssue(["source"], "valueNeedsSource", {}));
  if (n.value === undefined && (n.source !== undefined || n.share !== undefined)) issues.push(ruleIssue([], "besideValue", {}));
  if (!Array.isArray(n.byAge)) return issues;
  const bands = n.byAge.map((band: unknown) => (isRecord(band) ? { from: age(band.from, 0), below: age(band.below, 1) } : null));
  // Bands whose ages cannot be read are reported where they are; their order cannot be checked.
  if (bands.some((b) => b === null || b.from === null || b.below === null)) return issues;
  // Where the next band must start; undefined after an open band that is not the last (reported there).
  let next: number | undefined = 0;
  bands.forEach((band, i) => {
    const from = band?.from ?? 0;
    const below = band?.below ?? undefined;
    if (next !== undefined && from !== next) issues.push(ruleIssue(["byAge", i, "from"], "ageBandStart", { start: next }));
    if (below !== undefined && below <= from) issues.push(ruleIssue(["byAge", i, "below"], "ageBandBelow", {}));
    const last = i === bands.length - 1;
    if (below === undefined && !last) issues.push(ruleIssue(["byAge", i, "below"], "ageBandOpenNotLast", {}));
    next = below ?? (last ? 151 : undefined);
  });
  if (next !== 151) issues.push(ruleIssue(["byAge"], "ageBandLastOpen", {}));
  return issues;
}

export const yuanTable = tableOf("yuan");
export const ratioTable = tableOf("ratio");

export const deductibleSchema = z
  .object({
    period: sourced(z.enum(["visit", "day", "month", "year"]).describe('"visit", "day", "month" or "year".')).describe("按次 per visit, 按日 per day, 按月 per month, or 按年度 per calendar year."),
    accumulator: sourced(z.enum(["shared", "per-level"]).describe('"shared" (one for all categories) or "per-level" (one per category).'))
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
    const issues: RuleIssue[] = [];
    if ((d.byLevel === undefined) === (d.amount === undefined)) issues.push(ruleIssue(["amount"], "deductibleForm", {}));
    const period: unknown = isRecord(d.period) ? d.period.value : undefined;
    const accumulator: unknown = isRecord(d.accumulator) ? d.accumulator.value : undefined;
    if ((period === "day" || period === "month" || period === "year") && d.accumulator === undefined) issues.push(ruleIssue(["accumulator"], "accumulatorNeeded", {}));
    if (period === "year" && d.yearlyCeiling !== undefined && (d.accumulator === undefined || accumulator === "shared")) {
      issues.push(ruleIssue(["yearlyCeiling"], "yearlyCeilingShared", {}));
    }
    report(ctx, issues);
  }, EVEN_WITH_OTHER_PROBLEMS);

const conditionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, ruleMessage("conditionId")).describe("What a visit names it by (`--condition family-doctor`)."),
    name: bilingual.describe("The condition as the city words it, e.g. 签约家庭医生."),
    aliases: z.array(text).default([]).describe("Other names accepted for it."),
    addPoints: sourcedRatio.optional().describe("Added to the fund's ratio when the condition holds, e.g. \"0.10\" for ten points (capped at 100%)."),
    ratio: ratioTable.optional().describe("A ratio table of its own that replaces the ordinary one when the condition holds."),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.addPoints === undefined) === (c.ratio === undefined)) report(ctx, [ruleIssue(["addPoints"], "conditionForm", {})]);
  }, EVEN_WITH_OTHER_PROBLEMS);

export const capSchema = z
  .object({
    basis: z.enum(["fund", "eligible"]).describe("What the cap limits: the fund's payment, or the eligible spending (镇江: the eligible part above 10000 is not paid)."),
    byStatus: byStatus(sourcedYuan).optional().describe("The cap for in-service and retired (the short form; `amount` takes any table)."),
    amount: yuanTable.optional().describe("The cap, by category, status and age as the city publishes it."),
    none: sourced(yes).optional().describe("The city sets no annual cap (北京 since 2023)."),
    sharedWith: z
      .object({
        name: bilingual.describe("The scheme whose cap this one is part of, e.g. 住院统筹."),
        source: sourceRef.describe("Where the source says the cap is shared."),
        interpretation: interpretationId.optional(),
      })
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
    if (forms !== 1) report(ctx, [ruleIssue(["amount"], "capForm", {})]);
    if (c.none !== undefined && c.secondTier !== undefined) report(ctx, [ruleIssue(["secondTier"], "secondTierNeedsCap", {})]);
  }, EVEN_WITH_OTHER_PROBLEMS);

export const outpatientSchema = z
  .object({
    deductible: deductibleSchema.optional().describe("The deductible (起付标准); absent when no source gives it, and then list `deductible` under `missing`."),
    ratios: byLevel(byStatus(sourcedRatio)).optional().describe("Fund ratio by level and status (the short form; `ratio` takes any table)."),
    ratio: ratioTable.optional().describe("The fund's ratio (支付比例), by category, status and age as the city publishes it."),
    ratioBands: z
      .array(
        z
          .object({
            from: sourcedYuan.describe("Where the band starts: the year's eligible spending so far (政策范围内起付线以上的累计费用)."),
            ratio: ratioTable.describe("The fund's ratio in this band, by category, status and age as the city publishes it."),
          })
          .strict(),
      )
      .optional()
      .describe("Ratios that change with the year's eligible spending (天津: above 5500, 55%): each band's table applies above its `from`, the ordinary one below the first."),
    conditions: z.array(conditionSchema).optional().describe("Conditions of a visit the city names that raise the ratio (沈阳: a signed family doctor)."),
    cap: capSchema.optional().describe("The annual cap (年度最高支付限额); absent when no source gives it, and then list `cap` under `missing`."),
    classB: z
      .object({ share: sourcedRatio.describe("The share of the class-B part the person pays first, e.g. \"0.10\".") })
      .strict()
      .optional()
      .describe("乙类先行自付: of the class-B (乙类) part of a visit, the person pays this share first, before the deductible (older 宁波 rules). A visit gives its class-B part as `classB` / `--class-b`."),
    accountFirst: sourced(yes)
      .optional()
      .describe("The current-year personal account (当年账户) pays the in-policy cost first, before the deductible (宁波, 上海). A person gives its balance as `accountCurrent` / `--account-current`."),
  })
  .strict()
  .superRefine((o, ctx) => {
    const issues: RuleIssue[] = [];
    if (o.ratios !== undefined && o.ratio !== undefined) issues.push(ruleIssue(["ratio"], "ratiosForm", {}));
    const start = (band: unknown) => (isRecord(band) && isRecord(band.from) && typeof band.from.value === "string" ? parseYuan(band.from.value) : undefined);
    const bands: unknown[] = Array.isArray(o.ratioBands) ? o.ratioBands : [];
    bands.forEach((band, i) => {
      const value = start(band);
      const before = i === 0 ? undefined : start(bands[i - 1]);
      if (value !== undefined && (value === 0 || (before !== undefined && value <= before))) issues.push(ruleIssue(["ratioBands", i, "from"], "ratioBandsOrder", {}));
    });
    const ids = new Set<string>();
    const conditions: unknown[] = Array.isArray(o.conditions) ? o.conditions : [];
    conditions.forEach((c, i) => {
      if (!isRecord(c) || typeof c.id !== "string") return;
      if (ids.has(c.id)) issues.push(ruleIssue(["conditions", i, "id"], "duplicateCondition", { id: c.id }));
      ids.add(c.id);
    });
    report(ctx, issues);
  }, EVEN_WITH_OTHER_PROBLEMS);

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
    allowed: z.boolean().describe("Whether family money may pay when the authorizer is insured at this kind of place."),
    allOrNothing: z
      .boolean()
      .default(false)
      .describe("The authorizer's balance must cover the whole amount due, or nothing is paid (余额必须足够支付)."),
    memberSchemes: z.array(schemeSchema).min(1).optional().describe("Schemes the relative must be in for this place, when narrower."),
    walletOpen: z
      .object({ value: yes, source: sourceRef, interpretation: interpretationId.optional() })
      .strict()
      .optional()
      .describe("Allowed only where both places have opened 医保钱包 (the person says so: --family-wallet-open); refused when unstated."),
    source: sourceRef,
    interpretation: interpretationId.optional(),
  })
  .strict();

export const familySchema = z
  .object({
    scope: sourced(z.literal("province").describe('"province": the province\'s rules.'))
      .optional()
      .describe("Set when these are the province's rules and hold for an authorizer anywhere in it (山西全省统一); absent: the city's own."),
    relations: sourced(z.array(relationSchema).min(1).describe("Relations to the account holder (配偶 spouse, 父母 parent, 子女 child, …).")).describe("Who the relative may be to the account holder."),
    memberSchemes: sourced(z.array(schemeSchema).min(1).describe("职工医保 employee, 居民医保 resident.")).describe("The insurance the relative must be in."),
    reserve: sourcedYuan.optional().describe("Only the balance above this may be shared (山西 1000 元)."),
    limit: sourced(z.enum(["per-payment", "total"]).describe('"per-payment" or "total".')).describe(
      "What the limit an authorizer sets means: per payment (支付额度/次), or a total for that relative (共济额度).",
    ),
    ownAccountFirst: sourced(yes).describe("The relative's own account pays before family money."),
    places: z
      .object({
        "same-city": placeRuleSchema.optional().describe("An authorizer insured in the same city (同一统筹区)."),
        "same-province": placeRuleSchema.optional().describe("An authorizer insured elsewhere in the province (省内其他城市)."),
        "other-province": placeRuleSchema.optional().describe("An authorizer insured in another province (外省)."),
      })
      .strict()
      .default({})
      .describe("Whether aid is allowed by where the authorizer is insured; absent where no source says."),
    treatment: sourced(z.literal("province").describe('"province": inside the authorizer\'s province only.'))
      .optional()
      .describe("Family money may pay only for treatment inside the authorizer's province (仅限本省内使用)."),
    designatedOnly: sourced(yes)
      .optional()
      .describe("Family money may pay only at designated facilities and pharmacies (在医保定点医药机构使用共济资金)."),
    uses: z
      .array(
        z
          .object({
            use: familyUseSchema.describe("What family money may pay for: medical costs, pharmacy purchases, contributions, …"),
            source: sourceRef,
            interpretation: interpretationId.optional(),
          })
          .strict(),
      )
      .min(1)
      .describe("What family money may pay for, each with its source."),
  })
  .strict();

export const memberKindSchema = z.enum(["in-service", "retired", "flexible"]);
/** 统账结合 pooling with a personal account, 单建统筹 pooling only. */
export const planSchema = z.enum(["combined", "pooling-only"]);

const creditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none").describe('"none": nothing is credited.'), source: sourceRef, interpretation: interpretationId.optional() }).strict(),
  z
    .object({
      kind: z.literal("base-share").describe('"base-share": a share of a base each month.'),
      share: sourcedRatio.describe("Share of the base credited each month."),
      base: bilingual.describe("What the share is taken of, e.g. 本人参保缴费基数."),
      baseGiven: z.boolean().describe("Whether the source gives the base itself; when not, the person must supply it."),
    })
    .strict(),
  z
    .object({ kind: z.literal("fixed-monthly").describe('"fixed-monthly": a fixed amount each month.'), monthly: sourcedYuan.describe("The amount credited each month.") })
    .strict(),
  z
    .object({
      kind: z.literal("not-given").describe('"not-given": the source does not give the amount.'),
      note: bilingual.describe("What the source says instead, or why it gives no amount."),
      source: sourceRef,
    })
    .strict(),
]);

export const accountSchema = z
  .object({
    credits: z
      .array(
        z
          .object({
            members: z.array(memberKindSchema).min(1).describe("The members this entry is for: 在职 in-service, 退休 retired, 灵活就业 flexible."),
            plans: z.array(planSchema).min(1).describe("The plans this entry is for: 统账结合 combined (with a personal account), 单建统筹 pooling-only."),
            credit: creditSchema.describe("What is credited each month."),
            pooling: z
              .object({ value: yes, source: sourceRef })
              .strict()
              .optional()
              .describe("The source says these members still get outpatient pooling."),
          })
          .strict(),
      )
      .describe("How much goes into the personal account each month, by kind of member and plan."),
    inPolicyOnly: sourced(yes).describe("Account and family money pay only the in-policy self-paid part."),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    const credits: unknown[] = Array.isArray(a.credits) ? a.credits : [];
    const names = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
    credits.forEach((c, i) => {
      if (!isRecord(c)) return;
      for (const member of names(c.members))
        for (const plan of names(c.plans)) {
          if (seen.has(`${member}/${plan}`)) report(ctx, [ruleIssue(["credits", i], "creditListedTwice", { member, plan })]);
          seen.add(`${member}/${plan}`);
        }
    });
  }, EVEN_WITH_OTHER_PROBLEMS);

/** Where a visit takes place, seen from the insured city: 本地, 异地长期居住, 临时外出. */
export const placeSchema = z.enum(["local", "resident-elsewhere", "temporary-elsewhere"]);

const levelNumber = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const elsewhereRuleSchema = z
  .object({
    covered: z.boolean().describe("Whether general outpatient costs of this kind of visit are paid at all."),
    source: sourceRef,
    interpretation: interpretationId.optional(),
    designatedOnly: sourced(yes)
      .optional()
      .describe("Only designated facilities there are paid, with no emergency exception (异地非定点医药机构 不予支付)."),
  })
  .strict();

export const crossRegionSchema = z
  .object({
    places: z
      .object({
        "resident-elsewhere": elsewhereRuleSchema.describe("异地长期居住: long-term residents elsewhere, retirees settled elsewhere, staff posted elsewhere."),
        "temporary-elsewhere": elsewhereRuleSchema.describe("临时外出: temporary trips and referrals."),
      })
      .strict()
      .describe("异地长期居住 (long-term residents elsewhere, retirees settled elsewhere, staff posted elsewhere) and 临时外出 (temporary trips, referrals)."),
    amounts: sourced(z.enum(["insured", "treatment"]).describe('"insured" or "treatment".')).describe(
      "Whose deductible and ratios apply to a visit elsewhere: the insured city's (national rule) or the treatment city's. The cap and the year's accumulators are always the insured city's.",
    ),
    settlement: z
      .object({
        direct: sourced(yes).describe("Visits elsewhere can settle directly at the facility (直接结算)."),
        minLevel: sourced(levelNumber.describe("The lowest level: 1, 2 or 3.")).optional().describe("Direct settlement only at this facility level or higher."),
        filing: sourced(yes).optional().describe("Direct settlement needs filing (备案) first."),
        facilityOpen: sourced(yes)
          .optional()
          .describe("Direct settlement only at facilities open for cross-region outpatient direct settlement."),
        byHand: sourced(z.union([z.literal(true), z.literal("system-failure")]).describe('true, or "system-failure".'))
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
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe("The level the name stands for: 1, 2 or 3."),
    source: sourceRef.optional(),
    interpretation: interpretationId.optional(),
  })
  .strict();

export const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, ruleMessage("categoryId")).describe("The id tables key this category by."),
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
        covered: z.boolean().describe("Whether purchases at designated pharmacies are paid at all."),
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
      .array(z.object({ zh: text.describe("The cost, in Chinese (中文)."), en: text.describe("The cost, in English."), source: sourceRef }).strict())
      .default([])
      .describe("Costs the fund does not pay, with their citation."),
    notes: z
      .array(z.object({ zh: text.describe("The note, in Chinese (中文)."), en: text.describe("The note, in English."), source: sourceRef.optional() }).strict())
      .default([])
      .describe("Notes on the version, shown with it."),
  })
  .strict()
  .superRefine((v, ctx) => {
    const from: unknown = v.effectiveFrom;
    const to: unknown = v.effectiveTo;
    if (isRealDate(from) && isRealDate(to) && to < from) report(ctx, [ruleIssue(["effectiveTo"], "endBeforeStart", {})]);
    report(ctx, versionIssues(readVersion(v)));
  }, EVEN_WITH_OTHER_PROBLEMS);

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Versions in date order, each ending the day before the next begins: no overlap, no gap, and only
 * the last one open-ended. Reads unchecked data: a date that is not one is left out of the checks.
 */
export function versionSequenceIssues(versions: readonly unknown[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (issue: RuleIssue) => {
    if (!issues.some((i) => i.path.join("/") === issue.path.join("/") && i.message === issue.message)) issues.push(issue);
  };
  // undefined: not given; null: given, but not a date.
  const date = (value: unknown) => (value === undefined ? undefined : isRealDate(value) ? value : null);
  const spans = versions.map((v) => (isRecord(v) ? { from: date(v.effectiveFrom), to: date(v.effectiveTo) } : null));
  const first = spans[0];
  if (first != null && first.from === undefined && first.to === undefined && spans.length > 1) add(ruleIssue(["versions", 0, "effectiveTo"], "openEndedNotLast", {}));
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    const current = spans[i];
    if (previous == null || current == null) continue;
    if (current.from === undefined) {
      add(ruleIssue(["versions", i, "effectiveFrom"], "startOnlyFirst", {}));
    } else if (current.from === null) {
      continue;
    } else if (previous.to === undefined) {
      add(ruleIssue(["versions", i - 1, "effectiveTo"], "openEndedNotLast", {}));
    } else if (previous.to !== null && current.from !== dayAfter(previous.to)) {
      add(ruleIssue(["versions", i, "effectiveFrom"], "versionsOverlapOrGap", { overlaps: current.from <= previous.to, previousEnd: previous.to, start: dayAfter(previous.to) }));
    }
  }
  return issues;
}

/**
 * Source refs and interpretation ids that do not resolve inside the file. Works on unchecked data
 * too, so a file with other problems still hears about these.
 */
export function referenceIssues(data: unknown): RuleIssue[] {
  if (data === null || typeof data !== "object") return [];
  const record = data as Record<string, unknown>;
  const table = (name: string) => {
    const value = record[name];
    return value !== null && typeof value === "object" ? value : {};
  };
  const sources = table("sources");
  const interpretations = table("interpretations");
  const issues: RuleIssue[] = [];
  const walk = (node: unknown, path: Path) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, [...path, i]));
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "ref" && typeof value === "string" && !Object.hasOwn(sources, value)) {
        issues.push(ruleIssue([...path, key], "unknownSource", { key: value }));
      }
      if ((key === "interpretation" || key === "numbersInterpretation") && typeof value === "string" && !Object.hasOwn(interpretations, value)) {
        issues.push(ruleIssue([...path, key], "unknownInterpretation", { id: value }));
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
    url: text.optional().describe("Where the document is online."),
    published: isoDate.optional().describe("The day it was published, YYYY-MM-DD."),
    grade: z
      .enum(["official", "official-reprint", "explainer"])
      .optional()
      .describe(
        "How far to trust it: official (the government's or 医保局's own text), official-reprint (a reprint that cites the official document), explainer (a third-party explanation). Shipped cities give it for every source; a city is never shipped on low-quality aggregators alone.",
      ),
    policyFile: text
      .optional()
      .describe("Set by yibao when it loads a user's policy file: the path of the file the source came from. Anything written here is replaced."),
  })
  .strict();

export const policySchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of policy files, for editors: "./schema.json" after `yibao policy schema > schema.json`.'),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, ruleMessage("idFormat")).describe("The city's id: lower-case letters, digits and hyphens, e.g. anshan (`--city anshan`)."),
    name: z
      .object({ zh: text.describe("The full name, e.g. 鞍山市."), short: text.describe("The short name, e.g. 鞍山."), pinyin: text.describe("In pinyin, e.g. Anshan.") })
      .strict()
      .describe("鞍山市, 鞍山, Anshan."),
    province: z
      .object({
        zh: text.describe("The province in Chinese, e.g. 辽宁省."),
        en: text.describe("The province in English, e.g. Liaoning."),
        code: z.string().regex(/^\d{6}$/, ruleMessage("provinceCode")).describe("The province's GB/T 2260 code, e.g. 210000."),
      })
      .strict()
      .describe("The province (省份) the city is in."),
    adminCode: z.string().regex(/^\d{6}$/, ruleMessage("adminCode")).describe("GB/T 2260 administrative code."),
    appliesTo: z
      .array(
        z
          .object({
            code: z.string().regex(/^\d{6}$/, ruleMessage("adminCode")).describe("The city's administrative code."),
            zh: text.describe("Its full name, e.g. 太原市."),
            short: text.describe("Its short name, e.g. 太原."),
            pinyin: text.optional().describe("Its name in pinyin, e.g. Taiyuan."),
          })
          .strict(),
      )
      .optional()
      .describe("For rules that hold in several cities (山西, 江西 province-wide): the cities, so that `--city 太原` finds this file."),
    scheme: z.literal("employee-general-outpatient").describe("职工医保普通门诊统筹."),
    sources: z.record(z.string().min(1), sourceEntrySchema).describe("The documents values are quoted from."),
    interpretations: z.record(interpretationId, bilingual).default({}).describe("Readings chosen where sources are silent."),
    versions: z
      .array(versionSchema)
      .min(1)
      .describe("The policy's versions in date order, each in force from its effectiveFrom to its effectiveTo, with no gap or overlap."),
  })
  .strict()
  .superRefine((p, ctx) => {
    const versions: unknown[] = Array.isArray(p.versions) ? p.versions : [];
    const seen = new Set<string>();
    versions.forEach((v, i) => {
      if (!isRecord(v) || typeof v.id !== "string") return;
      if (seen.has(v.id)) report(ctx, [ruleIssue(["versions", i, "id"], "duplicateVersion", { id: v.id })]);
      seen.add(v.id);
    });
    report(ctx, referenceIssues(p));
    report(ctx, versionSequenceIssues(versions));
  }, EVEN_WITH_OTHER_PROBLEMS);

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
    $schema: z.string().optional().describe('The JSON Schema of policy files, for editors: "./schema.json" after `yibao policy schema > schema.json`.'),
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
      .default([])
      .describe("Versions of the city this file adds to or overrides, by id."),
  })
  .strict();

export type PolicyExtension = z.infer<typeof extensionSchema>;
export type FamilyUse = z.infer<typeof familyUseSchema>;
