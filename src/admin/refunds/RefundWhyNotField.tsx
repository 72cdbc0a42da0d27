import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Refund } from '../types.ts';
import { NEXT_STEP } from './refundNextStep.ts';
import { useRefundRefusalText } from './useRefundRefusalText.ts';

/**
 * Why the signed-in person cannot take the refund's next step (approve or
 * pay), from the row's blockedActions, which the server computes with
 * src/domain/refundActions. Empty when they can, or when nothing is left to do.
 */
export const RefundWhyNotField = () => {
  const refund = useRecordContext<Refund>();
  const refusalText = useRefundRefusalText();
  const step = refund ? NEXT_STEP[refund.status] : null;
  const refusal = refund && step ? refund.blockedActions?.[step] : undefined;
  if (!refund || !step || !refusal) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid={`why-not-${refund.id}`}>
      {refusalText(step, refusal, refund.status)}
    </Typography>
  );
};
