import { useEffect, useState, type MutableRefObject } from 'react';
import { Stack } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import { useNotify, useTranslate } from 'react-admin';
import { ActionButton } from '../requests/actions/ActionButton.tsx';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { RejectDocumentDialog } from './RejectDocumentDialog.tsx';
import { useDocumentReview } from './useDocumentReview.ts';

/** What the viewer's V and X keys press: the buttons' own actions, ignored while disabled. */
export interface ReviewCommands {
  verify: () => void;
  reject: () => void;
}

/** Verify / reject for the document on screen, enabled only when src/domain/documentReview allows it. */
export const DocumentReviewActions = ({
  request,
  document,
  documents,
  onVerified,
  onRejected,
  commandsRef,
}: {
  request: CancelRequest;
  document: SupportingDocument;
  documents: SupportingDocument[];
  /** After a successful verify (the viewer moves on to the next document waiting to be checked). */
  onVerified?: () => void;
  /** After a successful reject: the viewer moves on as after a verify. */
  onRejected?: () => void;
  commandsRef?: MutableRefObject<ReviewCommands | null>;
}) => {
  const review = useDocumentReview(request, document, documents);
  const notify = useNotify();
  const translate = useTranslate();
  const [rejecting, setRejecting] = useState(false);
  const verify = () =>
    review.decide(
      { decision: 'verify' },
      {
        onDone: onVerified,
        onProblem: (text) => notify(text, { type: 'error', messageArgs: { _: text } }),
      },
    );
  useEffect(() => {
    if (!commandsRef) return;
    commandsRef.current = {
      verify: () => {
        if (!review.pending && !review.blockedReason('verify')) verify();
      },
      reject: () => {
        if (!review.pending && !review.blockedReason('reject')) setRejecting(true);
      },
    };
    return () => {
      commandsRef.current = null;
    };
  });
  return (
    <Stack direction="row" spacing={1}>
      <ActionButton
        label={translate('resources.documents.actions.verify')}
        icon={<CheckCircleOutlineIcon />}
        variant="contained"
        color="success"
        size="medium"
        disabledReason={review.blockedReason('verify')}
        pending={review.pending}
        hint={translate('resources.documents.review.key_verify')}
        onClick={verify}
      />
      <ActionButton
        label={translate('resources.documents.actions.reject')}
        icon={<HighlightOffIcon />}
        color="error"
        size="medium"
        disabledReason={review.blockedReason('reject')}
        hint={translate('resources.documents.review.key_reject')}
        busy={review.pending}
        onClick={() => setRejecting(true)}
      />
      {rejecting && (
        <RejectDocumentDialog
          request={request}
          document={document}
          review={review}
          onRejected={onRejected}
          onClose={() => setRejecting(false)}
        />
      )}
    </Stack>
  );
};
