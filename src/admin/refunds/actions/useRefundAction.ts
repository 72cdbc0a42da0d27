import { createElement } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { RefundAction, RefundRefusalCode } from '../../../domain/refundActions.ts';
import { formatFen } from '../../../domain/money.ts';
import { failureText, type HttpFailure as CommonHttpFailure } from '../../common/httpFailure.ts';
import { useStoreRecord } from '../../common/useStoreRecord.ts';
import type { CancelDeskDataProvider } from '../../dataProvider.ts';
import type { Refund } from '../../types.ts';
import type { RefundAmendBody, RefundPayBody, RefundReasonBody } from '../refundMethods.ts';
import { useRefundRefusalText } from '../useRefundRefusalText.ts';
import { RefundProblemToast } from './RefundProblemAlert.tsx';
import type { RefundProblem } from './refundProblem.ts';

/** One refund call, as the action bar and its dialogs make it. */
export type RefundCall =
  | { action: 'approve' }
  | { action: 'reject' | 'fail'; body: RefundReasonBody }
  | { action: 'pay'; body: RefundPayBody; idempotencyKey: string }
  | { action: 'amend'; body: RefundAmendBody };

type HttpFailure = CommonHttpFailure<{ current?: Refund }>;

const call = (dp: CancelDeskDataProvider, r: Refund, c: RefundCall): Promise<Refund> => {
  switch (c.action) {
    case 'approve':
      return dp.approveRefund(r.id, r.version);
    case 'reject':
      return dp.rejectRefund(r.id, r.version, c.body);
    case 'fail':
      return dp.failRefund(r.id, r.version, c.body);
    case 'pay':
      return dp.payRefund(r.id, r.version, c.body, c.idempotencyKey);
    case 'amend':
      return dp.amendRefund(r.id, r.version, c.body);
  }
};

/**
 * Runs a refund action with the version the page read. On success the new
 * refund goes into the cache, the page refreshes and a notice says what
 * happened. On failure: 412 explained with Refresh (never overwritten), 409/403
 * said in the user's language from the refund as it is now (its
 * blockedActions, computed by src/domain/refundActions), anything else in the
 * server's words. `onProblem` lets a dialog show it inline.
 */
export const useRefundAction = (refund: Refund, options: { onProblem?: (p: RefundProblem) => void } = {}) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const refusalText = useRefundRefusalText();
  const storeRefund = useStoreRecord<Refund>('refunds');

  const explain = async (action: RefundAction, error: HttpFailure): Promise<RefundProblem> => {
    const body = error.body ?? {};
    if (error.status === 412) return { kind: 'conflict', action, current: body.current ?? null };
    if ((error.status === 409 || error.status === 403) && body.code) {
      const fresh = await dataProvider
        .getOne<Refund>('refunds', { id: refund.id })
        .then(({ data }) => data)
        .catch(() => null);
      if (fresh) storeRefund(fresh);
      const refusal = fresh?.blockedActions?.[action] ?? {
        code: body.code as RefundRefusalCode,
        message: body.message ?? error.message ?? '',
      };
      return { kind: 'refused', action, text: refusalText(action, refusal, (fresh ?? refund).status) };
    }
    return { kind: 'refused', action, text: failureText(error, translate) };
  };

  const mutation = useMutation<Refund, HttpFailure, RefundCall>({
    mutationFn: (c) => call(dataProvider, refund, c),
    onSuccess: (updated, c) => {
      storeRefund(updated);
      refresh();
      // A first of two approvals leaves the refund waiting: the notice says for whom.
      const done = c.action === 'approve' && updated.status === 'pending_approval' ? 'approve_first' : c.action;
      notify(`resources.refunds.done.${done}`, {
        type: 'success',
        messageArgs: {
          id: updated.id,
          amount: formatFen(updated.amountFen),
        },
      });
    },
    onError: async (error, c) => {
      const problem = await explain(c.action, error);
      if (problem.kind === 'refused') refresh();
      if (options.onProblem) options.onProblem(problem);
      else {
        notify(createElement(RefundProblemToast, { problem }), {
          type: problem.kind === 'conflict' ? 'warning' : 'error',
          autoHideDuration: problem.kind === 'conflict' ? null : 10_000,
        });
      }
    },
  });

  const run = (c: RefundCall, then: { onSuccess?: (updated: Refund) => void } = {}) => mutation.mutate(c, then);
  return { run, isPending: mutation.isPending };
};
