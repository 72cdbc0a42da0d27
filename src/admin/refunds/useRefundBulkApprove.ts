import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { RefundRefusalCode } from '../../domain/refundActions.ts';
import { failureText, type HttpFailure } from '../common/httpFailure.ts';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { BulkLine, BulkOutcome } from '../requests/bulk/bulkOutcome.ts';
import type { Refund } from '../types.ts';
import { useRefundRefusalText } from './useRefundRefusalText.ts';

/**
 * Approves the selected refunds one by one, each with the version the list
 * showed (the server has no bulk route: every approval is its own four-eyes
 * check and transaction), and turns the answers into the requests' bulk
 * lines. A refund the row already says you may not approve is not sent; its
 * line says why (blockedActions). A stale row (412) says it changed.
 */
export const useRefundBulkApprove = () => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const translate = useTranslate();
  const refusalText = useRefundRefusalText();

  const lineFor = async (refund: Refund): Promise<BulkLine> => {
    const number = translate('resources.refunds.show.title', { id: refund.id });
    const refused = (text: string): BulkLine => ({ id: refund.id, number, ok: false, text });
    const blocked = refund.blockedActions?.approve;
    if (blocked) return refused(refusalText('approve', blocked, refund.status));
    try {
      const updated = await dataProvider.approveRefund(refund.id, refund.version);
      return {
        id: refund.id,
        number,
        ok: true,
        // A first of two approvals leaves it pending: the line says someone else must approve.
        text:
          updated.status === 'pending_approval' && updated.approvals.length < updated.approvalsNeeded
            ? translate('resources.refunds.bulk.first_of_two')
            : translate(`resources.refunds.enums.status.${updated.status}`, { _: updated.status }),
      };
    } catch (e) {
      const error = e as HttpFailure;
      if (error.status === 412) return refused(translate('resources.refunds.bulk.stale'));
      const code = error.body?.code as RefundRefusalCode | undefined;
      if (code) return refused(refusalText('approve', { code, message: error.body?.message ?? '' }, refund.status));
      return refused(failureText(error, translate));
    }
  };

  const outcomeOf = async (refunds: Refund[]): Promise<BulkOutcome> => {
    const lines: BulkLine[] = [];
    // One after another: two approvals of the same account's refunds must not race for its lock.
    for (const refund of refunds) lines.push(await lineFor(refund));
    return { action: 'approve', lines };
  };

  const { mutate, isPending } = useMutation({
    mutationFn: outcomeOf,
    onSuccess: () => refresh(),
    onError: notifyFailure,
  });
  return { run: mutate, isPending };
};
