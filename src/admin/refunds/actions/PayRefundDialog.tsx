import { useRef, useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import { refundPayInput } from '../../../domain/refundInputs.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import type { RefundPayBody } from '../refundMethods.ts';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { useRefundDialog } from './useRefundDialog.ts';

const REFERENCE_MAX = refundPayInput.shape.reference.maxLength ?? 100;

/** Today in Asia/Shanghai as YYYY-MM-DD (the payout date the bank prints). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Pay out: the bank-transfer reference and the date it was made. The form
 * keeps one Idempotency-Key per body it sends, so a double click or a retry
 * after a lost answer replays the first payment instead of paying twice; a
 * changed reference or date is a different payment request, with a new key.
 */
const PayRefundDialog = ({ refund, onClose }: RefundDialogProps) => {
  const translate = useTranslate();
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const keyFor = useRef<{ body: string; key: string } | null>(null);
  const { confirm, submitted, dialogProps } = useRefundDialog(refund, onClose);
  // Today is "now" on the server (the exact instant); an earlier day is sent as that Shanghai date.
  const parsed = refundPayInput.safeParse(paidOn === today() ? { reference } : { reference, paidAt: paidOn });
  const invalidReference = !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'reference');
  const invalidDate = (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'paidAt')) || paidOn > today();

  const onConfirm = () => {
    if (!parsed.success || invalidDate) return confirm(null);
    const body: RefundPayBody = parsed.data;
    const json = JSON.stringify(body);
    if (keyFor.current?.body !== json) keyFor.current = { body: json, key: crypto.randomUUID() };
    confirm({ action: 'pay', body, idempotencyKey: keyFor.current.key });
  };

  return (
    <ActionDialog
      title={translate('resources.refunds.dialogs.pay_title', { id: refund.id, amount: formatFen(refund.amountFen) })}
      confirmLabel={translate('resources.refunds.dialogs.pay_confirm', { amount: formatFen(refund.amountFen) })}
      confirmColor="success"
      blockedReason={useBlockedReason('pay', refund)}
      {...dialogProps}
      onConfirm={onConfirm}
    >
      <RefundConsequence action="pay" refund={refund} />
      <TextField
        required
        autoFocus
        label={translate('resources.refunds.fields.payoutReference')}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        error={submitted && invalidReference}
        helperText={
          submitted && invalidReference
            ? translate('resources.refunds.dialogs.reference_required', { max: REFERENCE_MAX })
            : translate('resources.refunds.dialogs.reference_hint')
        }
        fullWidth
      />
      <TextField
        required
        type="date"
        label={translate('resources.refunds.fields.paidAt')}
        value={paidOn}
        onChange={(e) => setPaidOn(e.target.value)}
        error={submitted && invalidDate}
        helperText={submitted && invalidDate ? translate('resources.refunds.dialogs.date_invalid') : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
        sx={{ maxWidth: 220 }}
      />
    </ActionDialog>
  );
};

export default PayRefundDialog;
