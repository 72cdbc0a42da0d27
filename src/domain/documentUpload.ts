// When documents may be added to a request, and which staff may add one for
// the customer (a document that came by mail).

import type { Actor, LifecycleRequest } from './lifecycle.ts';
import { REVIEW_ROLES } from './documentReview.ts';
import { isDecidedStatus, type Role } from './vocabulary.ts';

/** Staff who may file a document for the customer: the people who review. */
export const STAFF_UPLOAD_ROLES: readonly Role[] = REVIEW_ROLES;

/** Documents, the customer's or staff's, are added only while the request is open. */
export function checkUploadWindow(
  request: Pick<LifecycleRequest, 'status'>,
): { ok: true } | { ok: false; status: 409; code: 'request_decided'; message: string } {
  if (isDecidedStatus(request.status)) {
    return {
      ok: false,
      status: 409,
      code: 'request_decided',
      message: `request is ${request.status}: documents can be uploaded only while it is open`,
    };
  }
  return { ok: true };
}

/** May this staff member upload a document to this request now? The reviewing roles, while it is open. */
export function checkStaffUpload(
  request: Pick<LifecycleRequest, 'status'>,
  actor: Actor,
): { ok: true } | { ok: false; status: 403 | 409; code: 'request_decided' | 'role_forbidden'; message: string } {
  if (actor.kind !== 'staff' || !actor.roles.some((r) => STAFF_UPLOAD_ROLES.includes(r))) {
    return {
      ok: false,
      status: 403,
      code: 'role_forbidden',
      message: 'Uploading documents needs the reviewer or manager role',
    };
  }
  return checkUploadWindow(request);
}
