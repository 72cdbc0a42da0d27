import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import { refundReasonInput } from '../../../domain/refundInputs.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { useRefundDialog } from './useRefundDialog.ts';

const REASON_MAX = refundReasonInput.shape.reason.maxLength ?? 500;

/** Reject or record a failed payout: both say what happens and need a reason (the server's schema checks it here too). */
export const ReasonRefundDialog = ({ refund, onClose, action }: RefundDialogProps & { action: 'reject' | 'fail' }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const { confirm, submitted, dialogProps } = useRefundDialog(refund, onClose);
  const parsed = refundReasonInput.safeParse({ reason });
  const invalid = !parsed.success;
  return (
    <ActionDialog
      title={translate(`resources.refunds.dialogs.${action}_title`, {
        id: refund.id,
        amount: formatFen(refund.amountFen),
      })}
      confirmLabel={translate(`resources.refunds.actions.${action}`)}
      confirmColor={action === 'reject' ? 'error' : 'warning'}
      blockedReason={useBlockedReason(action, refund)}
      {...dialogProps}
      onConfirm={() => confirm(parsed.success ? { action, body: parsed.data } : null)}
    >
      <RefundConsequence action={action} refund={refund} />
      <TextField
        required
        multiline
        minRows={3}
        label={translate(`resources.refunds.dialogs.${action}_reason`)}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={submitted && invalid}
        helperText={
          submitted && invalid
            ? translate('resources.refunds.dialogs.reason_required', { max: REASON_MAX })
            : translate(`resources.refunds.dialogs.${action}_reason_hint`)
        }
        fullWidth
      />
    </ActionDialog>
  );
};
