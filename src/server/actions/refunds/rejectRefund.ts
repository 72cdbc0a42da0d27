import type { StaffIdentity } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { enqueueNotifications } from '../../outbox/enqueue.ts';
import { refundMessageNumber } from './refundMessage.ts';
import { runRefundAction } from './refundTransaction.ts';

/** pending_approval | approved → rejected, with the reason the customer is sent (email + SMS, same transaction). */
export function rejectRefund(
  database: Database,
  id: number,
  version: number,
  user: StaffIdentity,
  input: { reason: string },
  now: Date,
) {
  return runRefundAction(
    database,
    { id, action: 'reject', expectedVersion: version, user, now },
    async ({ trx, row }) => {
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
    },
  );
}
