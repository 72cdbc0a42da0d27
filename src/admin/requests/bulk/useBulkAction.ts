import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { checkAction } from '../../../domain/lifecycle.ts';
import { failureText } from '../../common/httpFailure.ts';
import { useNotifyFailure } from '../../common/useNotifyFailure.ts';
import type { BulkAction, CancelDeskDataProvider } from '../../dataProvider.ts';
import type { CancelRequest } from '../../types.ts';
import { useActor } from '../actions/useActor.ts';
import { useRefusalText } from '../actions/useRefusalText.ts';
import type { BulkOutcome } from './bulkOutcome.ts';

/** One bulk call: the action, the selected requests, and for reassign the reviewer they go to. */
interface BulkCall {
  action: BulkAction;
  ids: number[];
  assigneeId?: number;
}

/**
 * Runs claim / release / reassign on many requests (one transaction each on
 * the server) and turns the per-item answer into lines: which succeeded and
 * which were refused and why. The bulk answer carries no refusal code, so each
 * refused request is read again and src/domain/lifecycle says why in the user's
 * language; the server's own message is the fallback.
 */
export const useBulkAction = () => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const translate = useTranslate();
  const refusalText = useRefusalText();
  const actor = useActor();

  const outcomeOf = async ({ action, ids, assigneeId }: BulkCall): Promise<BulkOutcome> => {
    const results = await dataProvider.bulk(action, ids, assigneeId);
    const { data: records } = await dataProvider
      .getMany<CancelRequest>('requests', { ids: results.map((r) => r.id) })
      .catch(() => ({ data: [] as CancelRequest[] }));
    const byId = new Map(records.map((r) => [r.id, r]));
    return {
      action,
      lines: results.map((result) => {
        const record = byId.get(result.id);
        const number = record?.number ?? `#${result.id}`;
        if (result.ok) {
          const status = result.status ?? record?.status ?? '';
          return {
            id: result.id,
            number,
            ok: true,
            text: translate(`resources.requests.enums.status.${status}`, { _: status }),
          };
        }
        const check = record && actor ? checkAction(action, record, actor) : null;
        const text =
          record && check && !check.ok
            ? refusalText(action, check, record, actor)
            : failureText({ message: result.message }, translate);
        return { id: result.id, number, ok: false, text };
      }),
    };
  };

  const { mutate, isPending } = useMutation({
    mutationFn: outcomeOf,
    onSuccess: () => refresh(),
    onError: notifyFailure,
  });
  return { run: mutate, isPending };
};
