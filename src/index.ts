/** The yibao library: settle employee general outpatient visits under a city's policy. No side effects. */
export { calculate } from "./calculate.js";
export type { Calculation, CalculationRequest, SettledVisit, VisitInput, Warning } from "./calculate.js";
export { settleVisit, emptyYear, stateForVisit } from "./core/settle.js";
export { settleSequence } from "./core/year.js";
export type { SequenceResult, YearSummary } from "./core/year.js";
export { applyRatioHalfUp, formatYuan, parseYuan, parseRatio } from "./core/money.js";
export type { Fen, BasisPoints } from "./core/money.js";
export type { Citation, Facility, Level, Reason, Rules, Status, Visit, VisitResult, YearState } from "./core/types.js";
export { EXIT, YibaoError } from "./errors.js";
export { checkPolicyFile, loadPolicyFile, loadRegistry, parsePolicy, userPolicyFiles, withUserFiles } from "./policy/load.js";
export type { CheckedPolicyFile } from "./policy/load.js";
export type { PolicyIssue } from "./policy/issues.js";
export { compileRules, findCity, originOf, versionOn, withPolicies } from "./policy/registry.js";
export type { PolicyOrigin, Registry } from "./policy/registry.js";
export { extensionSchema, policySchema } from "./policy/schema.js";
export type { Policy, PolicyExtension, PolicyVersion } from "./policy/schema.js";
