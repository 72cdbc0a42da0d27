import { useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import { ActionDialog } from '../../requests/actions/ActionDialog.tsx';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { RefundConsequence } from './RefundConsequence.tsx';
import { useBlockedReason } from './useBlockedReason.ts';
import { useRefundDialog } from './useRefundDialog.ts';

/** Approve: what this approval does (the first of two leaves it waiting), then confirm. */
const ApproveRefundDialog = ({ refund, onClose }: RefundDialogProps) => {
  const translate = useTranslate();
  const { confirm, dialogProps } = useRefundDialog(refund, onClose);
  return (
    <ActionDialog
      title={translate('resources.refunds.dialogs.approve_title', {
        id: refund.id,
        amount: formatFen(refund.amountFen),
      })}
      confirmLabel={translate('resources.refunds.actions.approve')}
      confirmColor="success"
      blockedReason={useBlockedReason('approve', refund)}
      {...dialogProps}
      onConfirm={() => confirm({ action: 'approve' })}
      maxWidth="xs"
    >
      <RefundConsequence action="approve" refund={refund} />
    </ActionDialog>
  );
};

export default ApproveRefundDialog;
