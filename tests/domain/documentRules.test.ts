import { describe, expect, it } from 'vitest';
import {
  checkDocumentReview,
  checkStaffUpload,
  displayFileName,
  documentRejectInput,
  retentionCutoff,
  retentionDue,
  retentionEndsAt,
  sniffDocumentType,
  type ReviewedDocument,
} from '../../src/domain/documentRules.ts';
import type { Actor, LifecycleRequest } from '../../src/domain/lifecycle.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG_HEAD = bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR');

describe('file type from the bytes', () => {
  it('recognises PNG, JPEG, WebP and PDF by their signatures', () => {
    expect(sniffDocumentType(PNG_HEAD)).toBe('image/png');
    expect(sniffDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0], '\0\x10JFIF'))).toBe('image/jpeg');
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8L'))).toBe('image/webp');
    expect(sniffDocumentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses everything else: an executable, a GIF, HTML, text, an empty file, a truncated signature', () => {
    expect(sniffDocumentType(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]))).toBeNull();
    expect(sniffDocumentType(bytes('GIF89a'))).toBeNull();
    expect(sniffDocumentType(bytes('<!doctype html><script>'))).toBeNull();
    expect(sniffDocumentType(bytes('hello.png'))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
    expect(sniffDocumentType(PNG_HEAD.slice(0, 8))).toBeNull();
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffDocumentType(bytes('%PDF-x'))).toBeNull();
    expect(sniffDocumentType(bytes(' %PDF-1.4'))).toBeNull();
  });
});

