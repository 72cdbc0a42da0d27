import type { RefundAction } from '../../../domain/refundActions.ts';
import type { Refund } from '../../types.ts';

/** Why a refund action did not go through, ready to be shown. */
export type RefundProblem =
  /** 412: someone changed the refund since this page loaded; nothing was done. */
  | { kind: 'conflict'; action: RefundAction; current: Refund | null }
  /** 409/403 from src/domain/refundActions, or any other failure: the reason, in the user's language. */
  | { kind: 'refused'; action: RefundAction; text: string };
