/**
 * The skeleton of a new city's policy file (`yibao policy new`): a whole policy with every part a
 * city needs, each explained by a `"$comment"` (Chinese, then English), and a placeholder
 * (`PLACEHOLDERS`) wherever a number, a date, a name or a quote must come from the author's source.
 * The loader drops the notes and refuses the placeholders, each at its own path, so that checking a
 * fresh skeleton lists exactly what is left to fill; once all are filled, the file is a policy.
 *
 * The notes are part of the file, not of the command line's output: they are written in both
 * languages whatever the language of the run, as a policy's own `zh`/`en` texts are.
 */
import { COMMENT_KEY, PLACEHOLDERS } from "./prepare.js";

/** How the skeleton's facilities are divided: 一级/二级/三级 (`levels`), or the city's own `categories`. */
export type SkeletonCategories = "levels" | "own";

export interface SkeletonRequest {
  readonly id: string;
  /** 某某市, 某某, Mouomou: the pinyin is a placeholder when not given. */
  readonly name: { readonly zh: string; readonly short: string; readonly pinyin?: string | undefined };
  /** Six digits; a placeholder when not given. */
  readonly adminCode?: string | undefined;
  /** The province's name and code, each a placeholder when not given. */
  readonly province: { readonly zh?: string | undefined; readonly code?: string | undefined };
  readonly categories: SkeletonCategories;
  /** `$schema`: the path of the shipped schema from the file's folder, or undefined to point beside the file. */
  readonly schema?: string | undefined;
}

/** The key of the skeleton's one source. */
export const SKELETON_SOURCE = "src1";

const P = PLACEHOLDERS;
const note = (zh: string, en: string) => ({ [COMMENT_KEY]: `${zh} / ${en}` });
const cite = () => ({ ref: SKELETON_SOURCE, quote: P.quote });
const sourced = (value: unknown) => ({ value, source: cite() });

const TABLE_NOTE = note(
  "一张表,按本市公布的方式写:一个取值写 {\"value\": …, \"source\": …};按机构类别分写 {\"byCategory\": {类别键: …}};按在职、退休分写 {\"byStatus\": {\"in-service\": …, \"retired\": …}};按年龄分写 {\"byAge\": [{\"below\": 70, …}, {\"from\": 70, …}]}(年龄段首尾相接,最后一段不写 below)。几种可以嵌套,例如先按类别、再按在职退休。",
  "A table, as the city publishes it: one value is {\"value\": …, \"source\": …}; by facility category {\"byCategory\": {category key: …}}; by in-service and retired {\"byStatus\": {\"in-service\": …, \"retired\": …}}; by age {\"byAge\": [{\"below\": 70, …}, {\"from\": 70, …}]} (bands follow each other, the last has no below). They nest, e.g. by category, then by status.",
);

/** The category keys of the tables, and the categories part of the version. */
function categoryPart(kind: SkeletonCategories): { keys: readonly string[]; part: Record<string, unknown> } {
  if (kind === "levels") {
    return {
      keys: ["1", "2", "3"],
      part: {
        levels: {
          ...note(
            "医疗机构按一级、二级、三级划分:表中用 \"1\"、\"2\"、\"3\" 作键,--level 可写 1、一级 等。names 是本市对三个级别的叫法(例如 一级及以下、三级及以上);aliases 是其他叫法,每项 {\"name\": \"社区\", \"level\": 1}。本市自己划分类别(例如 社区、医院)时,删除 levels,改写 categories(yibao policy new --categories own 生成那种骨架)。",
            "Facilities graded 一级, 二级, 三级: tables key them \"1\", \"2\", \"3\", and --level takes 1, 一级 and so on. names: what the city calls the three levels (e.g. 一级及以下, 三级及以上); aliases: other names, each {\"name\": \"社区\", \"level\": 1}. When the city defines its own categories (e.g. community, hospital), delete levels and write categories instead (yibao policy new --categories own writes that skeleton).",
          ),
          names: {
            1: { zh: "一级", en: "level 1" },
            2: { zh: "二级", en: "level 2" },
            3: { zh: "三级", en: "level 3" },
          },
          aliases: [],
        },
      },
    };
  }
  return {
    keys: ["community", "hospital"],
    part: {
      categories: [
        {
          ...note(
            "本市自己划分的机构类别,在 categories 中从低到高排列(最多 12 个)。id 是表中的键(小写字母、数字和连字符),--level 可写 id、name 或 aliases 中的名字;name 是本市的叫法;aliases 是其他叫法;可加 levels 列出落在这一类的一级、二级、三级(例如 [1] 或 [2, 3]),写了才能用 --level 二级;source 是划分类别的原文。改了 id,表中的键要一起改。医疗机构按一级、二级、三级划分时,删除 categories,改写 levels(yibao policy new --categories levels)。",
            "The facility categories the city defines, listed in categories from the lowest (at most 12). id is the key in the tables (lower-case letters, digits, hyphens); --level takes the id, the name or an alias; name: what the city calls it; aliases: other names; add levels to list the grades 一级, 二级, 三级 that fall in it (e.g. [1] or [2, 3]), which lets --level 二级 work; source: the words that define the category. Rename an id in the tables too. When facilities are graded 一级, 二级, 三级, delete categories and write levels instead (yibao policy new --categories levels).",
          ),
          id: "community",
          name: { zh: P.name, en: P.english },
          aliases: [],
          source: cite(),
        },
        {
          ...note("第二个类别;需要更多类别就照样添加。", "The second category; add more the same way."),
          id: "hospital",
          name: { zh: P.name, en: P.english },
          aliases: [],
          source: cite(),
        },
      ],
    },
  };
}

