import { describe, expect, it } from 'vitest';
import { checkDocumentReview, type ReviewedDocument } from '../../src/domain/documentReview.ts';
import type { Actor, LifecycleRequest } from '../../src/domain/lifecycle.ts';

describe('who may verify or reject a document', () => {
  const reviewer: Actor = { kind: 'staff', id: 1, roles: ['reviewer'] };
  const otherReviewer: Actor = { kind: 'staff', id: 2, roles: ['reviewer'] };
  const finance: Actor = { kind: 'staff', id: 1, roles: ['finance'] };
  const managerAssignee: Actor = { kind: 'staff', id: 1, roles: ['manager'] };
  const inReview: LifecycleRequest = { status: 'in_review', assigneeId: 1, assigneeName: '王芳' };
  const submittedDoc: ReviewedDocument = { status: 'submitted', rejectionFinal: false, superseded: false };

  it('the assignee verifies or rejects a submitted document of a request in review', () => {
    expect(checkDocumentReview('verify', inReview, submittedDoc, reviewer)).toEqual({ ok: true, next: 'verified' });
    expect(checkDocumentReview('reject', inReview, submittedDoc, reviewer)).toEqual({ ok: true, next: 'rejected' });
    expect(checkDocumentReview('verify', inReview, submittedDoc, managerAssignee)).toMatchObject({ ok: true });
  });

  it('finance may not (403); another reviewer may not, and is told who may (403)', () => {
    expect(checkDocumentReview('verify', inReview, submittedDoc, finance)).toMatchObject({
      ok: false,
      status: 403,
      code: 'role_forbidden',
    });
    const other = checkDocumentReview('verify', inReview, submittedDoc, otherReviewer);
    expect(other).toMatchObject({ ok: false, status: 403, code: 'not_assignee' });
    expect(other.ok === false && other.message).toContain('王芳');
  });

  it('documents are checked only while the request is in review (409), and never once it is decided', () => {
    expect(
      checkDocumentReview('verify', { status: 'submitted', assigneeId: null }, submittedDoc, reviewer),
    ).toMatchObject({ status: 409, code: 'not_claimed' });
    expect(
      checkDocumentReview('verify', { status: 'awaiting_customer', assigneeId: 1 }, submittedDoc, reviewer),
    ).toMatchObject({ status: 409, code: 'invalid_transition' });
    // Decided comes first: even finance is told the request is final.
    expect(checkDocumentReview('reject', { status: 'approved', assigneeId: 1 }, submittedDoc, finance)).toMatchObject({
      status: 409,
      code: 'request_decided',
    });
  });

  it('a superseded upload, a final rejection and a repeated decision are refused (409); a mistake can be corrected', () => {
    expect(checkDocumentReview('verify', inReview, { ...submittedDoc, superseded: true }, reviewer)).toMatchObject({
      status: 409,
      code: 'document_superseded',
    });
    expect(
      checkDocumentReview(
        'verify',
        inReview,
        { status: 'rejected', rejectionFinal: true, superseded: false },
        reviewer,
      ),
    ).toMatchObject({ status: 409, code: 'rejection_final' });
    expect(
      checkDocumentReview(
        'verify',
        inReview,
        { status: 'verified', rejectionFinal: false, superseded: false },
        reviewer,
      ),
    ).toMatchObject({ status: 409, code: 'already_decided' });
    expect(
      checkDocumentReview(
        'reject',
        inReview,
        { status: 'verified', rejectionFinal: false, superseded: false },
        reviewer,
      ),
    ).toMatchObject({ ok: true });
    expect(
      checkDocumentReview(
        'verify',
        inReview,
        { status: 'rejected', rejectionFinal: false, superseded: false },
        reviewer,
      ),
    ).toMatchObject({ ok: true });
  });
});
