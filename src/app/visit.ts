/**
 * One visit from raw input to what the engine needs: the policy version in force on its date, its
 * level read in the city's terms, amounts in fen, where it took place, the rules it settles under.
 */
import { level, name } from "../core/facts.js";
import type { Payment } from "../core/steps/waterfall.js";
import type { Facility, Reason, Rules, Visit, VisitResult } from "../core/types.js";
import { type Fen, ZERO, formatYuan, subFen } from "../core/money.js";
import { type ResolvedLevel, ageOn, parseCondition, parseDate, parseFacility, parseLevel, parseMoney } from "../policy/inputs.js";
import { type Registry, assertPharmacyKnown, versionOn } from "../policy/registry.js";
import type { Policy, PolicyVersion } from "../policy/schema.js";
import type { VisitInput } from "../policy/visit-schema.js";
import { type Field, YibaoError, arg, rec } from "../shared/errors.js";
import { type ResolvedPlace, resolvePlace, rulesForPlace } from "./cross-region.js";
import { cashOnly } from "./wallet.js";

export interface SettledVisit {
  /** 1-based position in the input. */
  readonly index: number;
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
  /** Where it took place. */
  readonly where: ResolvedPlace;
  readonly result: VisitResult;
  /** Who pays the self-paid part: own account, family, cash. */
  readonly payment: Payment;
}

/** A visit checked and resolved against the policy version in force on its date, ready to settle. */
export interface PreparedVisit {
  readonly item: {
    readonly visit: Visit;
    /** The rules of the policy version in force on the visit's date. */
    readonly rules: Rules;
    /** 1-based position in the caller's input. */
    readonly index: number;
  };
  readonly level: ResolvedLevel;
  readonly version: PolicyVersion;
  /** Where it took place: local or elsewhere, filed, the city of treatment. */
  readonly where: ResolvedPlace;
  /** The current-year account's balance as the visit states it (`accountCurrent`); null when it does not. */
  readonly accountCurrent: Fen | null;
}

const NO_CONDITIONS: readonly string[] = Object.freeze([]);

/** Names of the visit's fields in messages: options on the command line, fields in a file. */
const FIELD = (name: string, fromFile: boolean): Field => (fromFile ? rec(name) : arg(name));

export function prepareVisit(registry: Registry, policy: Policy, input: VisitInput, index: number, fromFile: boolean): PreparedVisit {
  const date = parseDate(input.date, FIELD("date", fromFile));
  const version = versionOn(policy, date);
  const level = parseLevel(policy, version, input.level, FIELD("level", fromFile));
  const facility: Facility = input.facility === undefined ? "hospital" : parseFacility(input.facility, FIELD("facility", fromFile));
  const amount = parseMoney(input.amount, FIELD("amount", fromFile));
  const excluded = input.excluded === undefined ? ZERO : parseMoney(input.excluded, FIELD("excluded", fromFile));
  if (excluded > amount) throw new YibaoError("EXCLUDED_OVER_AMOUNT", { excluded: String(input.excluded), amount: String(input.amount) });
  const classB = input.classB === undefined ? ZERO : parseMoney(input.classB, FIELD("classB", fromFile));
  if (classB > amount - excluded) throw new YibaoError("CLASS_B_OVER_IN_POLICY", { classB: String(input.classB), inPolicy: formatYuan(subFen(amount, excluded)), field: FIELD("classB", fromFile) });
  if (facility === "pharmacy") assertPharmacyKnown(policy, version);
  const where = resolvePlace(registry, policy, input, (name) => FIELD(name, fromFile));
  const visit: Visit = {
    date,
    level: level.level,
    facility,
    amount,
    excluded,
    designated: input.designated ?? true,
    emergency: input.emergency ?? false,
    prescription: input.prescription ?? true,
    place: where.place,
    filed: where.filed,
    directSettlement: where.directSettlement,
    age: ageOn(date, input, (name) => FIELD(name, fromFile)),
    classB,
    conditions: input.conditions === undefined ? NO_CONDITIONS : input.conditions.map((c) => parseCondition(version, c, FIELD("conditions", fromFile))),
  };
  const accountCurrent = input.accountCurrent === undefined ? null : parseMoney(input.accountCurrent, FIELD("accountCurrent", fromFile));
  return { item: { visit, rules: rulesForPlace(registry, policy, version, where, date), index }, level, version, where, accountCurrent };
}

/** A settled visit: what it was as prepared, its result, and who paid (in cash unless told otherwise). */
export function settledVisit(p: PreparedVisit, result: VisitResult, payment: Payment = cashOnly(result)): SettledVisit {
  return { index: p.item.index, level: p.level, version: p.version, where: p.where, result, payment };
}

/** The reading of the level in the city's terms, where it rests on an interpretation: the first of a visit's reasons. */
export function levelNote(v: SettledVisit): Reason | null {
  return v.level.cite === undefined ? null : { code: "LEVEL_INTERPRETED", params: { level: level(v.level.level), label: name(v.level.label) }, cite: v.level.cite };
}

/**
 * Why a visit settled as it did, as objects for a reader that puts them into words: the reading of
 * its level, the settlement's reasons (kept compact until now), then those of the payment.
 */
export function reasonsOf(v: SettledVisit): Reason[] {
  const note = levelNote(v);
  return [...(note === null ? [] : [note]), ...v.result.reasons.list(), ...v.payment.reasons];
}
