import type { StaffIdentity } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { ApiError } from '../../http/errors.ts';
import { writeAudit } from '../../sql/audit.ts';
import { getRefund, lockRefundable } from '../../sql/refunds/index.ts';
import { dualApprovalThresholdFen } from '../../sql/settings.ts';
import { checkRefundAmount } from '../../../domain/refundAmount.ts';
import { approvalsNeeded } from '../../../domain/refundApproval.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import { staffActor } from './refundTransaction.ts';

/**
 * A refund on request (finance or manager): from an account's refundable
 * balance, checked under the account's lock. Its requester can never approve it.
 */
export async function createRefund(
  database: Database,
  user: StaffIdentity,
  input: { accountId: number; amountFen: number; reason: string },
  now: Date,
): Promise<ApiRefund> {
  return database.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('accounts').select('id').where('id', '=', input.accountId).executeTakeFirst();
    if (!exists) throw new ApiError(422, 'no such account', { accountId: 'no such account' });
    const amount = checkRefundAmount(input.amountFen, await lockRefundable(trx, input.accountId, null));
    if (!amount.ok) throw new ApiError(amount.status, amount.message, { amountFen: amount.message });
    const needed = approvalsNeeded(input.amountFen, await dualApprovalThresholdFen(trx));
    const { id } = await trx
      .insertInto('refunds')
      .values({
        accountId: input.accountId,
        requestId: null,
        amountFen: input.amountFen,
        status: 'pending_approval',
        requestedBy: user.id,
        reason: input.reason,
        approvalsNeeded: needed,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'refund.created',
      entityType: 'refund',
      entityId: id,
      accountId: input.accountId,
      after: { status: 'pending_approval', amountFen: input.amountFen, approvalsNeeded: needed, reason: input.reason },
      at: now,
    });
    return (await getRefund(trx, id, staffActor(user)))!;
  });
}
