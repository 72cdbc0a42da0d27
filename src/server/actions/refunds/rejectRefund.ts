import { enqueueNotifications } from '../../outbox/enqueue.ts';
import { refundMessageNumber } from './refundMessage.ts';
import { runRefundAction, type RefundTarget } from './refundTransaction.ts';

/** pending_approval | approved → rejected, with the reason the customer is sent (email + SMS, same transaction). */
export function rejectRefund(target: RefundTarget, input: { reason: string }) {
  return runRefundAction(target, 'reject', async ({ trx, row, user, now }) => {
    await enqueueNotifications(trx, {
      event: 'refund_rejected',
      requestId: row.requestId,
      accountId: row.accountId,
      now,
      facts: { number: await refundMessageNumber(trx, row), amountFen: row.amountFen, message: input.reason },
    });
    return {
      set: { rejectedBy: user.id, rejectionReason: input.reason },
      audit: { action: 'refund.rejected', after: { reason: input.reason } },
    };
  });
}
