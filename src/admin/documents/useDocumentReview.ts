import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import {
  checkDocumentReview,
  type DocumentDecision,
  type DocumentReviewRefusalCode,
} from '../../domain/documentReview.ts';
import { latestDocumentByType } from '../../domain/requiredDocuments.ts';
import { failureText, type HttpFailure } from '../common/httpFailure.ts';
import type { CancelDeskDataProvider, DocumentRejectBody } from '../dataProvider.ts';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { useActor } from '../requests/actions/useActor.ts';

/** One decision on the document on screen; a rejection carries its reason and what follows. */
type DocumentCall = { decision: 'verify' } | { decision: 'reject'; body: DocumentRejectBody };

/**
 * Verify and reject for one document of one request: whether the signed-in
 * user may do it now and why not (src/domain/documentReview's checkDocumentReview,
 * the same check the server makes), and the call itself with the document
 * version the reviewer is looking at. After a decision every panel refreshes
 * (the checklist, the approval gates).
 */
export const useDocumentReview = (
  request: CancelRequest,
  document: SupportingDocument,
  documents: SupportingDocument[],
) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const actor = useActor();

  const typeName = translate(`resources.documents.enums.type.${document.type}`);
  const refusalText = (code: DocumentReviewRefusalCode | string, fallback: string, status = request.status) =>
    translate(`resources.documents.refusals.${code}`, {
      _: fallback,
      status: translate(`resources.requests.enums.status.${status}`),
      assignee: request.assigneeName ?? translate('resources.requests.show.unassigned'),
      document_status: translate(`resources.documents.enums.status.${document.status}`),
    });

  const superseded = latestDocumentByType(documents).get(document.type)?.id !== document.id;
  /** Why `decision` is not possible now, in words; null when it is. */
  const blockedReason = (decision: DocumentDecision): string | null => {
    if (!actor) return translate('ra.page.loading');
    const check = checkDocumentReview(
      decision,
      request,
      { status: document.status, rejectionFinal: document.rejectionFinal, superseded },
      actor,
    );
    return check.ok ? null : refusalText(check.code, check.message);
  };

  const explain = (error: HttpFailure): string => {
    const body = error.body ?? {};
    if (error.status === 412) return translate('resources.documents.review.changed');
    if ((error.status === 409 || error.status === 403) && body.code)
      return refusalText(body.code, body.message ?? error.message ?? '');
    return failureText(error, translate);
  };

  const mutation = useMutation<unknown, HttpFailure, DocumentCall>({
    mutationFn: (c) =>
      c.decision === 'verify'
        ? dataProvider.verifyDocument(document.id, document.version)
        : dataProvider.rejectDocument(document.id, document.version, c.body),
    onSuccess: (_, c) => {
      const done = c.decision === 'verify' ? 'verified' : 'rejected';
      const text = translate(`resources.documents.review.${done}`, { type: typeName });
      notify(text, { type: 'success', messageArgs: { _: text } });
      refresh();
    },
    onError: (failure) => {
      // The document or the request moved on: show what it is now.
      if (failure.status === 412 || failure.status === 409) refresh();
    },
  });

  /** Makes the decision; `then.onProblem` gets what went wrong, already explained. */
  const decide = (c: DocumentCall, then: { onDone?: () => void; onProblem: (text: string) => void }) =>
    mutation.mutate(c, { onSuccess: () => then.onDone?.(), onError: (failure) => then.onProblem(explain(failure)) });

  return { blockedReason, decide, pending: mutation.isPending, typeName };
};
