import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { ReasonRefundDialog } from './ReasonRefundDialog.tsx';

/** The bank refused the transfer: approved → failed, to be paid again later. */
const FailRefundDialog = (props: RefundDialogProps) => <ReasonRefundDialog {...props} action="fail" />;
export default FailRefundDialog;