function outpatient(keys: readonly string[]): Record<string, unknown> {
  const byCategory = (cell: () => unknown) => Object.fromEntries(keys.map((k) => [k, cell()]));
  return {
    ...note(
      "门诊统筹的三个参数:deductible 起付标准,ratio 统筹基金支付比例,cap 年度最高支付限额。来源没有给出其中某项时,删除它,并在 missing 中加一项 {\"field\": \"deductible\"、\"ratios\" 或 \"cap\", \"note\": …}。可选:ratioBands(比例随本年累计费用分段变化)、conditions(签约家庭医生等条件下提高比例)。",
      "The three parameters of outpatient pooling: deductible (起付标准), ratio (the fund's share, 支付比例), cap (the annual cap, 年度最高支付限额). When the source does not give one, delete it and add {\"field\": \"deductible\", \"ratios\" or \"cap\", \"note\": …} to missing. Optional: ratioBands (ratios that change with the year's spending), conditions (a higher ratio under a condition such as a signed family doctor).",
    ),
    deductible: {
      ...note(
        "起付标准。period:visit 按次、day 按日、month 按月、year 按年度;accumulator:各类别共用一个累计额、到更高类别就诊时补足差额(shared),还是各自累计(per-level),按次时可以删除;可选 yearlyCeiling,一年最多付多少起付线(例如每月 50 元、一年最多 200 元)。amount 是各类别的金额(元)。",
        "The deductible. period: visit, day, month or year; accumulator: one running total shared by the categories, a higher one topping up the difference (shared), or one per category (per-level); may be deleted for a per-visit deductible; optional yearlyCeiling: the most deductible paid in a year (e.g. 50 a month, at most 200 a year). amount: the amount in yuan by category.",
      ),
      period: sourced("year"),
      accumulator: sourced("shared"),
      amount: { ...TABLE_NOTE, byCategory: byCategory(() => sourced(P.yuan)) },
    },
    ratio: {
      ...note(
        "统筹基金支付比例,写成 0 到 1 之间的字符串(\"0.60\" 表示 60%)。来源公布的是个人自付比例时,在取值旁加 \"share\": \"self\"。这里先按类别、再按在职(in-service)和退休(retired)分;表的其他写法见 deductible.amount 的说明。",
        "The fund's ratio, a string between 0 and 1 (\"0.60\" is 60%). When the source publishes the person's share instead, add \"share\": \"self\" beside the value. Here by category, then in service (in-service) and retired (retired); the other forms of a table are in the note of deductible.amount.",
      ),
      byCategory: byCategory(() => ({ byStatus: { "in-service": sourced(P.ratio), retired: sourced(P.ratio) } })),
    },
    cap: {
      ...note(
        "年度最高支付限额。basis:fund 限的是统筹基金的支付额,eligible 限的是政策范围内的费用。amount 是限额(元),这里按在职、退休分。本市不设限额时,删除 amount,改写 \"none\": {\"value\": true, \"source\": …};与住院等共用一个限额时加 sharedWith;限额之上还有第二档时加 secondTier。",
        "The annual cap. basis: fund limits the fund's payments, eligible the eligible spending. amount: the cap in yuan, here by in-service and retired. When the city sets no cap, delete amount and write \"none\": {\"value\": true, \"source\": …}; when the cap is shared with another scheme (inpatient care, …) add sharedWith; for a second tier above it add secondTier.",
      ),
      basis: "fund",
      amount: { byStatus: { "in-service": sourced(P.yuan), retired: sourced(P.yuan) } },
    },
  };
}

