import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../../../domain/money.ts';
import type { RefundAction } from '../../../domain/refundActions.ts';
import type { Refund } from '../../types.ts';

/** Which sentence says what approving does: a first of two leaves the refund waiting for someone else. */
const approveCase = (refund: Refund) =>
  refund.approvalsNeeded < 2 ? 'approve_single' : refund.approvals.length === 0 ? 'approve_first' : 'approve_second';

/** What the action will do to the refund, the money and the customer, said before the user confirms. */
export const RefundConsequence = ({ action, refund }: { action: RefundAction; refund: Refund }) => {
  const translate = useTranslate();
  const key = action === 'approve' ? approveCase(refund) : action;
  return (
    <Alert severity={action === 'pay' || action === 'approve' ? 'info' : 'warning'} variant="outlined">
      {translate(`resources.refunds.consequences.${key}`, {
        amount: formatFen(refund.amountFen),
        smart_count: refund.approvals.length,
        first: refund.approvals[0]?.approverName ?? '',
      })}
    </Alert>
  );
};
