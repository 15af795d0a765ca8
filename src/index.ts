/** The yibao library: settle employee general outpatient visits under a city's policy. No side effects. */
export { calculate } from "./app/calculate.js";
export type { Calculation, CalculationRequest, SettledVisit, VisitInput, Warning } from "./app/calculate.js";
export { BatchSession, batchLineSchema } from "./app/batch.js";
export type { BatchLine, BatchTotals, LineOutcome } from "./app/batch.js";
export { Ledger, REASON_VALUES, ReasonLog, applyRatioHalfUp, emptyYear, formatYuan, parseRatio, parseYuan, settleAmounts, settleFacts, settleVisit, stateForVisit, tallyFor } from "./app/model.js";
export type {
  BasisPoints,
  Citation,
  Facility,
  Fen,
  Level,
  Policy,
  PolicyIssue,
  PolicyOrigin,
  PolicyVersion,
  Reason,
  ReasonCode,
  Reasons,
  Rules,
  Status,
  Step,
  Totals,
  Visit,
  VisitAmounts,
  VisitResult,
  YearState,
  YearSummary,
  YearTally,
} from "./app/model.js";
export {
  checkPolicyFile,
  compileRules,
  extensionSchema,
  findCity,
  loadPolicyFile,
  loadRegistry,
  originOf,
  parsePolicy,
  policySchema,
  userPolicyFiles,
  versionOn,
  withPolicies,
  withUserFiles,
} from "./app/policy.js";
export type { CheckedPolicyFile, PolicyExtension, Registry } from "./app/policy.js";
export { EXIT, YibaoError } from "./shared/errors.js";