const ACCOUNT = {
  ...note(
    "个人账户每月划入多少。credits 每一项对应几类人员 members(in-service 在职、retired 退休、flexible 灵活就业)和参保方式 plans(combined 统账结合、pooling-only 单建统筹);credit 是划入方式:{\"kind\": \"base-share\", \"share\": …, \"base\": …, \"baseGiven\": …} 按基数的比例(base 说明是什么基数,baseGiven 来源是否给出基数本身),{\"kind\": \"fixed-monthly\", \"monthly\": …} 每月定额(元),{\"kind\": \"none\", \"source\": …} 不建个人账户,{\"kind\": \"not-given\", \"note\": …, \"source\": …} 来源没说。inPolicyOnly:个人账户和家庭共济资金只支付个人负担中政策范围内的部分。来源没有说明个人账户时,删除 account,并在 missing 中加 {\"field\": \"account\", \"note\": …}。",
    "What goes into the personal account each month. Each entry of credits is for some kinds of member, members (in-service, retired, flexible), and plans (combined: pooling with an account, pooling-only); credit is how: {\"kind\": \"base-share\", \"share\": …, \"base\": …, \"baseGiven\": …} a share of a base (base says which; baseGiven: whether the source gives the base itself), {\"kind\": \"fixed-monthly\", \"monthly\": …} a fixed amount in yuan, {\"kind\": \"none\", \"source\": …} no account, {\"kind\": \"not-given\", \"note\": …, \"source\": …} the source does not say. inPolicyOnly: account and family money pay only the in-policy part of what the person pays. When the source says nothing of the account, delete account and add {\"field\": \"account\", \"note\": …} to missing.",
  ),
  credits: [
    {
      ...note("在职职工、统账结合:按本人缴费基数的比例划入。", "In service, combined: a share of the person's contribution base."),
      members: ["in-service"],
      plans: ["combined"],
      credit: { kind: "base-share", share: sourced(P.ratio), base: { zh: "本人参保缴费基数", en: "the person's contribution base" }, baseGiven: false },
    },
    {
      ...note("退休人员、统账结合:每月定额划入(元)。", "Retired, combined: a fixed amount each month (yuan)."),
      members: ["retired"],
      plans: ["combined"],
      credit: { kind: "fixed-monthly", monthly: sourced(P.yuan) },
    },
  ],
  inPolicyOnly: sourced(true),
};

const FAMILY = {
  ...note(
    "家庭共济:本人的个人账户给亲属用。relations 亲属可以是本人的谁(spouse 配偶、parent 父母、child 子女,还有 sibling、grandparent、maternal-grandparent、grandchild、maternal-grandchild、parent-in-law、child-in-law);memberSchemes 亲属须参加的医保(employee 职工、resident 居民);limit 授权人设定的额度指什么(per-payment 每次支付额度、total 共济总额度);ownAccountFirst 亲属本人的账户先付;places 按授权人在哪里参保是否允许(same-city 同一统筹区、same-province 省内其他城市、other-province 外省),每项 {\"allowed\": true 或 false, \"source\": …},可加 \"allOrNothing\": true(余额须足够支付全部);uses 共济资金可以支付什么(medical 就医、pharmacy 药店购药、internet-hospital、resident-contribution 居民医保缴费、large-amount-contribution、long-term-care-contribution、supplementary-insurance)。可选:reserve 须保留的余额、scope、treatment、designatedOnly。来源没有说明时,删除 family,并在 missing 中加 {\"field\": \"family\", \"note\": …}。",
    "Family aid: the person's account paying for relatives. relations: who the relative may be (spouse, parent, child, and sibling, grandparent, maternal-grandparent, grandchild, maternal-grandchild, parent-in-law, child-in-law); memberSchemes: the insurance the relative must be in (employee, resident); limit: what the limit an authorizer sets means (per-payment, or a total); ownAccountFirst: the relative's own account pays first; places: whether aid is allowed by where the authorizer is insured (same-city, same-province, other-province), each {\"allowed\": true or false, \"source\": …}, optionally \"allOrNothing\": true (the balance must cover the whole amount); uses: what family money may pay for (medical, pharmacy, internet-hospital, resident-contribution, large-amount-contribution, long-term-care-contribution, supplementary-insurance). Optional: reserve, scope, treatment, designatedOnly. When the source says nothing of it, delete family and add {\"field\": \"family\", \"note\": …} to missing.",
  ),
  relations: sourced(["spouse", "parent", "child"]),
  memberSchemes: sourced(["employee", "resident"]),
  limit: sourced("total"),
  ownAccountFirst: sourced(true),
  places: { "same-city": { allowed: true, source: cite() } },
  uses: [
    { use: "medical", source: cite() },
    { use: "pharmacy", source: cite() },
  ],
};

