// Who may approve a refund: finance, never the person who requested it or who
// decided the cancellation request it pays out, and above the dual-approval
// threshold two different finance approvers. Pure: the server runs it under
// the refund's row lock, the UI to say why Approve is disabled.

import type { Actor } from './lifecycle.ts';
import { can, missingPermissionMessage } from './permissions.ts';
import type { RefundStatus } from './vocabulary.ts';

/** Refunds strictly above the threshold (a setting, ¥1,000 by default) need two approvals. */
export function approvalsNeeded(amountFen: number, dualApprovalThresholdFen: number): 1 | 2 {
  return amountFen > dualApprovalThresholdFen ? 2 : 1;
}

export interface RefundForApproval {
  status: RefundStatus;
  approvalsNeeded: number;
  /** Staff who asked for the refund (for the automatic one: whoever approved the request). */
  requestedBy: number | null;
  /** Staff who decided the cancellation request the refund belongs to, if any. */
  requestDecidedBy: number | null;
  /** Staff who last changed the amount: they asked for that amount, so they do not approve it. */
  amendedBy?: number | null;
  firstApproverId: number | null;
}

export type RefundApprovalRefusalCode =
  'role_forbidden' | 'invalid_status' | 'own_request' | 'own_decision' | 'own_amendment' | 'same_approver';

export type RefundApprovalCheck =
  | { ok: true; approval: 'first' | 'second'; next: Extract<RefundStatus, 'pending_approval' | 'approved'> }
  | { ok: false; status: 403 | 409; code: RefundApprovalRefusalCode; message: string };

/**
 * May this person approve this refund now, and where does it stand after?
 * Role first (as the route's own check does), then the refund's status, then
 * the people: requester, decider, first approver.
 */
export function checkRefundApproval(
  refund: RefundForApproval,
  actor: Extract<Actor, { kind: 'staff' }>,
): RefundApprovalCheck {
  if (!can(actor.roles, 'refunds.approve')) {
    return { ok: false, status: 403, code: 'role_forbidden', message: missingPermissionMessage('refunds.approve') };
  }
  if (refund.status !== 'pending_approval') {
    return {
      ok: false,
      status: 409,
      code: 'invalid_status',
      message: `refund is ${refund.status}: only a pending_approval refund can be approved`,
    };
  }
  if (refund.requestedBy === actor.id) {
    return {
      ok: false,
      status: 403,
      code: 'own_request',
      message: 'A refund is never approved by the person who requested it',
    };
  }
  if (refund.requestDecidedBy === actor.id) {
    return {
      ok: false,
      status: 403,
      code: 'own_decision',
      message: 'A refund is never approved by the person who decided its cancellation request',
    };
  }
  if (refund.amendedBy != null && refund.amendedBy === actor.id) {
    return {
      ok: false,
      status: 403,
      code: 'own_amendment',
      message: 'A refund is never approved by the person who changed its amount',
    };
  }
  if (refund.firstApproverId === null) {
    return { ok: true, approval: 'first', next: refund.approvalsNeeded > 1 ? 'pending_approval' : 'approved' };
  }
  if (refund.firstApproverId === actor.id) {
    return {
      ok: false,
      status: 403,
      code: 'same_approver',
      message: 'This refund needs a second approval from a different finance approver: you gave the first',
    };
  }
  return { ok: true, approval: 'second', next: 'approved' };
}
