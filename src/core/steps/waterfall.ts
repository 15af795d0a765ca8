/**
 * Who pays the self-paid part (the waterfall): the person's own personal account (个人账户), then one
 * relative's account through family mutual aid (家庭共济), then cash. Account and family money pay
 * only the in-policy part; what is outside the catalogues is cash.
 */
import * as f from "../facts.js";
import type { FamilyDecision } from "../family.js";
import { type Fen, ZERO, addFen, maxFen, minFen, subFen } from "../money.js";
import type { Citation, Reason, Step } from "../types.js";

/** Balances before or after a visit. `null`: not given. */
export interface Wallet {
  /** The person's own personal account. */
  readonly account: Fen | null;
  readonly family: {
    /** The account holder's balance. */
    readonly balance: Fen;
    /** Per payment: the limit itself; total: what is left of it. `null`: no limit set. */
    readonly limitLeft: Fen | null;
    readonly decision: FamilyDecision;
  } | null;
}

export interface Payment {
  /** Paid first by the current-year account (当年账户), where the city has that rule; 0 otherwise. */
  readonly accountCurrentPaid: Fen;
  readonly accountPaid: Fen;
  readonly familyPaid: Fen;
  readonly cashPaid: Fen;
  readonly after: Wallet;
  readonly reasons: readonly Reason[];
  /** The arithmetic of the split, for `--explain`; none when no balance was given (all is cash). */
  readonly steps: readonly Step[];
}

/** Where the rules of the waterfall come from, and whether the facility is designated. */
export interface WaterfallRules {
  /** Account and family money pay only the in-policy part. */
  readonly inPolicyOnly?: Citation | undefined;
  /** Account and family money pay only at designated facilities and pharmacies. */
  readonly designatedOnly?: Citation | undefined;
  /** The visit took place at a designated facility or pharmacy. */
  readonly designated: boolean;
}

/**
 * Splits what the person pays for a visit: own account, then family money, then cash. Account and
 * family money pay only the in-policy part (`selfPaid − excluded`), and only at a designated facility
 * or pharmacy; the rest is cash. `accountPaid + familyPaid + cashPaid = selfPaid`, always.
 */
const NONE: readonly Reason[] = [];
const NO_STEPS: readonly Step[] = [];

