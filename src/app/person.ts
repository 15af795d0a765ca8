/**
 * The one path a visit takes once it is prepared: settled against the person's ledger, paid from
 * their balances, booked. `calculate` (one person's visits) and `batch` (a stream of many people's)
 * both settle every visit here; nothing else keeps a year's state.
 */
import type { Payment } from "../core/steps/waterfall.js";
import { Ledger, type Opening } from "../core/ledger.js";
import { settleVisit } from "../core/settle.js";
import { MissingValue } from "../core/table.js";
import { categoriesOf } from "../policy/categories.js";
import { YibaoError } from "../shared/errors.js";
import type { Status } from "../core/types.js";
import type { Registry } from "../policy/registry.js";
import type { Policy } from "../policy/schema.js";
import { type PreparedVisit, type SettledVisit, settledVisit } from "./visit.js";
import { type FieldOf, WalletTracker, type WalletInput, cashOnly } from "./wallet.js";

/** Balances a visit states, and how its fields are named where they were typed. */
export interface StatedBalances {
  readonly input: WalletInput;
  readonly field: FieldOf;
}

export class Person {
  readonly ledger: Ledger;
  /** Set once a balance has been stated; until then the person pays the self-paid part in cash. */
  private wallet: WalletTracker | undefined;

  /** Whether settlements record their arithmetic step by step (`--explain`); a batch does not. */
  private readonly steps: boolean;

  constructor(
    private readonly registry: Registry,
    options: { readonly opening?: Opening; readonly keepYears?: boolean; readonly steps?: boolean } = {},
  ) {
    this.ledger = new Ledger(options);
    this.steps = options.steps !== false;
  }

  /** Takes balances stated before any visit (`--account`, `--family-*`). */
  state(policy: Policy, balances: StatedBalances): void {
    this.walletFor(policy).update(balances.input, balances.field);
  }

  /**
   * Settles one visit of this person under `policy`, pays the self-paid part from the balances and
   * books it in the ledger. Balances belong to one insured city: a visit under another city's policy
   * starts them afresh. On an error nothing is booked.
   */
  settle(policy: Policy, status: Status, p: PreparedVisit, balances?: StatedBalances): SettledVisit {
    const { visit, rules } = p.item;
    const walletBefore = this.wallet;
    const accountBefore = this.ledger.account;
    const familyBefore = this.ledger.family;
    try {
      if (this.wallet !== undefined && this.wallet.policy !== policy) {
        this.wallet = undefined;
        this.ledger.account = null;
        this.ledger.family = null;
      }
      const year = this.ledger.yearState(visit.date, visit.level);
      // A balance of the current-year account stated with the visit replaces the one carried.
      const state = p.accountCurrent === null ? year : { ...year, accountCurrent: p.accountCurrent };
      const result = settleVisit(rules, status, visit, state, { steps: this.steps });
      if (balances !== undefined) this.state(policy, balances);
      const payment: Payment = this.wallet === undefined ? cashOnly(result) : this.wallet.pay(p.version, result, p.where);
      this.ledger.record(rules, status, result, payment);
      return settledVisit(p, result, payment);
    } catch (error) {
      this.wallet = walletBefore;
      this.ledger.account = accountBefore;
      this.ledger.family = familyBefore;
      throw error instanceof MissingValue ? missingValueError(policy, p, error) : error;
    }
  }

  private walletFor(policy: Policy): WalletTracker {
    this.wallet ??= new WalletTracker(this.registry, policy, this.ledger);
    return this.wallet;
  }
}

/** A value the settlement needed and the policy does not give, or an age it needed and was not told. */
function missingValueError(policy: Policy, p: PreparedVisit, error: MissingValue): YibaoError {
  const where = { city: policy.name.zh, cityId: policy.id, version: p.version.id };
  if (error.gap === "age") return new YibaoError("AGE_REQUIRED", { ...where, field: error.field });
  const category = categoriesOf(p.version).find((c) => c.rank === error.at.level);
  const entry = p.version.missing.find(
    (m) => m.field === error.field && (m.category === undefined || m.category === category?.id) && (m.status === undefined || m.status === error.at.status),
  );
  return new YibaoError("POLICY_INCOMPLETE", {
    ...where,
    fields: [error.field],
    notes: entry === undefined ? [] : [entry.note],
    ...(error.field === "designation" || category === undefined ? {} : { cell: { category: category.name, status: error.at.status } }),
  });
}
