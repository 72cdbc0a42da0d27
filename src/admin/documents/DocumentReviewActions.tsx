import { useState, type ReactElement } from 'react';
import { Button, CircularProgress, Stack, Tooltip } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import { useNotify, useTranslate } from 'react-admin';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { RejectDocumentDialog } from './RejectDocumentDialog.tsx';
import { useDocumentReview } from './useDocumentReview.ts';

/** A disabled button says why in its tooltip (a disabled element fires no hover: the span does). */
const Explained = ({ reason, children }: { reason: string | null; children: ReactElement }) =>
    reason ? (
        <Tooltip title={reason}>
            <span>{children}</span>
        </Tooltip>
    ) : (
        children
    );

/** Verify / reject for the document on screen, enabled only when src/domain/documentRules allows it. */
export const DocumentReviewActions = ({
    request, document, documents, size = 'medium', onVerified,
}: {
    request: CancelRequest;
    document: SupportingDocument;
    documents: SupportingDocument[];
    size?: 'small' | 'medium';
    /** After a successful verify (the viewer moves on to the next document waiting to be checked). */
    onVerified?: () => void;
}) => {
    const review = useDocumentReview(request, document, documents);
    const notify = useNotify();
    const translate = useTranslate();
    const [rejecting, setRejecting] = useState(false);
    const verifyBlocked = review.blockedReason('verify');
    const rejectBlocked = review.blockedReason('reject');
    return (
        <Stack direction="row" spacing={1}>
            <Explained reason={verifyBlocked}>
                <Button
                    variant="contained"
                    color="success"
                    size={size}
                    disabled={!!verifyBlocked || review.pending}
                    startIcon={review.pending ? <CircularProgress size={14} color="inherit" /> : <CheckCircleOutlineIcon />}
                    onClick={async () => {
                        const failure = await review.decide('verify');
                        if (failure) notify(failure, { type: 'error' });
                        else onVerified?.();
                    }}
                >
                    {translate('resources.documents.actions.verify')}
                </Button>
            </Explained>
            <Explained reason={rejectBlocked}>
                <Button
                    variant="outlined"
                    color="error"
                    size={size}
                    disabled={!!rejectBlocked || review.pending}
                    startIcon={<HighlightOffIcon />}
                    onClick={() => setRejecting(true)}
                >
                    {translate('resources.documents.actions.reject')}
                </Button>
            </Explained>
            {rejecting && <RejectDocumentDialog request={request} document={document} review={review} onClose={() => setRejecting(false)} />}
        </Stack>
    );
};
