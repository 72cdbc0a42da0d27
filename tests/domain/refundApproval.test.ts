import { describe, expect, it } from 'vitest';
import { approvalsNeeded, checkRefundApproval, type RefundForApproval } from '../../src/domain/refundApproval.ts';
import type { StaffActor } from '../../src/domain/recordAccess.ts';
import { REFUND_STATUSES, type Role } from '../../src/domain/vocabulary.ts';

const REVIEWER_WHO_APPROVED = 7;
const LIU_YANG = 20;
const ZHAO_MIN = 21;

function staff(id: number, ...roles: Role[]): StaffActor {
  return { kind: 'staff', id, roles };
}
/** A refund created by approving a request: the deciding reviewer requested it. */
function aRefund(overrides: Partial<RefundForApproval> = {}): RefundForApproval {
  return {
    status: 'pending_approval',
    approvalsNeeded: 1,
    requestedBy: REVIEWER_WHO_APPROVED,
    requestDecidedBy: REVIEWER_WHO_APPROVED,
    firstApproverId: null,
    ...overrides,
  };
}
const liuYang = staff(LIU_YANG, 'finance');
const zhaoMin = staff(ZHAO_MIN, 'finance');

describe('two approvals above the threshold', () => {
  it('¥1,000 exactly needs one approval; one fen more needs two', () => {
    expect(approvalsNeeded(100_000, 100_000)).toBe(1);
    expect(approvalsNeeded(100_001, 100_000)).toBe(2);
  });
});

describe('approving a refund', () => {
  it('finance approves a refund someone else requested; one approval is enough below the threshold', () => {
    expect(checkRefundApproval(aRefund(), liuYang)).toEqual({ ok: true, approval: 'first', next: 'approved' });
  });

  it('only finance approves: a manager, a reviewer and the admin are refused (403)', () => {
    for (const role of ['manager', 'reviewer', 'admin'] as const) {
      expect(checkRefundApproval(aRefund(), staff(30, role)), role).toEqual({
        ok: false,
        status: 403,
        code: 'role_forbidden',
        message: 'Approving a refund needs the finance role',
      });
    }
  });

  it('the person who requested the refund never approves it (403)', () => {
    expect(checkRefundApproval(aRefund({ requestedBy: LIU_YANG, requestDecidedBy: null }), liuYang)).toMatchObject({
      ok: false,
      status: 403,
      code: 'own_request',
    });
  });

  it('a reviewer who is also finance never approves the refund of a request she approved (403)', () => {
    const both = staff(REVIEWER_WHO_APPROVED, 'reviewer', 'finance');
    expect(checkRefundApproval(aRefund({ requestedBy: LIU_YANG }), both)).toMatchObject({
      ok: false,
      status: 403,
      code: 'own_decision',
    });
  });

  it('above the threshold the first approval leaves it pending, and the same person cannot give the second (403)', () => {
    const dual = aRefund({ approvalsNeeded: 2 });
    expect(checkRefundApproval(dual, liuYang)).toEqual({ ok: true, approval: 'first', next: 'pending_approval' });
    const once = aRefund({ approvalsNeeded: 2, firstApproverId: LIU_YANG });
    expect(checkRefundApproval(once, liuYang)).toMatchObject({ ok: false, status: 403, code: 'same_approver' });
  });

  it('a second, different finance approver approves it', () => {
    const once = aRefund({ approvalsNeeded: 2, firstApproverId: LIU_YANG });
    expect(checkRefundApproval(once, zhaoMin)).toEqual({ ok: true, approval: 'second', next: 'approved' });
  });

  it('only a pending_approval refund can be approved (409)', () => {
    for (const status of REFUND_STATUSES.filter((s) => s !== 'pending_approval')) {
      expect(checkRefundApproval(aRefund({ status }), liuYang), status).toEqual({
        ok: false,
        status: 409,
        code: 'invalid_status',
        message: `refund is ${status}: only a pending_approval refund can be approved`,
      });
    }
  });
});
