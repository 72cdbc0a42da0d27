import { describe, it, expect } from 'vitest';
import {
  REQUEST_ACTIONS,
  availableActions,
  checkAction,
  roleAllows,
  type Actor,
  type LifecycleRequest,
} from '../../src/domain/lifecycle.ts';
import { DECIDED_STATUSES, OPEN_STATUSES, type Role } from '../../src/domain/vocabulary.ts';

const WANG_FANG = 7;

function aRequest(overrides: Partial<LifecycleRequest> = {}): LifecycleRequest {
  return { status: 'submitted', assigneeId: null, ...overrides };
}
function claimedBy(id: number, name?: string, status: LifecycleRequest['status'] = 'in_review'): LifecycleRequest {
  return aRequest({ status, assigneeId: id, assigneeName: name ?? null });
}
function staff(id: number, ...roles: Role[]): Actor {
  return { kind: 'staff', id, roles };
}
const wangFang = staff(WANG_FANG, 'reviewer');
const otherReviewer = staff(8, 'reviewer');
const manager = staff(9, 'manager');
const financeOnly = staff(10, 'finance');
const customer: Actor = { kind: 'customer' };

describe('claim', () => {
  it('a reviewer claims a submitted request and it goes in_review', () => {
    expect(checkAction('claim', aRequest(), wangFang)).toEqual({ ok: true, next: 'in_review' });
  });

  it('a manager may claim too', () => {
    expect(checkAction('claim', aRequest(), manager)).toEqual({ ok: true, next: 'in_review' });
  });

  it('a finance-only user may not claim (403)', () => {
    expect(checkAction('claim', aRequest(), financeOnly)).toMatchObject({ ok: false, status: 403, code: 'role_forbidden' });
  });

  it('claiming a request claimed by 王芳 is refused with 409 naming her', () => {
    expect(checkAction('claim', claimedBy(WANG_FANG, '王芳'), otherReviewer)).toEqual({
      ok: false,
      status: 409,
      code: 'already_claimed',
      message: 'request is in_review, claimed by 王芳',
    });
  });

  it('without the assignee name the message names the user id', () => {
    expect(checkAction('claim', claimedBy(WANG_FANG), otherReviewer)).toMatchObject({ message: 'request is in_review, claimed by user #7' });
  });

  it('a request awaiting the customer is still held by its assignee and cannot be claimed', () => {
    expect(checkAction('claim', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), otherReviewer)).toMatchObject({
      status: 409,
      code: 'already_claimed',
      message: 'request is awaiting_customer, claimed by 王芳',
    });
  });
});

describe('release', () => {
  it('the assignee releases an in_review request back to submitted', () => {
    expect(checkAction('release', claimedBy(WANG_FANG), wangFang)).toEqual({ ok: true, next: 'submitted' });
  });

  it('a manager may release someone else’s request', () => {
    expect(checkAction('release', claimedBy(WANG_FANG), manager)).toEqual({ ok: true, next: 'submitted' });
  });

  it('another reviewer may not release it (403 not_assignee)', () => {
    expect(checkAction('release', claimedBy(WANG_FANG, '王芳'), otherReviewer)).toMatchObject({
      status: 403,
      code: 'not_assignee',
      message: 'Releasing a request is up to the assignee (王芳) or a manager',
    });
  });

  it('an unclaimed request cannot be released (409 not_claimed)', () => {
    expect(checkAction('release', aRequest(), manager)).toMatchObject({ status: 409, code: 'not_claimed' });
  });
});

describe('reassign', () => {
  it('a manager reassigning a submitted request makes it in_review', () => {
    expect(checkAction('reassign', aRequest(), manager)).toEqual({ ok: true, next: 'in_review' });
  });

  it('reassigning keeps in_review and awaiting_customer as they are', () => {
    expect(checkAction('reassign', claimedBy(WANG_FANG), manager)).toEqual({ ok: true, next: 'in_review' });
    expect(checkAction('reassign', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), manager)).toEqual({
      ok: true,
      next: 'awaiting_customer',
    });
  });

  it('a reviewer may not reassign, not even their own request', () => {
    expect(checkAction('reassign', claimedBy(WANG_FANG), wangFang)).toMatchObject({
      status: 403,
      code: 'role_forbidden',
      message: 'Reassigning a request needs the manager role',
    });
  });
});

describe('asking the customer for information', () => {
  it('the assignee moves an in_review request to awaiting_customer', () => {
    expect(checkAction('request_info', claimedBy(WANG_FANG), wangFang)).toEqual({ ok: true, next: 'awaiting_customer' });
  });

  it('another reviewer may not (403 not_assignee)', () => {
    expect(checkAction('request_info', claimedBy(WANG_FANG), otherReviewer)).toMatchObject({ status: 403, code: 'not_assignee' });
  });

  it('a request already awaiting the customer cannot be asked again (409)', () => {
    expect(checkAction('request_info', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang)).toMatchObject({
      status: 409,
      code: 'invalid_transition',
      message: 'request is awaiting_customer: only an in_review request can be sent back to the customer',
    });
  });
});

describe('the customer answers', () => {
  it('the customer’s answer puts the request back in_review (with the same assignee)', () => {
    expect(checkAction('customer_answer', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), customer)).toEqual({
      ok: true,
      next: 'in_review',
    });
  });

  it('staff cannot answer for the customer (403)', () => {
    expect(checkAction('customer_answer', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang)).toMatchObject({
      status: 403,
      code: 'role_forbidden',
      message: 'Answering an information request is for the customer only',
    });
  });

  it('an answer when nothing was asked is refused (409)', () => {
    expect(checkAction('customer_answer', claimedBy(WANG_FANG), customer)).toMatchObject({ status: 409, code: 'invalid_transition' });
  });
});

