import { runRefundAction, type RefundTarget } from './refundTransaction.ts';

/**
 * A finance approval. At or below the threshold one moves the refund to
 * approved; above it the first is recorded and the refund stays
 * pending_approval until a different finance user gives the second
 * (refundApproval.ts says who may).
 */
export function approveRefund(target: RefundTarget) {
  return runRefundAction(target, 'approve', async ({ row, next, user, now }) => {
    const first = row.firstApproverId === null;
    return {
      set: first
        ? { firstApproverId: user.id, firstApprovedAt: now }
        : { secondApproverId: user.id, secondApprovedAt: now },
      audit: {
        action: 'refund.approved',
        after: {
          approval: first ? 'first' : 'second',
          approvalsNeeded: row.approvalsNeeded,
          approved: next === 'approved',
        },
      },
    };
  });
}
