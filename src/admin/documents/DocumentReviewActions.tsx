import { useState } from 'react';
import { Stack } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import { useNotify, useTranslate } from 'react-admin';
import { ActionButton } from '../requests/actions/ActionButton.tsx';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { RejectDocumentDialog } from './RejectDocumentDialog.tsx';
import { useDocumentReview } from './useDocumentReview.ts';

/** Verify / reject for the document on screen, enabled only when src/domain/documentReview allows it. */
export const DocumentReviewActions = ({
  request,
  document,
  documents,
  onVerified,
}: {
  request: CancelRequest;
  document: SupportingDocument;
  documents: SupportingDocument[];
  /** After a successful verify (the viewer moves on to the next document waiting to be checked). */
  onVerified?: () => void;
}) => {
  const review = useDocumentReview(request, document, documents);
  const notify = useNotify();
  const translate = useTranslate();
  const [rejecting, setRejecting] = useState(false);
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
        onClick={() =>
          review.decide(
            { decision: 'verify' },
            {
              onDone: onVerified,
              onProblem: (text) => notify(text, { type: 'error', messageArgs: { _: text } }),
            },
          )
        }
      />
      <ActionButton
        label={translate('resources.documents.actions.reject')}
        icon={<HighlightOffIcon />}
        color="error"
        size="medium"
        disabledReason={review.blockedReason('reject')}
        busy={review.pending}
        onClick={() => setRejecting(true)}
      />
      {rejecting && (
        <RejectDocumentDialog
          request={request}
          document={document}
          review={review}
          onClose={() => setRejecting(false)}
        />
      )}
    </Stack>
  );
};
