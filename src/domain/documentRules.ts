// Supporting documents: which files are accepted (decided by their bytes), who
// may verify or reject a document and when, and how long files are kept. Pure:
// the server enforces these inside its transactions, the UI asks the same
// functions why a button is disabled (and may sniff a file before uploading it).

import { z } from 'zod';
import type { Actor, LifecycleRequest } from './lifecycle.ts';
import { isDecidedStatus, type DocumentStatus, type Role } from './vocabulary.ts';

/** 10 MB, counted in binary megabytes as the database CHECK on size_bytes does. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

/** How many leading bytes `sniffDocumentType` needs. */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Uint8Array, offset: number, ascii: string) =>
  bytes.length >= offset + ascii.length && [...ascii].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));

/**
 * The file's type from its first bytes, whatever its name or declared type;
 * null for anything but PNG, JPEG, WebP and PDF. Each check is a format's
 * signature plus the structure right after it where there is one (PNG's
 * header chunk, WebP's first chunk), so a text file starting "RIFF" or a
 * truncated signature is not taken for an image.
 */
export function sniffDocumentType(head: Uint8Array): AcceptedMimeType | null {
  // PNG: 89 'PNG' CR LF 1A LF, then the first chunk, which must be IHDR.
  if (head[0] === 0x89 && startsWith(head, 1, 'PNG\r\n\x1a\n') && startsWith(head, 12, 'IHDR')) return 'image/png';
  // JPEG: SOI (FF D8) followed by a marker (FF xx).
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  // WebP: a RIFF container of form WEBP whose first chunk is VP8, VP8L or VP8X.
  if (startsWith(head, 0, 'RIFF') && startsWith(head, 8, 'WEBP') && (startsWith(head, 12, 'VP8 ') || startsWith(head, 12, 'VP8L') || startsWith(head, 12, 'VP8X'))) {
    return 'image/webp';
  }
  // PDF: "%PDF-" and a version digit, at the very start (as file-type requires).
  if (startsWith(head, 0, '%PDF-') && head[5] !== undefined && head[5] >= 0x30 && head[5] <= 0x39) return 'application/pdf';
  return null;
}

export const EXTENSION_OF: Record<AcceptedMimeType, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'application/pdf': 'pdf',
};

/**
 * The name a customer gave the file, made fit to show and to put in a
 * Content-Disposition header: only the last path segment, no control or
 * direction-override characters, at most 200 characters. It is only ever
 * shown; files are stored under their content hash, never under this name.
 */
export function displayFileName(raw: string | null | undefined, fallback = 'document'): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // C0/C1 controls (line breaks, tabs) read as a space...
    // oxlint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    // ...and the direction overrides that make "gpj.exe" read as "exe.jpg" go.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutDots = cleaned.replace(/^\.+/, '').trim();
  const chars = [...withoutDots];
  const name = chars.length > 200 ? chars.slice(chars.length - 200).join('') : withoutDots;
  return name || fallback;
}

// ---------------------------------------------------------------------------
// Verify / reject

export const DOCUMENT_DECISIONS = ['verify', 'reject'] as const;
export type DocumentDecision = (typeof DOCUMENT_DECISIONS)[number];

export type DocumentReviewRefusalCode =
  | 'request_decided'
  | 'role_forbidden'
  | 'not_claimed'
  | 'invalid_transition'
  | 'not_assignee'
  | 'document_superseded'
  | 'rejection_final'
  | 'already_decided';

export type DocumentReviewCheck =
  | { ok: true; next: Exclude<DocumentStatus, 'submitted'> }
  | { ok: false; status: 403 | 409; code: DocumentReviewRefusalCode; message: string };

export interface ReviewedDocument {
  status: DocumentStatus;
  rejectionFinal: boolean;
  /** A later upload of the same type exists: that one is what the checklist shows. */
  superseded: boolean;
}

/** Checking documents is the review's work: a reviewer's, or a manager's who holds the request. */
const REVIEW_ROLES: readonly Role[] = ['reviewer', 'manager'];

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
    return { ok: false, status: 409, code: 'request_decided', message: `request is ${request.status}: its documents can no longer be ${label}` };
  }
  if (actor.kind !== 'staff' || !actor.roles.some((r) => REVIEW_ROLES.includes(r))) {
    return { ok: false, status: 403, code: 'role_forbidden', message: 'Checking documents needs the reviewer or manager role' };
  }
  if (request.status === 'submitted') {
    return { ok: false, status: 409, code: 'not_claimed', message: `request is submitted: nobody has claimed it yet, so its documents cannot be ${label}` };
  }
  if (request.status !== 'in_review') {
    return { ok: false, status: 409, code: 'invalid_transition', message: `request is ${request.status}: documents are checked while the request is in_review` };
  }
  if (request.assigneeId !== actor.id) {
    const who = request.assigneeName ?? (request.assigneeId === null ? 'nobody' : `user #${request.assigneeId}`);
    return { ok: false, status: 403, code: 'not_assignee', message: `Checking documents is up to the assignee (${who})` };
  }
  if (document.superseded) {
    return { ok: false, status: 409, code: 'document_superseded', message: `a newer upload of this document type exists: check that one; this one cannot be ${label}` };
  }
  if (document.status === 'rejected' && document.rejectionFinal) {
    return { ok: false, status: 409, code: 'rejection_final', message: 'this document was rejected as final and cannot change' };
  }
  if (document.status === next) {
    return { ok: false, status: 409, code: 'already_decided', message: `this document is already ${next}` };
  }
  return { ok: true, next };
}