const CROSS_REGION = {
  ...note(
    "异地就医。places 中 resident-elsewhere 是异地长期居住(异地安置退休、常驻异地工作),temporary-elsewhere 是临时外出(含转诊转院),每项 covered 是否支付(true 或 false),可加 designatedOnly;amounts:起付标准和支付比例按参保地(insured,国家规定)还是按就医地(treatment)。可选 settlement:在就医地直接结算的条件(direct、minLevel、filing、facilityOpen、byHand)。来源没有说明时,删除 crossRegion,并在 missing 中加 {\"field\": \"crossRegion\", \"note\": …}。",
    "Visits outside the city. In places, resident-elsewhere is living elsewhere for long (retirees settled elsewhere, staff posted elsewhere) and temporary-elsewhere a trip or a referral; each says whether such visits are paid (covered: true or false), optionally designatedOnly. amounts: whose deductible and ratios apply, the insured city's (insured, the national rule) or the treatment city's (treatment). Optional settlement: when a visit elsewhere settles directly (direct, minLevel, filing, facilityOpen, byHand). When the source says nothing of it, delete crossRegion and add {\"field\": \"crossRegion\", \"note\": …} to missing.",
  ),
  places: {
    "resident-elsewhere": { covered: true, source: cite() },
    "temporary-elsewhere": { covered: true, source: cite() },
  },
  amounts: sourced("insured"),
};