describe('file names are shown, never used as paths', () => {
  it('keeps only the last path segment of either separator', () => {
    expect(displayFileName('../../etc/passwd.png')).toBe('passwd.png');
    expect(displayFileName('C:\\Users\\王芳\\身份证正面.jpg')).toBe('身份证正面.jpg');
  });

  it('drops control and direction-override characters, leading dots, and falls back when nothing is left', () => {
    expect(displayFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(displayFileName('a\r\nb.png')).toBe('a b.png');
    expect(displayFileName('..')).toBe('document');
    expect(displayFileName('.htaccess')).toBe('htaccess');
    expect(displayFileName(undefined)).toBe('document');
    expect([...displayFileName(`${'长'.repeat(300)}.pdf`)]).toHaveLength(200);
    expect(displayFileName(`${'长'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });
});

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
    expect(checkDocumentReview('verify', inReview, submittedDoc, finance)).toMatchObject({ ok: false, status: 403, code: 'role_forbidden' });
    const other = checkDocumentReview('verify', inReview, submittedDoc, otherReviewer);
    expect(other).toMatchObject({ ok: false, status: 403, code: 'not_assignee' });
    expect(other.ok === false && other.message).toContain('王芳');
  });

  it('documents are checked only while the request is in review (409), and never once it is decided', () => {
    expect(checkDocumentReview('verify', { status: 'submitted', assigneeId: null }, submittedDoc, reviewer)).toMatchObject({ status: 409, code: 'not_claimed' });
    expect(checkDocumentReview('verify', { status: 'awaiting_customer', assigneeId: 1 }, submittedDoc, reviewer)).toMatchObject({ status: 409, code: 'invalid_transition' });
    // Decided comes first: even finance is told the request is final.
    expect(checkDocumentReview('reject', { status: 'approved', assigneeId: 1 }, submittedDoc, finance)).toMatchObject({ status: 409, code: 'request_decided' });
  });

  it('a superseded upload, a final rejection and a repeated decision are refused (409); a mistake can be corrected', () => {
    expect(checkDocumentReview('verify', inReview, { ...submittedDoc, superseded: true }, reviewer)).toMatchObject({ status: 409, code: 'document_superseded' });
    expect(checkDocumentReview('verify', inReview, { status: 'rejected', rejectionFinal: true, superseded: false }, reviewer)).toMatchObject({ status: 409, code: 'rejection_final' });
    expect(checkDocumentReview('verify', inReview, { status: 'verified', rejectionFinal: false, superseded: false }, reviewer)).toMatchObject({ status: 409, code: 'already_decided' });
    expect(checkDocumentReview('reject', inReview, { status: 'verified', rejectionFinal: false, superseded: false }, reviewer)).toMatchObject({ ok: true });
    expect(checkDocumentReview('verify', inReview, { status: 'rejected', rejectionFinal: false, superseded: false }, reviewer)).toMatchObject({ ok: true });
  });

  it('a rejection needs a reason and cannot be both final and sent back to the customer', () => {
    expect(documentRejectInput.safeParse({ reason: '照片模糊' }).data).toEqual({ reason: '照片模糊', final: false, askCustomer: false });
    expect(documentRejectInput.safeParse({ reason: ' ' }).success).toBe(false);
    expect(documentRejectInput.safeParse({ reason: 'x', final: true, askCustomer: true }).success).toBe(false);
    expect(documentRejectInput.safeParse({ reason: 'x', extra: 1 }).success).toBe(false);
  });
});

describe('who may upload a document for the customer', () => {
  it('reviewers and managers, while the request is open (awaiting the customer too)', () => {
    for (const roles of [['reviewer'], ['manager']] as const) {
      for (const status of ['submitted', 'in_review', 'awaiting_customer'] as const) {
        expect(checkStaffUpload({ status }, { kind: 'staff', id: 1, roles: [...roles] })).toEqual({ ok: true });
      }
    }
  });
  it('finance and admins are refused (403), and so is anyone once the request is decided (409)', () => {
    expect(checkStaffUpload({ status: 'in_review' }, { kind: 'staff', id: 1, roles: ['finance'] })).toMatchObject({ ok: false, status: 403, code: 'role_forbidden' });
    expect(checkStaffUpload({ status: 'in_review' }, { kind: 'staff', id: 1, roles: ['admin'] })).toMatchObject({ ok: false, status: 403 });
    for (const status of ['approved', 'rejected', 'paused_instead', 'withdrawn'] as const) {
      expect(checkStaffUpload({ status }, { kind: 'staff', id: 1, roles: ['reviewer'] })).toMatchObject({ ok: false, status: 409, code: 'request_decided' });
    }
  });
});

describe('retention: two years after the service ends', () => {
  // Instants in Shanghai time (UTC+8).
  const sh = (s: string) => new Date(`${s}+08:00`);

  it('files may go from 00:00 of the day after the second anniversary of the last day of service', () => {
    const ended = sh('2024-03-15T16:30:00');
    expect(retentionEndsAt(ended).toISOString()).toBe(sh('2026-03-16T00:00:00').toISOString());
    expect(retentionDue(ended, sh('2026-03-15T23:59:59'))).toBe(false);
    expect(retentionDue(ended, sh('2026-03-16T00:00:00'))).toBe(true);
    expect(retentionDue(null, sh('2099-01-01T00:00:00'))).toBe(false);
  });

  it('dates are Shanghai dates: 23:30 UTC on 14 March is already 15 March', () => {
    expect(retentionEndsAt(new Date('2024-03-14T23:30:00Z')).toISOString()).toBe(sh('2026-03-16T00:00:00').toISOString());
  });

  it('a service that ended on 29 February is kept until the end of 28 February two years on', () => {
    expect(retentionEndsAt(sh('2024-02-29T10:00:00')).toISOString()).toBe(sh('2026-03-01T00:00:00').toISOString());
    expect(retentionEndsAt(sh('2024-02-28T10:00:00')).toISOString()).toBe(sh('2026-03-01T00:00:00').toISOString());
    expect(retentionEndsAt(sh('2026-02-28T10:00:00')).toISOString()).toBe(sh('2028-02-29T00:00:00').toISOString());
  });

  it('the query bound agrees with the rule for every end time around leap days and year ends', () => {
    const nows = ['2026-03-01T00:00:00', '2026-02-28T12:00:00', '2028-02-29T00:00:01', '2028-03-01T00:00:00', '2027-01-01T00:00:00', '2026-11-25T10:00:00', '2028-02-28T23:59:59']
      .map(sh);
    for (const now of nows) {
      const cutoff = retentionCutoff(now).getTime();
      // Every 12 hours across the three years before `now`, plus each cutoff's neighbours.
      const ends: number[] = [cutoff - 1, cutoff, cutoff + 1];
      for (let t = now.getTime() - 3 * 366 * 86_400_000; t < now.getTime(); t += 12 * 3_600_000 + 7_000) ends.push(t);
      for (const end of ends) expect([now.toISOString(), new Date(end).toISOString(), end < cutoff]).toEqual([now.toISOString(), new Date(end).toISOString(), retentionDue(new Date(end), now)]);
    }
  });
});
