import { describe, it, expect } from 'vitest';
import { checkAction } from '../../src/domain/lifecycle.ts';
import {
  WANG_FANG,
  aRequest,
  claimedBy,
  customer,
  financeOnly,
  manager,
  otherReviewer,
  wangFang,
} from './lifecycleFixtures.ts';

describe('claim', () => {
  it('a reviewer claims a submitted request and it goes in_review', () => {
    expect(checkAction('claim', aRequest(), wangFang)).toEqual({ ok: true, next: 'in_review' });
  });

  it('a manager may claim too', () => {
    expect(checkAction('claim', aRequest(), manager)).toEqual({ ok: true, next: 'in_review' });
  });

  it('a finance-only user may not claim (403)', () => {
    expect(checkAction('claim', aRequest(), financeOnly)).toMatchObject({
      ok: false,
      status: 403,
      code: 'role_forbidden',
    });
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
    expect(checkAction('claim', claimedBy(WANG_FANG), otherReviewer)).toMatchObject({
      message: 'request is in_review, claimed by user #7',
    });
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
    expect(checkAction('request_info', claimedBy(WANG_FANG), wangFang)).toEqual({
      ok: true,
      next: 'awaiting_customer',
    });
  });

  it('another reviewer may not (403 not_assignee)', () => {
    expect(checkAction('request_info', claimedBy(WANG_FANG), otherReviewer)).toMatchObject({
      status: 403,
      code: 'not_assignee',
    });
  });

  it('a request already awaiting the customer cannot be asked again (409)', () => {
    expect(checkAction('request_info', claimedBy(WANG_FANG, '王芳', 'awaiting_customer'), wangFang)).toMatchObject({
      status: 409,
      code: 'awaiting_customer',
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
    expect(checkAction('customer_answer', claimedBy(WANG_FANG), customer)).toMatchObject({
      status: 409,
      code: 'invalid_transition',
    });
  });
});

describe('while awaiting the customer', () => {
  const awaiting = claimedBy(WANG_FANG, '王芳', 'awaiting_customer');

  it('the assignee takes the information request back: in_review again', () => {
    expect(checkAction('resume_review', awaiting, wangFang)).toEqual({ ok: true, next: 'in_review' });
  });

  it('the assignee reminds the customer: still awaiting the customer', () => {
    expect(checkAction('remind', awaiting, wangFang)).toEqual({ ok: true, next: 'awaiting_customer' });
  });

  it('another reviewer may neither take it back nor remind (403 not_assignee)', () => {
    expect(checkAction('resume_review', awaiting, otherReviewer)).toMatchObject({ status: 403, code: 'not_assignee' });
    expect(checkAction('remind', awaiting, otherReviewer)).toMatchObject({ status: 403, code: 'not_assignee' });
  });

  it('in review there is nothing to take back or remind of: 409 saying to ask the customer first', () => {
    const check = checkAction('remind', claimedBy(WANG_FANG), wangFang);
    expect(check).toMatchObject({ status: 409, code: 'not_awaiting_customer' });
    expect(!check.ok && check.message).toMatch(/ask the customer first/);
  });

  it("the holder's identity is verified by the assignee while in review only", () => {
    expect(checkAction('verify_identity', claimedBy(WANG_FANG), wangFang)).toEqual({ ok: true, next: 'in_review' });
    expect(checkAction('verify_identity', awaiting, wangFang)).toMatchObject({
      status: 409,
      code: 'awaiting_customer',
    });
    expect(checkAction('verify_identity', claimedBy(WANG_FANG), otherReviewer)).toMatchObject({ status: 403 });
  });
});
