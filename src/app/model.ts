/**
 * The vocabulary of yibao as the edges see it: the types of requests, results and policies, and the
 * two ways money and ratios are written for people. The CLI and the library take them from here,
 * never from the core or the policy layer directly.
 */
export { ZERO, addFen, applyRatioHalfUp, fen, formatPercent, formatRatio, formatYuan, maxFen, minFen, parseRatio, parseYuan, subFen } from "../core/money.js";
export { Ledger } from "../core/ledger.js";
export { emptyYear, settleAmounts, settleFacts, settleVisit, stateForVisit, tallyFor } from "../core/settle.js";
export { REASON_VALUES, ReasonLog } from "../core/reasons.js";
export { levelNote, reasonsOf } from "./visit.js";
export type { BasisPoints, Fen } from "../core/money.js";
export type { Totals, YearSummary } from "../core/ledger.js";
export type {
  Citation,
  Of,
  PlaceClass,
  ReasonOf,
  ReasonParams,
  Relation,
  Scheme,
  StepValues,
  Value,
  Facility,
  Level,
  Place,
  Reason,
  ReasonCode,
  Reasons,
  Rules,
  Settlement,
  SettlementAction,
  SettlementMode,
  Status,
  Step,
  StepCode,
  Visit,
  VisitAmounts,
  VisitResult,
  YearState,
  YearTally,
} from "../core/types.js";
export type { Policy, PolicyVersion, TableNode } from "../policy/schema.js";
export { capTable, categoriesOf, categoryNames, deductibleTable, ratioTableOf } from "../policy/categories.js";
export type { Category } from "../policy/categories.js";
export type { FamilyUse } from "../policy/schema.js";
export type { MemberKind, Plan as AccountPlan } from "../core/account.js";
export type { PolicyOrigin } from "../policy/registry.js";
export type { SourceRef } from "../policy/schema.js";
export type { PolicyIssue } from "../policy/issues.js";
export type { PlaceholderKind, Rule, RuleValues, SectionPart, TablePart } from "../policy/rules.js";
export type { Warning } from "./calculate.js";
