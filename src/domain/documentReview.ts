// Who may verify or reject a supporting document, and when. The server runs
// checkDocumentReview under the request's lock; the UI runs it to enable the
// viewer's buttons and to say why one is disabled.

import type { Actor, LifecycleRequest } from './lifecycle.ts';
import { isDecidedStatus, type DocumentStatus, type Role } from './vocabulary.ts';

export type DocumentDecision = 'verify' | 'reject';

export type DocumentReviewRefusalCode =
  | 'request_decided'
  | 'role_forbidden'
  | 'not_claimed'
  | 'invalid_transition'
  | 'not_assignee'
  | 'document_superseded'
  | 'rejection_final'
  | 'already_decided';

type DocumentReviewCheck =
  | { ok: true; next: Exclude<DocumentStatus, 'submitted'> }
  | { ok: false; status: 403 | 409; code: DocumentReviewRefusalCode; message: string };

export interface ReviewedDocument {
  status: DocumentStatus;
  rejectionFinal: boolean;
  /** A later upload of the same type exists: that one is what the checklist shows. */
  superseded: boolean;
}

/** Checking documents is the review's work: a reviewer's, or a manager's who holds the request. */
export const REVIEW_ROLES: readonly Role[] = ['reviewer', 'manager'];

/**
 * May this actor verify or reject this document of this request now?
 * Same order as the lifecycle's checkAction: decided (409), role (403),
 * request status (409), assignee (403), then the document itself (409).
 * A verified document may still be rejected and a (not final) rejected one
 * verified while the request is in review: a reviewer corrects a mistake,
 * and the audit trail keeps both decisions.
 */
export function checkDocumentReview(
  decision: DocumentDecision,
  request: LifecycleRequest,
  document: ReviewedDocument,
  actor: Actor,
): DocumentReviewCheck {
  const next = decision === 'verify' ? 'verified' : 'rejected';
  const label = decision === 'verify' ? 'verified' : 'rejected';
  if (isDecidedStatus(request.status)) {
    return {
      ok: false,
      status: 409,
      code: 'request_decided',
      message: `request is ${request.status}: its documents can no longer be ${label}`,
    };
  }
  if (actor.kind !== 'staff' || !actor.roles.some((r) => REVIEW_ROLES.includes(r))) {
    return {
      ok: false,
      status: 403,
      code: 'role_forbidden',
      message: 'Checking documents needs the reviewer or manager role',
    };
  }
  if (request.status === 'submitted') {
    return {
      ok: false,
      status: 409,
      code: 'not_claimed',
      message: `request is submitted: nobody has claimed it yet, so its documents cannot be ${label}`,
    };
  }
  if (request.status !== 'in_review') {
    return {
      ok: false,
      status: 409,
      code: 'invalid_transition',
      message: `request is ${request.status}: documents are checked while the request is in_review`,
    };
  }
  if (request.assigneeId !== actor.id) {
    const who = request.assigneeName ?? (request.assigneeId === null ? 'nobody' : `user #${request.assigneeId}`);
    return {
      ok: false,
      status: 403,
      code: 'not_assignee',
      message: `Checking documents is up to the assignee (${who})`,
    };
  }
  if (document.superseded) {
    return {
      ok: false,
      status: 409,
      code: 'document_superseded',
      message: `a newer upload of this document type exists: check that one; this one cannot be ${label}`,
    };
  }
  if (document.status === 'rejected' && document.rejectionFinal) {
    return {
      ok: false,
      status: 409,
      code: 'rejection_final',
      message: 'this document was rejected as final and cannot change',
    };
  }
  if (document.status === next) {
    return { ok: false, status: 409, code: 'already_decided', message: `this document is already ${next}` };
  }
  return { ok: true, next };
}
