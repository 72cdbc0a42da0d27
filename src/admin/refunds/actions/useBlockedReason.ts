import type { RefundAction } from '../../../domain/refundActions.ts';
import type { Refund } from '../../types.ts';
import { useRefundRefusalText } from '../useRefundRefusalText.ts';

/** Why this person may not take `action` on the refund now (its blockedActions), or null. */
export const useBlockedReason = (action: RefundAction, refund: Refund | undefined): string | null => {
  const refusalText = useRefundRefusalText();
  const refusal = refund?.blockedActions?.[action];
  return refund && refusal ? refusalText(action, refusal, refund.status) : null;
};
