import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatFen, typedYuanToFen } from '../../../domain/money.ts';
import { fenAmount, refundAmendInput } from '../../../domain/refundInputs.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import { fenToYuanText } from '../../common/format.ts';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { RefundReasonField } from './RefundReasonField.tsx';
import { YuanAmountField } from './YuanAmountField.tsx';
import { useRefundDialog } from './useRefundDialog.ts';

/** Change the amount (typed in yuan, sent in fen): every approval given so far is void. */
const AmendRefundDialog = ({ refund, onClose }: RefundDialogProps) => {
  const translate = useTranslate();
  const [amount, setAmount] = useState(() => fenToYuanText(refund.amountFen));
  const [reason, setReason] = useState('');
  const { confirm, submitted, dialogProps } = useRefundDialog(refund, onClose);
  const amountFen = typedYuanToFen(amount);
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
      <YuanAmountField
        label={translate('resources.refunds.dialogs.new_amount')}
        value={amount}
        onChange={setAmount}
        fen={amountFen}
        error={submitted && invalidAmount ? translate('resources.refunds.dialogs.amount_invalid') : null}
      />
      <RefundReasonField kind="amend" value={reason} onChange={setReason} invalid={submitted && invalidReason} />
    </ActionDialog>
  );
};

export default AmendRefundDialog;
