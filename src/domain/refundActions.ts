// What a person may do with a refund now, and why not. One function answers
// for the server (run under the refund's row lock: 403/409 with the message)
// and for the UI (availableActions / blockedActions on every row, the
// disabled buttons' explanations). Approving has its own four-eyes rules in
// refundApproval.ts; this file adds the other moves of the lifecycle:
//   pending_approval → approved (approve; above the threshold after two)
//   pending_approval | approved → rejected (reject)
//   approved | failed → paid (pay)      approved → failed (fail: the bank refused)
//   pending_approval | approved | failed → pending_approval (amend: approvals void)

import type { Actor } from './lifecycle.ts';
import { can, missingPermissionMessage, type Permission } from './permissions.ts';
import { checkRefundApproval, type RefundApprovalRefusalCode, type RefundForApproval } from './refundApproval.ts';
import type { RefundStatus } from './vocabulary.ts';

export const REFUND_ACTIONS = ['approve', 'reject', 'pay', 'fail', 'amend'] as const;
export type RefundAction = (typeof REFUND_ACTIONS)[number];

export const REFUND_ACTION_PERMISSIONS = {
  approve: 'refunds.approve',
  reject: 'refunds.reject',
  pay: 'refunds.pay',
  fail: 'refunds.fail',
  amend: 'refunds.amend',
} as const satisfies Record<RefundAction, Permission>;

export type RefundRefusalCode = RefundApprovalRefusalCode;

/** Why an action is refused: `code` for the UI's sentence, `message` in English for the API's answer. */
export interface RefundRefusal {
  status: 403 | 409;
  code: RefundRefusalCode;
  message: string;
}

export type RefundActionCheck = { ok: true; next: RefundStatus } | ({ ok: false } & RefundRefusal);

export type RefundForActions = RefundForApproval;

type StaffActor = Extract<Actor, { kind: 'staff' }>;

const FROM: Record<Exclude<RefundAction, 'approve'>, { from: readonly RefundStatus[]; next: RefundStatus }> = {
  reject: { from: ['pending_approval', 'approved'], next: 'rejected' },
  pay: { from: ['approved', 'failed'], next: 'paid' },
  fail: { from: ['approved'], next: 'failed' },
  amend: { from: ['pending_approval', 'approved', 'failed'], next: 'pending_approval' },
};

function statusRefusal(action: RefundAction, status: RefundStatus, from: readonly RefundStatus[]): RefundRefusal {
  return {
    status: 409,
    code: 'invalid_status',
    message: `refund is ${status}: only a ${from.join(' or ')} refund can be ${PAST[action]}`,
  };
}

const PAST: Record<RefundAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  pay: 'paid',
  fail: 'marked failed',
  amend: 'amended',
};

/** May this person take this action on this refund now, and where does the refund go? */
export function checkRefundAction(
  action: RefundAction,
  refund: RefundForActions,
  actor: StaffActor,
): RefundActionCheck {
  if (action === 'approve') {
    const check = checkRefundApproval(refund, actor);
    return check.ok ? { ok: true, next: check.next } : check;
  }
  const permission = REFUND_ACTION_PERMISSIONS[action];
  if (!can(actor.roles, permission)) {
    return { ok: false, status: 403, code: 'role_forbidden', message: missingPermissionMessage(permission) };
  }
  const rule = FROM[action];
  if (!rule.from.includes(refund.status)) return { ok: false, ...statusRefusal(action, refund.status, rule.from) };
  return { ok: true, next: rule.next };
}

export interface RefundActionsView {
  availableActions: RefundAction[];
  blockedActions: Partial<Record<RefundAction, RefundRefusal>>;
}

/** Every action's answer for one refund and one person: what each row of the API carries. */
export function refundActionsFor(refund: RefundForActions, actor: StaffActor): RefundActionsView {
  const view: RefundActionsView = { availableActions: [], blockedActions: {} };
  for (const action of REFUND_ACTIONS) {
    const check = checkRefundAction(action, refund, actor);
    if (check.ok) view.availableActions.push(action);
    else view.blockedActions[action] = { status: check.status, code: check.code, message: check.message };
  }
  return view;
}
