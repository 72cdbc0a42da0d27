import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import type { RejectReasonCode } from '../../domain/vocabulary.ts';
import { decisionFields } from './decisionFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

/** in_review → rejected, with a reason code, the message the customer reads and an internal note. */
export function rejectRequest(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  input: { reasonCode: RejectReasonCode; customerMessage: string; internalNote?: string | null },
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'reject', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      await enqueueNotifications(trx, {
        event: 'rejected',
        requestId: row.id,
        accountId: row.accountId,
        now,
        facts: { number: row.number, message: input.customerMessage },
      });
      return {
        set: {
          ...(await decisionFields(trx, row, user.id, now)),
          rejectReasonCode: input.reasonCode,
          customerMessage: input.customerMessage,
          ...(input.internalNote ? { internalNote: input.internalNote } : {}),
        },
        auditExtra: { reasonCode: input.reasonCode, customerMessage: input.customerMessage },
      };
    },
  );
}