/** The skeleton as JSON data, its keys in the order a reader meets them. */
export function policySkeleton(r: SkeletonRequest): Record<string, unknown> {
  const { keys, part } = categoryPart(r.categories);
  const schemaNote =
    r.schema === undefined
      ? [
          "$schema 指向本文件旁边的 schema.json:在同一文件夹运行 yibao policy schema > schema.json 写出它,编辑器就能补全和检查。",
          "$schema points to schema.json beside this file: write it with yibao policy schema > schema.json in the same folder, and editors complete and check the file.",
        ]
      : ["$schema 指向 yibao 自带的 policies/schema.json,编辑器可以据此补全和检查。", "$schema points to the policies/schema.json shipped with yibao, for completion and checking in editors."];
  return {
    $schema: r.schema ?? "./schema.json",
    ...note(
      `yibao 政策文件(职工医保普通门诊统筹)的骨架。把每个 "<填写 …>" 换成来源中的真实取值,然后运行 yibao policy validate 检查本文件:它列出还没有填的地方。每个取值都带 source:ref 是 sources 中来源的键,quote 是逐字照抄的原文。来源没有给出的部分,删除它并在 missing 中说明;按来源修改 true/false 和可选值。id 由小写字母、数字和连字符组成,文件名通常与它相同;adminCode 是本市 6 位行政区划代码(GB/T 2260);scheme 不变。"$comment" 是给人看的说明,yibao 读取时忽略,可以保留或删除。${schemaNote[0]}`,
      `A skeleton of a yibao policy file (employee general outpatient pooling). Replace every "<填写 …>" with the real value from your source, then check the file with yibao policy validate: it lists what is still to fill. Every value carries a source: ref is the key of a document in sources, quote its words copied exactly. A part your source does not give: delete it and say so under missing; set true/false and the choices as your source says. id: lower-case letters, digits and hyphens, usually the file's name; adminCode: the city's six-digit GB/T 2260 code; scheme stays as it is. "$comment" keys are notes for people that yibao ignores; keep or delete them. ${schemaNote[1]}`,
    ),
    id: r.id,
    name: {
      ...note("城市名称:全称 zh、简称 short、拼音 pinyin;--city 可以用其中任何一个,也可以用 id 和 adminCode。", "The city's names: full (zh), short and pinyin; --city takes any of them, and the id and adminCode too."),
      zh: r.name.zh,
      short: r.name.short,
      pinyin: r.name.pinyin ?? P.pinyin,
    },
    province: {
      ...note("所在的省:中文名 zh、英文名 en、6 位代码 code(例如 辽宁省、Liaoning、210000)。", "The province: its Chinese name, English name and six-digit code (e.g. 辽宁省, Liaoning, 210000)."),
      zh: r.province.zh ?? P.province,
      en: P.english,
      code: r.province.code ?? P.code,
    },
    adminCode: r.adminCode ?? P.code,
    scheme: "employee-general-outpatient",
    sources: {
      ...note(
        `引用的来源文件,每个一个键(这里是 "${SKELETON_SOURCE}"):title 是标题,file 是来源文本相对于本文件的路径(也可以改写 url;可加 published,发布日期 YYYY-MM-DD)。取值用 "source": {"ref": "${SKELETON_SOURCE}", "quote": "…"} 引用它。有几个来源就写几个键。`,
        `The documents values are quoted from, one key each (here "${SKELETON_SOURCE}"): title, and file, the path of its text relative to this file (or a url instead; published, its date YYYY-MM-DD, is optional). Values cite it with "source": {"ref": "${SKELETON_SOURCE}", "quote": "…"}. One key per document.`,
      ),
      [SKELETON_SOURCE]: { title: P.title, file: P.file },
    },
    interpretations: {
      ...note(
        `解读:来源没有说明、只能按某种理解取值的地方,写成 "I1": {"zh": "…", "en": "…"},并在取值旁加 "interpretation": "I1"。没有就留空。`,
        `Readings chosen where the sources are silent: "I1": {"zh": "…", "en": "…"}, cited beside a value with "interpretation": "I1". Leave it empty when there are none.`,
      ),
    },
    versions: [
      {
        ...note(
          `一个版本:从 effectiveFrom 起施行的一套参数。id 是版本名(例如施行的年份);effectiveFrom 是施行日期(来源没有写明时删除);source 是确立这个版本的原文。政策调整时,给这个版本加 effectiveTo(施行的最后一天),再在 versions 中加一个新版本。可选:confirmedThrough(来源确认到哪一天)、specialty(专科机构按某一级别结算,{"level": 1, "source": …})。missing 列出来源没有给出的部分,每项 {"field": "deductible"、"ratios"、"cap"、"designation"、"pharmacy"、"account"、"family" 或 "crossRegion", "note": {"zh": "为什么缺", "en": "why"}},同时删除对应的部分;exclusions 是不予支付的费用,notes 是其他说明,每项 {"zh": …, "en": …, "source": …}。`,
          `One version: the parameters in force from effectiveFrom. id names it (e.g. the year it starts); effectiveFrom: its first day (delete it when the source gives none); source: the words that establish it. When the policy changes, give this version an effectiveTo (its last day) and add a new version to versions. Optional: confirmedThrough (the last day the source confirms), specialty (specialty facilities settled as one level, {"level": 1, "source": …}). missing lists the parts no source gives, each {"field": "deductible", "ratios", "cap", "designation", "pharmacy", "account", "family" or "crossRegion", "note": {"zh": …, "en": "why"}}, with that part deleted; exclusions are costs the fund does not pay and notes anything else, each {"zh": …, "en": …, "source": …}.`,
        ),
        id: "v1",
        effectiveFrom: P.date,
        source: cite(),
        ...part,
        designation: {
          ...note(
            "定点要求:required 是否只支付定点医药机构(true 或 false);emergencyException 在非定点机构急诊抢救是否仍予支付。来源没有提到急诊时,可用 interpretation 说明你的理解。来源没有说明时,删除 designation,并在 missing 中加 {\"field\": \"designation\", \"note\": …}。",
            "Designation: required, whether only designated facilities are paid (true or false); emergencyException, whether emergency rescue at a non-designated one is still paid. When the source says nothing of emergencies, an interpretation may give your reading. When it says nothing of designation, delete designation and add {\"field\": \"designation\", \"note\": …} to missing.",
          ),
          required: true,
          emergencyException: true,
          source: cite(),
        },
        pharmacy: {
          ...note(
            "定点零售药店:covered 在药店购药是否由统筹支付(true 或 false);requiresPrescription 是否须凭定点医疗机构开具的外配处方。来源没有说明时,删除 pharmacy,并在 missing 中加 {\"field\": \"pharmacy\", \"note\": …}。",
            "Designated pharmacies: covered, whether pooling pays for drugs bought there (true or false); requiresPrescription, whether only on a designated facility's external prescription. When the source says nothing of them, delete pharmacy and add {\"field\": \"pharmacy\", \"note\": …} to missing.",
          ),
          covered: true,
          requiresPrescription: true,
          source: cite(),
        },
        outpatient: outpatient(keys),
        account: ACCOUNT,
        family: FAMILY,
        crossRegion: CROSS_REGION,
        missing: [],
        exclusions: [],
        notes: [],
      },
    ],
  };
}
