import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import { refundReasonInput } from '../../../domain/refundInputs.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { RefundReasonField } from './RefundReasonField.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { useRefundDialog } from './useRefundDialog.ts';

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
      <RefundReasonField kind={action} value={reason} onChange={setReason} invalid={submitted && invalid} minRows={3} />
    </ActionDialog>
  );
};
