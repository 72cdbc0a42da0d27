import { describe, expect, it } from 'vitest';
import { checkRefundAction, refundActionsFor, REFUND_ACTIONS } from '../../src/domain/refundActions.ts';
import { checkRefundAmount, refundableFen } from '../../src/domain/refundAmount.ts';
import type { RefundForApproval } from '../../src/domain/refundApproval.ts';
import type { StaffActor } from '../../src/domain/recordAccess.ts';
import type { RefundStatus, Role } from '../../src/domain/vocabulary.ts';

const REVIEWER = 7;
const LIU_YANG = 20;
const ZHAO_MIN = 21;
const staff = (id: number, ...roles: Role[]): StaffActor => ({ kind: 'staff', id, roles });
const liuYang = staff(LIU_YANG, 'finance');
const zhaoMin = staff(ZHAO_MIN, 'finance');
const manager = staff(30, 'manager');

function aRefund(overrides: Partial<RefundForApproval> = {}): RefundForApproval {
  return {
    status: 'pending_approval',
    approvalsNeeded: 1,
    requestedBy: REVIEWER,
    requestDecidedBy: REVIEWER,
    firstApproverId: null,
    ...overrides,
  };
}

describe('what finance may do with a refund, by status', () => {
  const moves: [RefundStatus, string[]][] = [
    ['pending_approval', ['approve', 'reject', 'amend']],
    ['approved', ['reject', 'pay', 'fail', 'amend']],
    ['failed', ['pay', 'amend']],
    ['paid', []],
    ['rejected', []],
  ];
  it.each(moves)('%s: %j', (status, actions) => {
    expect(refundActionsFor(aRefund({ status }), liuYang).availableActions).toEqual(actions);
  });

  it('a paid refund is never un-paid, amended or rejected: 409 saying it is paid', () => {
    for (const action of ['fail', 'amend', 'reject'] as const) {
      expect(checkRefundAction(action, aRefund({ status: 'paid' }), liuYang)).toMatchObject({
        ok: false,
        status: 409,
        code: 'invalid_status',
        message: expect.stringMatching(/^refund is paid/),
      });
    }
  });

  it('pay moves to paid, fail to failed, amend back to pending_approval, reject to rejected', () => {
    expect(checkRefundAction('pay', aRefund({ status: 'failed' }), liuYang)).toEqual({ ok: true, next: 'paid' });
    expect(checkRefundAction('fail', aRefund({ status: 'approved' }), liuYang)).toEqual({ ok: true, next: 'failed' });
    expect(checkRefundAction('amend', aRefund({ status: 'approved' }), liuYang)).toEqual({
      ok: true,
      next: 'pending_approval',
    });
    expect(checkRefundAction('reject', aRefund(), liuYang)).toEqual({ ok: true, next: 'rejected' });
  });
});

describe('every refused action says why, per person', () => {
  it('a manager reads role_forbidden for each action', () => {
    const view = refundActionsFor(aRefund({ status: 'approved' }), manager);
    expect(view.availableActions).toEqual([]);
    for (const action of REFUND_ACTIONS) expect(view.blockedActions[action]).toMatchObject({ status: 403 });
    expect(view.blockedActions.pay?.message).toBe('Paying out a refund needs the finance role');
  });

  it('whoever changed the amount may not approve it (own_amendment); the other finance user may', () => {
    const amended = aRefund({ amendedBy: LIU_YANG });
    expect(refundActionsFor(amended, liuYang).blockedActions.approve).toMatchObject({ code: 'own_amendment' });
    expect(refundActionsFor(amended, zhaoMin).availableActions).toContain('approve');
  });

  it('the first approver of a large refund reads same_approver; the second finance user may approve', () => {
    const halfway = aRefund({ approvalsNeeded: 2, firstApproverId: LIU_YANG });
    expect(refundActionsFor(halfway, liuYang).blockedActions.approve).toMatchObject({ code: 'same_approver' });
    expect(checkRefundAction('approve', halfway, zhaoMin)).toEqual({ ok: true, next: 'approved' });
  });
});

describe('never more out than in', () => {
  it('refundable = balance less refunds not yet paid, never below zero', () => {
    expect(refundableFen({ balanceFen: 30, heldFen: 10 })).toBe(20);
    expect(refundableFen({ balanceFen: 10, heldFen: 30 })).toBe(0);
  });

  it('exactly the refundable amount fits; one fen more is 422 naming the amounts', () => {
    expect(checkRefundAmount(20, { balanceFen: 30, heldFen: 10 })).toEqual({ ok: true });
    expect(checkRefundAmount(21, { balanceFen: 30, heldFen: 10 })).toMatchObject({
      ok: false,
      status: 422,
      message: '¥0.21 is more than the refundable ¥0.20 (balance ¥0.30, ¥0.10 in other refunds not yet paid)',
    });
  });

  it('zero, negative and fractional fen are 400', () => {
    for (const fen of [0, -1, 0.5])
      expect(checkRefundAmount(fen, { balanceFen: 100, heldFen: 0 })).toMatchObject({ status: 400 });
  });
});
