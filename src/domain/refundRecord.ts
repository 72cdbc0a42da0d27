// The refund as GET /api/refunds and GET /api/refunds/:id return it, and as
// every refund action answers. The UI builds against this type; money is
// always integer fen (yuan only on screen, via money.ts's formatFen).

import type { RefundAction, RefundRefusal } from './refundActions.ts';
import type { RefundStatus } from './vocabulary.ts';

/** One finance approval: who gave it and when. The first comes first. */
export interface RefundApproval {
  approverId: number;
  approverName: string;
  /** ISO 8601 instant. */
  approvedAt: string;
}

export interface ApiRefund {
  id: number;
  /** The cancellation request that created it; null for a refund created on request (POST /api/refunds). */
  requestId: number | null;
  requestNumber: string | null;
  accountId: number;
  accountNumber: string;
  holderName: string;
  amountFen: number;
  status: RefundStatus;
  /** Why finance raised it on request (POST /api/refunds); null for the automatic one (its request says why). */
  reason: string | null;
  /** Staff who asked for it (for the automatic refund: whoever approved the request). */
  requestedBy: number | null;
  requestedByName: string | null;
  /** Staff who decided the cancellation request, if any: never an approver. */
  requestDecidedBy: number | null;
  /** Staff who last changed the amount, if anyone did: never an approver of that amount. */
  amendedBy: number | null;
  /** 1, or 2 above the setting refund_dual_approval_fen. */
  approvalsNeeded: 1 | 2;
  /** Approvals given so far (0, 1 or 2), oldest first; amending the amount voids them. */
  approvals: RefundApproval[];
  rejectedBy: number | null;
  rejectionReason: string | null;
  /** The bank-transfer reference of the payout; only for a paid refund. */
  payoutReference: string | null;
  /** Payouts the bank refused so far (each fail); a retry after one is a new payout attempt. */
  payoutAttempts: number;
  /** Why the last payout failed (bank refused): shown apart from the reference. */
  failureReason: string | null;
  paidAt: string | null;
  /** Sent back in If-Match; also the ETag of GET /api/refunds/:id. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** What the caller may do now, in REFUND_ACTIONS order (refundActions.ts's refundActionsFor). */
  availableActions: RefundAction[];
  /**
   * Why the caller may not take each other action: `code` picks the UI's
   * sentence (i18n key resources.refunds.refusals.<code>), `message` is the
   * server's English wording (the fallback, and what a 403/409 answers).
   */
  blockedActions: Partial<Record<RefundAction, RefundRefusal>>;
}

/** A row of the ledger (GET /api/refunds/:id/ledger and the account's ledger). */
export const BALANCE_ENTRY_KINDS = ['opening_balance', 'refund_paid', 'adjustment'] as const;
export type BalanceEntryKind = (typeof BALANCE_ENTRY_KINDS)[number];

export interface ApiBalanceEntry {
  id: number;
  accountId: number;
  kind: BalanceEntryKind;
  /** Signed: a refund paid is negative. */
  amountFen: number;
  refundId: number | null;
  reason: string | null;
  createdBy: number | null;
  createdAt: string;
}
