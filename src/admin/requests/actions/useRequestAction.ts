import { createElement } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Gate } from '../../../domain/approvalGates.ts';
import { checkAction, type RequestAction } from '../../../domain/lifecycle.ts';
import type { CancelDeskDataProvider, RejectBody, RequestInfoBody } from '../../dataProvider.ts';
import { failureText, type HttpFailure as CommonHttpFailure } from '../../common/httpFailure.ts';
import type { CancelRequest } from '../../types.ts';
import { ActionProblemToast } from './ActionProblemAlert.tsx';
import type { ActionProblem } from './actionProblem.ts';
import { useActor } from './useActor.ts';
import { useRefusalText } from './useRefusalText.ts';
import { useStoreRequest } from './useStoreRequest.ts';

/** One workflow call, as the action bar and its dialogs make it. */
export type WorkflowCall =
  | { action: 'claim' | 'release' | 'approve' | 'pause_instead' | 'verify_identity' | 'resume_review' | 'remind' }
  | { action: 'reassign'; assigneeId: number }
  | { action: 'request_info'; body: RequestInfoBody }
  | { action: 'reject'; body: RejectBody };

type HttpFailure = CommonHttpFailure<{ current?: CancelRequest; gates?: Gate[] }>;

const call = (dp: CancelDeskDataProvider, r: CancelRequest, c: WorkflowCall): Promise<CancelRequest> => {
  switch (c.action) {
    case 'claim':
      return dp.claim(r.id, r.version);
    case 'release':
      return dp.release(r.id, r.version);
    case 'approve':
      return dp.approve(r.id, r.version);
    case 'pause_instead':
      return dp.pauseInstead(r.id, r.version);
    case 'reassign':
      return dp.reassign(r.id, r.version, c.assigneeId);
    case 'request_info':
      return dp.requestInfo(r.id, r.version, c.body);
    case 'reject':
      return dp.reject(r.id, r.version, c.body);
    case 'verify_identity':
      return dp.verifyIdentity(r.id, r.version);
    case 'resume_review':
      return dp.resumeReview(r.id, r.version);
    case 'remind':
      return dp.remind(r.id, r.version);
  }
};

/**
 * Runs a workflow action on `request` with the version it was read at. On
 * success: the new record goes into the cache, every panel refreshes, a
 * notice says what happened. On failure the problem is explained: 412 with a
 * Refresh (the page is never silently overwritten), 409/403 in the user's
 * language (rechecked with src/domain/lifecycle against the current record),
 * failed approval gates listed. `onProblem` lets a dialog show it inline
 * instead of as a notification.
 */
export const useRequestAction = (request: CancelRequest, options: { onProblem?: (p: ActionProblem) => void } = {}) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const refusalText = useRefusalText();
  const storeRequest = useStoreRequest();
  const actor = useActor();

  const explain = async (action: RequestAction, error: HttpFailure): Promise<ActionProblem> => {
    const body = error.body ?? {};
    if (error.status === 412) return { kind: 'conflict', action, current: body.current ?? null };
    if (error.status === 409 && body.code === 'approval_gates' && body.gates)
      return { kind: 'gates', action, gates: body.gates };
    if ((error.status === 409 || error.status === 403) && body.code) {
      // The request moved on: read it again and let the domain say why, in words the user reads.
      const fresh = await dataProvider
        .getOne<CancelRequest>('requests', { id: request.id })
        .then(({ data }) => data)
        .catch(() => null);
      if (fresh) storeRequest(fresh);
      const base = fresh ?? request;
      const check = actor ? checkAction(action, base, actor) : null;
      const refusal =
        check && !check.ok ? check : { code: body.code as never, message: body.message ?? error.message ?? '' };
      return { kind: 'refused', action, text: refusalText(action, refusal, base, actor) };
    }
    return { kind: 'failed', action, text: failureText(error, translate) };
  };

  const mutation = useMutation<CancelRequest, HttpFailure, WorkflowCall>({
    mutationFn: (c) => call(dataProvider, request, c),
    onSuccess: (updated, c) => {
      storeRequest(updated);
      refresh();
      notify(`resources.requests.done.${c.action}`, {
        type: 'success',
        messageArgs: { number: updated.number, assignee: updated.assigneeName ?? '' },
      });
    },
    // Awaited by the mutation, so the button stays pending until the problem is explained.
    onError: async (error, c) => {
      const problem = await explain(c.action, error);
      if (problem.kind === 'refused') refresh();
      if (options.onProblem) options.onProblem(problem);
      else {
        notify(createElement(ActionProblemToast, { problem }), {
          type: problem.kind === 'conflict' ? 'warning' : 'error',
          autoHideDuration: problem.kind === 'conflict' ? null : 10_000,
        });
      }
    },
  });

  /** Makes the call; `then.onSuccess` runs after the cache, refresh and notice (a dialog closes). */
  const run = (c: WorkflowCall, then: { onSuccess?: (updated: CancelRequest) => void } = {}) =>
    mutation.mutate(c, then);

  return { run, isPending: mutation.isPending };
};
