import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { checkRejectReason } from '../../domain/awaitingCustomer.ts';
import type { RejectReasonCode } from '../../domain/vocabulary.ts';
import { awaitingFacts } from './awaitingFacts.ts';
import { decisionFields } from './decisionFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * → rejected, with a reason code, the message the customer reads and an
 * internal note. From in_review for any reason but no response; from
 * awaiting_customer only for no response, once the set working days passed
 * (checkRejectReason), with its own message to the customer.
 */
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
      const check = checkRejectReason(await awaitingFacts(trx, row), input.reasonCode, now);
      if (!check.ok) throw new ApiError(check.status, check.message, undefined, { code: check.code, from: check.from });
      await enqueueNotifications(trx, {
        event: input.reasonCode === 'no_response' ? 'rejected_no_response' : 'rejected',
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
