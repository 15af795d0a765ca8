/** The yibao library: settle employee general outpatient visits under a city's policy. No side effects. */
export { calculate } from "./app/calculate.js";
export type { Calculation, CalculationRequest, SettledVisit, VisitInput, Warning } from "./app/calculate.js";
export { settleVisit, emptyYear, stateForVisit } from "./core/settle.js";
export { Ledger } from "./core/ledger.js";
export type { Totals, YearSummary } from "./core/ledger.js";
export { applyRatioHalfUp, formatYuan, parseYuan, parseRatio } from "./core/money.js";
export type { Fen, BasisPoints } from "./core/money.js";
export type { Citation, Facility, Level, Reason, Rules, Status, Visit, VisitResult, YearState } from "./core/types.js";
export { EXIT, YibaoError } from "./shared/errors.js";
export { checkPolicyFile, loadPolicyFile, loadRegistry, parsePolicy, userPolicyFiles, withUserFiles } from "./policy/load.js";
export type { CheckedPolicyFile } from "./policy/load.js";
export type { PolicyIssue } from "./policy/issues.js";
export { compileRules, findCity, originOf, versionOn, withPolicies } from "./policy/registry.js";
export type { PolicyOrigin, Registry } from "./policy/registry.js";
export { extensionSchema, policySchema } from "./policy/schema.js";
export type { Policy, PolicyExtension, PolicyVersion } from "./policy/schema.js";
