import { useState } from 'react';
import { Alert, Chip, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { documentRejectInput } from '../../domain/documentRejection.ts';
import { ActionDialog } from '../requests/actions/ActionDialog.tsx';
import { useCustomerLanguage } from '../requests/actions/useCustomerLanguage.ts';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { DOCUMENT_REJECT_REASONS, DOCUMENT_REJECT_TEMPLATES } from './documentRejectTemplates.ts';
import type { useDocumentReview } from './useDocumentReview.ts';

/** Whether the customer may fix it by uploading again (asked later, with every other document) or not. */
type Outcome = 'mark' | 'final';

interface RejectDocumentDialogProps {
  request: CancelRequest;
  document: SupportingDocument;
  review: ReturnType<typeof useDocumentReview>;
  /** After the rejection is recorded (the viewer moves on to the next document). */
  onRejected?: () => void;
  onClose: () => void;
}

/**
 * Reject one document: the reason (the customer reads it, so it is prefilled
 * in their language) and whether it is final. Rejecting only marks the
 * document; the request stays in review, and "Request info" later asks the
 * customer for every rejected or missing document in one message.
 * Checked with the server's zod schema.
 */
export const RejectDocumentDialog = ({ request, document, review, onRejected, onClose }: RejectDocumentDialogProps) => {
  const translate = useTranslate();
  const { language } = useCustomerLanguage(request);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('mark');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const body = { reason, final: outcome === 'final' };
  const parsed = documentRejectInput.safeParse(body);
  const reasonInvalid = submitted && !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'reason');
  const t = (key: string, options?: object) => translate(`resources.documents.review.${key}`, options);

  return (
    <ActionDialog
      title={t('reject_title', { type: review.typeName, attempt: document.attempt })}
      confirmLabel={t('confirm')}
      confirmColor="error"
      pending={review.pending}
      blockedReason={review.blockedReason('reject')}
      onClose={onClose}
      onConfirm={() => {
        setSubmitted(true);
        setProblem(null);
        if (parsed.success)
          review.decide(
            { decision: 'reject', body: parsed.data },
            {
              onDone: () => {
                onClose();
                onRejected?.();
              },
              onProblem: setProblem,
            },
          );
      }}
    >
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {DOCUMENT_REJECT_REASONS.map((code) => (
          <Chip
            key={code}
            size="small"
            variant="outlined"
            label={t(`reasons.${code}`)}
            onClick={() => setReason(DOCUMENT_REJECT_TEMPLATES[language][code])}
          />
        ))}
      </Stack>
      <TextField
        required
        multiline
        minRows={2}
        label={t('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={reasonInvalid}
        helperText={
          reasonInvalid
            ? t('reason_required')
            : t('reason_hint', { language: translate(`resources.users.enums.language.${language}`) })
        }
        slotProps={{ htmlInput: { maxLength: 500 } }}
        fullWidth
      />
      <RadioGroup value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)} aria-label={t('outcome')}>
        {(['mark', 'final'] as const).map((value) => (
          <FormControlLabel
            key={value}
            value={value}
            control={<Radio size="small" />}
            label={
              <>
                <Typography variant="body2">{t(`outcomes.${value}`)}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {t(`outcomes.${value}_hint`)}
                </Typography>
              </>
            }
            sx={{ alignItems: 'flex-start', mb: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
          />
        ))}
      </RadioGroup>
      {problem && <Alert severity="error">{problem}</Alert>}
    </ActionDialog>
  );
};
