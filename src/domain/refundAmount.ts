// How much may still be refunded from an account: the ledger's balance less
// what refunds not yet paid hold (pending, approved, failed). A paid refund is
// in the ledger already (its refund_paid entry), so it is not counted twice.
// Integer fen only.

import { formatFen } from './money.ts';
import type { RefundStatus } from './vocabulary.ts';

/** Statuses whose amount is spoken for until the refund is rejected (failed ones are retried, so they hold it too). */
export const HOLDING_STATUSES: readonly RefundStatus[] = ['pending_approval', 'approved', 'failed'];

export interface RefundableFacts {
  /** The ledger's sum for the account. */
  balanceFen: number;
  /** Sum of the account's refunds that hold money and are not yet paid (HOLDING_STATUSES), excluding the one checked. */
  heldFen: number;
}

export function refundableFen(facts: RefundableFacts): number {
  return Math.max(0, facts.balanceFen - facts.heldFen);
}

export type RefundAmountCheck = { ok: true } | { ok: false; status: 400 | 422; field: 'amountFen'; message: string };

/** A refund of amountFen on this account: a positive whole number of fen, no more than what is refundable. */
export function checkRefundAmount(amountFen: number, facts: RefundableFacts): RefundAmountCheck {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    return { ok: false, status: 400, field: 'amountFen', message: 'amountFen must be a positive whole number of fen' };
  }
  const refundable = refundableFen(facts);
  if (amountFen > refundable) {
    return {
      ok: false,
      status: 422,
      field: 'amountFen',
      message: `${formatFen(amountFen)} is more than the refundable ${formatFen(refundable)} (balance ${formatFen(facts.balanceFen)}, ${formatFen(facts.heldFen)} in other refunds not yet paid)`,
    };
  }
  return { ok: true };
}
