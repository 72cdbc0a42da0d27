import { useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen, yuanToFen } from '../../../domain/money.ts';
import { fenAmount, refundAmendInput } from '../../../domain/refundInputs.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import { fenToYuanText } from '../../common/format.ts';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { useRefundDialog } from './useRefundDialog.ts';

const REASON_MAX = refundAmendInput.shape.reason.maxLength ?? 500;

/** The typed yuan in fen (money.ts, no float); null while it is not an amount. */
const parseFen = (text: string): number | null => {
  try {
    return yuanToFen(text);
  } catch {
    return null;
  }
};

/** Change the amount (typed in yuan, sent in fen): every approval given so far is void. */
const AmendRefundDialog = ({ refund, onClose }: RefundDialogProps) => {
  const translate = useTranslate();
  const [amount, setAmount] = useState(() => fenToYuanText(refund.amountFen));
  const [reason, setReason] = useState('');
  const { confirm, submitted, dialogProps } = useRefundDialog(refund, onClose);
  const amountFen = parseFen(amount);
  // The schema says what an amount may be; an unchanged one would only void the approvals.
  const invalidAmount = amountFen === null || !fenAmount.safeParse(amountFen).success || amountFen === refund.amountFen;
  const parsed = refundAmendInput.safeParse({ amountFen, reason });
  const invalidReason = !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'reason');
  return (
    <ActionDialog
      title={translate('resources.refunds.dialogs.amend_title', { id: refund.id, amount: formatFen(refund.amountFen) })}
      confirmLabel={translate('resources.refunds.actions.amend')}
      blockedReason={useBlockedReason('amend', refund)}
      {...dialogProps}
      onConfirm={() => confirm(parsed.success && !invalidAmount ? { action: 'amend', body: parsed.data } : null)}
    >
      <RefundConsequence action="amend" refund={refund} />
      <TextField
        required
        label={translate('resources.refunds.dialogs.new_amount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={submitted && invalidAmount}
        helperText={
          submitted && invalidAmount
            ? translate('resources.refunds.dialogs.amount_invalid')
            : amountFen !== null
              ? formatFen(amountFen)
              : ' '
        }
        slotProps={{
          input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
          htmlInput: { inputMode: 'decimal' },
        }}
        sx={{ maxWidth: 240 }}
      />
      <TextField
        required
        multiline
        minRows={2}
        label={translate('resources.refunds.dialogs.amend_reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={submitted && invalidReason}
        helperText={
          submitted && invalidReason
            ? translate('resources.refunds.dialogs.reason_required', { max: REASON_MAX })
            : translate('resources.refunds.dialogs.amend_reason_hint')
        }
        fullWidth
      />
    </ActionDialog>
  );
};

export default AmendRefundDialog;