describe('decisions: approve, reject, pause instead', () => {
  const decisions = [
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['pause_instead', 'paused_instead'],
  ] as const;

  for (const [action, next] of decisions) {
    it(`the assignee reviewer may ${action} an in_review request, which becomes ${next}`, () => {
      expect(checkAction(action, claimedBy(WANG_FANG), wangFang)).toEqual({ ok: true, next });
    });

    it(`a reviewer who is not the assignee may not ${action} (403 not_assignee)`, () => {
      expect(checkAction(action, claimedBy(WANG_FANG, '王芳'), otherReviewer)).toMatchObject({ ok: false, status: 403, code: 'not_assignee' });
    });

    it(`a request awaiting the customer cannot be ${next} until it is back in review (409)`, () => {
      expect(checkAction(action, claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang)).toMatchObject({
        ok: false,
        status: 409,
        code: 'invalid_transition',
      });
    });
  }

  it('an unclaimed request cannot be approved: claim it first (409 not_claimed)', () => {
    expect(checkAction('approve', aRequest(), wangFang)).toEqual({
      ok: false,
      status: 409,
      code: 'not_claimed',
      message: 'request is submitted: nobody has claimed it yet, so it cannot be approved',
    });
  });

  it('a manager without the reviewer role may not approve, even as assignee (403)', () => {
    expect(checkAction('approve', claimedBy(9), manager)).toMatchObject({
      status: 403,
      code: 'role_forbidden',
      message: 'Approving a request needs the reviewer role',
    });
  });

  it('a person holding reviewer and manager roles who is the assignee may approve', () => {
    expect(checkAction('approve', claimedBy(11), staff(11, 'manager', 'reviewer'))).toEqual({ ok: true, next: 'approved' });
  });

  it('the customer may not approve (403)', () => {
    expect(checkAction('approve', claimedBy(WANG_FANG), customer)).toMatchObject({ status: 403, code: 'role_forbidden' });
  });
});

describe('withdraw', () => {
  for (const status of OPEN_STATUSES) {
    it(`the customer may withdraw a ${status} request`, () => {
      const request = status === 'submitted' ? aRequest() : claimedBy(WANG_FANG, '王芳', status);
      expect(checkAction('withdraw', request, customer)).toEqual({ ok: true, next: 'withdrawn' });
    });
  }

  it('staff may not withdraw on the customer’s behalf (403)', () => {
    expect(checkAction('withdraw', aRequest(), manager)).toMatchObject({ status: 403, code: 'role_forbidden' });
  });
});

describe('decided requests are final', () => {
  it('every action on every decided request is refused with 409 request_decided', () => {
    for (const status of DECIDED_STATUSES) {
      for (const action of REQUEST_ACTIONS) {
        const result = checkAction(action, aRequest({ status, assigneeId: WANG_FANG }), wangFang);
        expect(result).toEqual({
          ok: false,
          status: 409,
          code: 'request_decided',
          message: `request is ${status}: a decided request is final and cannot change`,
        });
      }
    }
  });
});

describe('order of refusals', () => {
  it('decided comes before role: a finance user touching an approved request gets 409', () => {
    expect(checkAction('claim', aRequest({ status: 'approved' }), financeOnly)).toMatchObject({ status: 409, code: 'request_decided' });
  });

  it('role comes before lifecycle: a finance user approving an unclaimed request gets 403', () => {
    expect(checkAction('approve', aRequest(), financeOnly)).toMatchObject({ status: 403, code: 'role_forbidden' });
  });

  it('lifecycle comes before assignee: another reviewer approving a request awaiting the customer gets 409', () => {
    expect(checkAction('approve', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), otherReviewer)).toMatchObject({
      status: 409,
      code: 'invalid_transition',
    });
  });
});

describe('the action bar', () => {
  it('the assignee reviewer sees claim (refused: already claimed) and every reviewer move (allowed)', () => {
    const actions = availableActions(claimedBy(WANG_FANG, '王芳'), wangFang);
    expect(actions.map((a) => [a.action, a.check.ok])).toEqual([
      ['claim', false],
      ['release', true],
      ['request_info', true],
      ['approve', true],
      ['reject', true],
      ['pause_instead', true],
    ]);
  });

  it('a manager sees claim, release, reassign and request info, never the reviewer-only decisions', () => {
    expect(availableActions(aRequest(), manager).map((a) => a.action)).toEqual(['claim', 'release', 'reassign', 'request_info']);
  });

  it('a finance-only user sees no request action at all', () => {
    expect(availableActions(aRequest(), financeOnly)).toEqual([]);
  });

  it('the customer sees answer and withdraw; on a decided request both say it is final', () => {
    const actions = availableActions(aRequest({ status: 'rejected' }), customer);
    expect(actions.map((a) => a.action)).toEqual(['customer_answer', 'withdraw']);
    expect(actions.every((a) => !a.check.ok && a.check.code === 'request_decided')).toBe(true);
  });

  it('roleAllows answers for the role alone, whatever the state', () => {
    expect(roleAllows('approve', wangFang)).toBe(true);
    expect(roleAllows('approve', manager)).toBe(false);
    expect(roleAllows('withdraw', customer)).toBe(true);
    expect(roleAllows('claim', customer)).toBe(false);
  });
});
