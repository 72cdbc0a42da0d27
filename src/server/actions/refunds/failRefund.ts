import { runRefundAction, type RefundTarget } from './refundTransaction.ts';

/**
 * The bank refused the transfer: approved → failed, with why. The refund keeps
 * its approvals and its hold on the balance; paying it again is a new payout
 * attempt (a new gateway key). A paid refund is never un-paid: 409.
 */
export function failRefund(target: RefundTarget, input: { reason: string }) {
  return runRefundAction(target, 'fail', async ({ row }) => ({
    set: { failureReason: input.reason, payoutAttempts: row.payoutAttempts + 1 },
    audit: { action: 'refund.failed', after: { reason: input.reason, payoutAttempts: row.payoutAttempts + 1 } },
  }));
}
