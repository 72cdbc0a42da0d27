import { describe, it, expect } from 'vitest';
import { REQUEST_ACTIONS, availableActions, checkAction, roleAllows } from '../../src/domain/lifecycle.ts';
import { DECIDED_STATUSES, OPEN_STATUSES } from '../../src/domain/vocabulary.ts';
import {
  WANG_FANG,
  aRequest,
  claimedBy,
  customer,
  financeOnly,
  manager,
  otherReviewer,
  staff,
  wangFang,
} from './lifecycleFixtures.ts';

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
      expect(checkAction(action, claimedBy(WANG_FANG, '王芳'), otherReviewer)).toMatchObject({
        ok: false,
        status: 403,
        code: 'not_assignee',
      });
    });
  }

  for (const [action, next] of [decisions[0], decisions[2]]) {
    it(`a request awaiting the customer cannot be ${next} until it is back in review, and the refusal says how (409)`, () => {
      const check = checkAction(action, claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang);
      expect(check).toMatchObject({ ok: false, status: 409, code: 'awaiting_customer' });
      expect(!check.ok && check.message).toMatch(/takes the information request back/);
    });
  }

  it('a request awaiting the customer may be rejected by its assignee (for no response only: awaitingCustomer.ts)', () => {
    expect(checkAction('reject', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang)).toEqual({
      ok: true,
      next: 'rejected',
    });
  });

  it('an unclaimed request cannot be approved: claim it first (409 not_claimed)', () => {
    expect(checkAction('approve', aRequest(), wangFang)).toEqual({
      ok: false,
      status: 409,
      code: 'not_claimed',
      message: 'request is submitted: nobody has claimed it yet, so it cannot be approved; claim it first',
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
    expect(checkAction('approve', claimedBy(11), staff(11, 'manager', 'reviewer'))).toEqual({
      ok: true,
      next: 'approved',
    });
  });

  it('the customer may not approve (403)', () => {
    expect(checkAction('approve', claimedBy(WANG_FANG), customer)).toMatchObject({
      status: 403,
      code: 'role_forbidden',
    });
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
    expect(checkAction('claim', aRequest({ status: 'approved' }), financeOnly)).toMatchObject({
      status: 409,
      code: 'request_decided',
    });
  });

  it('role comes before lifecycle: a finance user approving an unclaimed request gets 403', () => {
    expect(checkAction('approve', aRequest(), financeOnly)).toMatchObject({ status: 403, code: 'role_forbidden' });
  });

  it('lifecycle comes before assignee: another reviewer approving a request awaiting the customer gets 409', () => {
    expect(checkAction('approve', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), otherReviewer)).toMatchObject({
      status: 409,
      code: 'awaiting_customer',
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
      ['verify_identity', true],
      ['resume_review', false],
      ['remind', false],
    ]);
  });

  it('a manager sees claim, release, reassign, request info and the awaiting moves, never the reviewer-only decisions', () => {
    expect(availableActions(aRequest(), manager).map((a) => a.action)).toEqual([
      'claim',
      'release',
      'reassign',
      'request_info',
      'verify_identity',
      'resume_review',
      'remind',
    ]);
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
