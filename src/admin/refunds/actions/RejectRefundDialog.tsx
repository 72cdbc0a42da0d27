import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { ReasonRefundDialog } from './ReasonRefundDialog.tsx';

/** Refuse the refund with a reason the customer is told (outbox, in their language). */
const RejectRefundDialog = (props: RefundDialogProps) => <ReasonRefundDialog {...props} action="reject" />;
export default RejectRefundDialog;
