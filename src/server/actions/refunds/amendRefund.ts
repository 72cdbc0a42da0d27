import { ApiError, badRequest } from '../../http/errors.ts';
import { lockRefundable } from '../../sql/refunds/index.ts';
import { dualApprovalThresholdFen } from '../../sql/settings.ts';
import { checkRefundAmount } from '../../../domain/refundAmount.ts';
import { approvalsNeeded } from '../../../domain/refundApproval.ts';
import { runRefundAction, type RefundTarget } from './refundTransaction.ts';

/**
 * A new amount voids every approval: the refund goes back to pending_approval,
 * needs as many approvals as the new amount does, and the person who changed
 * it may not give them. Checked against the refundable balance under the
 * account's lock; audited with the amount and approvals before and after.
 */
export function amendRefund(target: RefundTarget, input: { amountFen: number; reason: string }) {
  return runRefundAction(target, 'amend', async ({ trx, row, user }) => {
    if (input.amountFen === row.amountFen) {
      throw badRequest('the amount is unchanged', { amountFen: 'enter a different amount' });
    }
    const amount = checkRefundAmount(input.amountFen, await lockRefundable(trx, row.accountId, row.id));
    if (!amount.ok) throw new ApiError(amount.status, amount.message, { amountFen: amount.message });
    const needed = approvalsNeeded(input.amountFen, await dualApprovalThresholdFen(trx));
    return {
      set: {
        amountFen: input.amountFen,
        amendedBy: user.id,
        approvalsNeeded: needed,
        firstApproverId: null,
        firstApprovedAt: null,
        secondApproverId: null,
        secondApprovedAt: null,
      },
      audit: {
        action: 'refund.amended',
        before: {
          amountFen: row.amountFen,
          approvalsNeeded: row.approvalsNeeded,
          firstApproverId: row.firstApproverId,
          secondApproverId: row.secondApproverId,
        },
        after: {
          amountFen: input.amountFen,
          approvalsNeeded: needed,
          firstApproverId: null,
          secondApproverId: null,
          reason: input.reason,
        },
      },
    };
  });
}
