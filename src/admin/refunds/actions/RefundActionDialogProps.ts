import type { Refund } from '../../types.ts';

/** What a refund action's dialog receives: the refund as the page read it, and how to close. */
export interface RefundDialogProps {
  refund: Refund;
  onClose: () => void;
}
