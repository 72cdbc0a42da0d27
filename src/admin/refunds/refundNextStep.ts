import type { RefundAction } from '../../domain/refundActions.ts';
import type { RefundStatus } from '../../domain/vocabulary.ts';

/** The move finance makes next on a refund in this status; none once it is paid or rejected. */
export const NEXT_STEP: Record<RefundStatus, RefundAction | null> = {
  pending_approval: 'approve',
  approved: 'pay',
  failed: 'pay',
  paid: null,
  rejected: null,
};
