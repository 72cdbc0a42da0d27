import { useTranslate } from 'react-admin';
import type { RefundAction, RefundRefusal } from '../../domain/refundActions.ts';
import type { RefundStatus } from '../../domain/vocabulary.ts';

/**
 * Says, in the user's language, why src/domain/refundActions refused an
 * action: the refusal's `code` picks the sentence; a code this interface does
 * not know yet falls back to the domain's (English) message.
 */
export const useRefundRefusalText = () => {
  const translate = useTranslate();
  return (action: RefundAction, refusal: Pick<RefundRefusal, 'code' | 'message'>, status: RefundStatus): string =>
    translate(`resources.refunds.refusals.${refusal.code}`, {
      _: refusal.message,
      action: translate(`resources.refunds.actions.${action}`),
      status: translate(`resources.refunds.enums.status.${status}`),
    });
};