export function payVisit(selfPaidAll: Fen, excluded: Fen, wallet: Wallet, rules: WaterfallRules, paidFirst: Fen = ZERO): Payment {
  // What the current-year account paid first is settled already: the waterfall splits the rest.
  const accountCurrentPaid = paidFirst;
  const selfPaid = subFen(selfPaidAll, paidFirst);
  if (wallet.account === null && wallet.family === null) {
    // No balance given: the person pays all of it, and there is nothing to say about who pays.
    return { accountCurrentPaid, accountPaid: ZERO, familyPaid: ZERO, cashPaid: selfPaid, after: wallet, reasons: NONE, steps: NO_STEPS };
  }
  const reasons: Reason[] = [];
  const steps: Step[] = [];
  const given = wallet.account !== null || wallet.family !== null;
  if (!rules.designated && given) {
    reasons.push({ code: "WALLET_NOT_DESIGNATED", params: { cash: f.fen(selfPaid) }, ...(rules.designatedOnly === undefined ? {} : { cite: rules.designatedOnly }) });
    steps.push({ code: "IN_CASH", values: { selfPaid: f.fen(selfPaid), accountPaid: f.fen(ZERO), familyPaid: f.fen(ZERO) }, result: selfPaid });
    return { accountCurrentPaid, accountPaid: ZERO, familyPaid: ZERO, cashPaid: selfPaid, after: wallet, reasons, steps };
  }
  const inPolicyOnly = rules.inPolicyOnly;
  const due = subFen(selfPaid, excluded);
  if (excluded > 0 && (wallet.account !== null || wallet.family !== null)) {
    reasons.push({ code: "WALLET_EXCLUDED_CASH", params: { excluded: f.fen(excluded) }, ...(inPolicyOnly === undefined ? {} : { cite: inPolicyOnly }) });
  }
  const accountPaid = wallet.account === null ? ZERO : minFen(wallet.account, due);
  if (wallet.account !== null) {
    steps.push({
      code: "BY_ACCOUNT",
      values: { balance: f.fen(wallet.account), selfPaid: f.fen(selfPaid), excluded: f.fen(excluded) },
      result: accountPaid,
      ...(inPolicyOnly === undefined ? {} : { cite: inPolicyOnly }),
    });
  }
  if (wallet.account !== null && due > 0) {
    reasons.push({
      code: "ACCOUNT_PAID",
      params: { paid: f.fen(accountPaid), due: f.fen(due), balance: f.fen(wallet.account), left: f.fen(subFen(wallet.account, accountPaid)) },
    });
  }
  const rest = subFen(due, accountPaid);
  let familyPaid = ZERO;
  let family = wallet.family;
  if (family !== null) {
    const d = family.decision;
    if (!d.allowed) {
      reasons.push(...d.reasons);
    } else if (rest === 0) {
      if (due > 0) reasons.push({ code: "FAMILY_NOT_NEEDED", params: {}, cite: d.ownAccountFirst });
    } else {
      reasons.push(...d.reasons);
      if (wallet.account === null) reasons.push({ code: "ACCOUNT_NOT_GIVEN", params: {}, cite: d.ownAccountFirst });
      familyPaid = familyShare(rest, family.balance, family.limitLeft, d, reasons);
      family = {
        balance: subFen(family.balance, familyPaid),
        limitLeft: family.limitLeft === null || d.limit.kind === "per-payment" ? family.limitLeft : subFen(family.limitLeft, familyPaid),
        decision: d,
      };
    }
    steps.push(
      d.allowed
        ? {
            code: "BY_FAMILY",
            values: {
              allowed: f.flag(true),
              due: f.fen(rest),
              balance: f.fen(wallet.family?.balance ?? ZERO),
              reserve: f.fen(d.reserve?.value ?? ZERO),
              ...(wallet.family?.limitLeft === null || wallet.family?.limitLeft === undefined ? {} : { limit: f.fen(wallet.family.limitLeft) }),
              available: f.fen(available(wallet.family?.balance ?? ZERO, wallet.family?.limitLeft ?? null, d)),
              allOrNothing: f.flag(d.allOrNothing !== null),
            },
            result: familyPaid,
            ...(d.allOrNothing === null ? {} : { cite: d.allOrNothing }),
          }
        : { code: "BY_FAMILY", values: { allowed: f.flag(false), due: f.fen(rest) }, result: ZERO },
    );
  }
  const cashPaid = subFen(selfPaid, addFen(accountPaid, familyPaid));
  if (cashPaid > 0 && (wallet.account !== null || wallet.family !== null)) {
    reasons.push({ code: "CASH_PAID", params: { cash: f.fen(cashPaid) } });
  }
  if (wallet.account !== null || wallet.family !== null) {
    steps.push({ code: "IN_CASH", values: { selfPaid: f.fen(selfPaid), accountPaid: f.fen(accountPaid), familyPaid: f.fen(familyPaid) }, result: cashPaid });
  }
  return {
    accountCurrentPaid,
    accountPaid,
    familyPaid,
    cashPaid,
    after: { account: wallet.account === null ? null : subFen(wallet.account, accountPaid), family },
    reasons,
    steps,
  };
}

/** What family money may pay: the balance above the reserve, within the limit left. */
function available(balance: Fen, limitLeft: Fen | null, d: FamilyDecision): Fen {
  const shareable = maxFen(ZERO, subFen(balance, d.reserve?.value ?? ZERO));
  return limitLeft === null ? shareable : minFen(shareable, limitLeft);
}

/** How much family money pays towards `rest`, with a reason for each bound that cut it. */
function familyShare(rest: Fen, balance: Fen, limitLeft: Fen | null, d: FamilyDecision, reasons: Reason[]): Fen {
  const reserve = d.reserve?.value ?? ZERO;
  const shareable = maxFen(ZERO, subFen(balance, reserve));
  const availableNow = available(balance, limitLeft, d);
  if (d.allOrNothing !== null && availableNow < rest) {
    reasons.push({ code: "FAMILY_ALL_OR_NOTHING", params: { due: f.fen(rest), available: f.fen(availableNow) }, cite: d.allOrNothing });
    return ZERO;
  }
  const paid = minFen(availableNow, rest);
  if (paid < rest) {
    // Name the bound that was tightest; a reserve that took part of the balance is shown too.
    if (limitLeft !== null && limitLeft <= shareable) {
      reasons.push({
        code: d.limit.kind === "per-payment" ? "FAMILY_CUT_PER_PAYMENT" : "FAMILY_CUT_TOTAL",
        params: { limit: f.fen(limitLeft) },
        cite: d.limit.cite,
      });
    } else if (d.reserve !== null && balance > 0 && shareable < balance) {
      reasons.push({
        code: "FAMILY_CUT_RESERVE",
        params: { balance: f.fen(balance), reserve: f.fen(reserve), shareable: f.fen(shareable) },
        cite: d.reserve.cite,
      });
    } else {
      reasons.push({ code: "FAMILY_CUT_BALANCE", params: { balance: f.fen(balance) } });
    }
  }
  if (paid > 0) reasons.push({ code: "FAMILY_PAID", params: { paid: f.fen(paid), due: f.fen(rest) } });
  return paid;
}