/** Staff who may file a document for the customer (one that came by mail): the people who review. */
export const STAFF_UPLOAD_ROLES: readonly Role[] = REVIEW_ROLES;

/** Documents, the customer's or staff's, are added only while the request is open. */
export function checkUploadWindow(request: Pick<LifecycleRequest, 'status'>): { ok: true } | { ok: false; status: 409; code: 'request_decided'; message: string } {
  if (isDecidedStatus(request.status)) {
    return { ok: false, status: 409, code: 'request_decided', message: `request is ${request.status}: documents can be uploaded only while it is open` };
  }
  return { ok: true };
}

/** May this staff member upload a document to this request now? The reviewing roles, while it is open. */
export function checkStaffUpload(
  request: Pick<LifecycleRequest, 'status'>,
  actor: Actor,
): { ok: true } | { ok: false; status: 403 | 409; code: 'request_decided' | 'role_forbidden'; message: string } {
  if (actor.kind !== 'staff' || !actor.roles.some((r) => STAFF_UPLOAD_ROLES.includes(r))) {
    return { ok: false, status: 403, code: 'role_forbidden', message: 'Uploading documents needs the reviewer or manager role' };
  }
  return checkUploadWindow(request);
}

/** The body of POST /api/documents/:id/reject. */
export const documentRejectInput = z
  .strictObject({
    reason: z.string().trim().min(1, 'say what is wrong with the document').max(500),
    /** The rejection is final: the customer cannot fix it by uploading again. */
    final: z.boolean().default(false),
    /** Also send the request back to the customer (→ awaiting_customer) asking for this type again. */
    askCustomer: z.boolean().default(false),
    /** What the customer is told; the reason when absent. */
    customerMessage: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((v) => !(v.final && v.askCustomer), {
    message: 'a final rejection cannot ask the customer to upload again',
    path: ['askCustomer'],
  });
export type DocumentRejectInput = z.infer<typeof documentRejectInput>;

// ---------------------------------------------------------------------------
// Retention

/**
 * Real-name records of a telecom account (the MIIT rule) are kept for two
 * years after its service ends. The product applies it to every supporting
 * document of the account: they were all filed to identify the holder.
 */
export const RETENTION_YEARS = 2;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

interface CivilDate { y: number; m: number; d: number }

function shanghaiDate(ms: number): CivilDate {
  const t = new Date(ms + SHANGHAI_OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
/** 00:00 in Shanghai of the date (day overflow rolls into the next month). */
const startOfShanghaiDay = (c: CivilDate) => Date.UTC(c.y, c.m, c.d) - SHANGHAI_OFFSET_MS;
const nextDay = (c: CivilDate) => shanghaiDate(startOfShanghaiDay({ ...c, d: c.d + 1 }));
const sameOrBefore = (a: CivilDate, b: CivilDate) => startOfShanghaiDay(a) <= startOfShanghaiDay(b);

/** The date RETENTION_YEARS later; with no such day (29 February) the month's last day. */
function anniversary(c: CivilDate): CivilDate {
  const y = c.y + RETENTION_YEARS;
  return { y, m: c.m, d: Math.min(c.d, daysInMonth(y, c.m)) };
}

/**
 * When the files of an account whose service ended at `serviceEndedAt` may be
 * deleted. A period counted in years ends with the corresponding date (the
 * month's last day when there is none), and the whole of that day still
 * belongs to it; dates are Shanghai's. So: 00:00 Shanghai of the day after the
 * second anniversary of the service's last day.
 */
export function retentionEndsAt(serviceEndedAt: Date): Date {
  return new Date(startOfShanghaiDay(nextDay(anniversary(shanghaiDate(serviceEndedAt.getTime())))));
}

export function retentionDue(serviceEndedAt: Date | null, now: Date): boolean {
  return serviceEndedAt !== null && now.getTime() >= retentionEndsAt(serviceEndedAt).getTime();
}

/**
 * The same rule as a bound for a query: the files of every account whose
 * service ended strictly before this instant may be deleted at `now`, and no
 * others (`serviceEndedAt < retentionCutoff(now)` ⇔ `retentionDue(serviceEndedAt, now)`).
 */
export function retentionCutoff(now: Date): Date {
  // Due ⇔ anniversary(end date) is before today ⇔ anniversary(end date) ≤ yesterday.
  const today = shanghaiDate(now.getTime());
  const yesterday = shanghaiDate(startOfShanghaiDay(today) - 1);
  let last: CivilDate = { y: yesterday.y - RETENTION_YEARS, m: yesterday.m, d: Math.min(yesterday.d, daysInMonth(yesterday.y - RETENTION_YEARS, yesterday.m)) };
  // 29 February's anniversary is 28 February: it may be due along with the 28th.
  while (sameOrBefore(anniversary(nextDay(last)), yesterday)) last = nextDay(last);
  return new Date(startOfShanghaiDay(nextDay(last)));
}
