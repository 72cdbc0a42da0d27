import { describe, expect, it } from 'vitest';
import type { LifecycleRequest } from '../../src/domain/lifecycle.ts';
import {
  checkNoteEdit,
  dashboardScope,
  mayListAuditEvents,
  mayReadNotification,
  notificationScope,
  staffListView,
  type StaffActor,
} from '../../src/domain/recordAccess.ts';
import { DECIDED_STATUSES, type Role } from '../../src/domain/vocabulary.ts';

const WANG_FANG = 7;

function staff(id: number, ...roles: Role[]): StaffActor {
  return { kind: 'staff', id, roles };
}
function aRequest(overrides: Partial<LifecycleRequest> = {}): LifecycleRequest {
  return { status: 'in_review', assigneeId: WANG_FANG, assigneeName: '王芳', ...overrides };
}
const wangFang = staff(WANG_FANG, 'reviewer');
const colleague = staff(8, 'reviewer');
const manager = staff(9, 'manager');
const finance = staff(10, 'finance');
const admin = staff(11, 'admin');

describe('the internal note: reviewers work their own requests', () => {
  it('the assignee edits the note of the request she holds', () => {
    expect(checkNoteEdit(aRequest(), wangFang)).toEqual({ ok: true });
  });

  it('a colleague may not edit it (403) and is told whose request it is', () => {
    expect(checkNoteEdit(aRequest(), colleague)).toEqual({
      ok: false,
      status: 403,
      code: 'not_assignee',
      message: 'Editing the internal note is up to the assignee (王芳) or a manager',
    });
  });

  it("a manager edits any open request's note, claimed or not", () => {
    expect(checkNoteEdit(aRequest(), manager)).toEqual({ ok: true });
    expect(checkNoteEdit(aRequest({ status: 'submitted', assigneeId: null }), manager)).toEqual({ ok: true });
  });

  it('finance reads requests but never edits a note (403)', () => {
    expect(checkNoteEdit(aRequest({ assigneeId: finance.id }), finance)).toMatchObject({
      ok: false,
      status: 403,
      code: 'role_forbidden',
    });
  });

  it('a decided request is final, its note included (409), whoever asks', () => {
    for (const status of DECIDED_STATUSES) {
      for (const actor of [wangFang, manager, finance]) {
        expect(checkNoteEdit(aRequest({ status }), actor), `${status} ${actor.roles}`).toMatchObject({
          ok: false,
          status: 409,
          code: 'request_decided',
        });
      }
    }
  });
});

describe("customer messages: a reviewer's own requests, a manager's all", () => {
  it('a manager sees the whole outbox', () => {
    expect(notificationScope(manager)).toEqual({ kind: 'all' });
    expect(mayReadNotification(manager, { requestAssigneeId: WANG_FANG })).toBe(true);
    expect(mayReadNotification(manager, { requestAssigneeId: null })).toBe(true);
  });

  it("a reviewer sees the messages of the requests she holds, not a colleague's nor unclaimed ones", () => {
    expect(notificationScope(wangFang)).toEqual({ kind: 'assignedTo', staffId: WANG_FANG });
    expect(mayReadNotification(wangFang, { requestAssigneeId: WANG_FANG })).toBe(true);
    expect(mayReadNotification(wangFang, { requestAssigneeId: colleague.id })).toBe(false);
    expect(mayReadNotification(wangFang, { requestAssigneeId: null })).toBe(false);
  });

  it('finance and the admin see none', () => {
    for (const actor of [finance, admin]) {
      expect(notificationScope(actor)).toEqual({ kind: 'none' });
      expect(mayReadNotification(actor, { requestAssigneeId: actor.id })).toBe(false);
    }
  });

  it('a manager who is also a reviewer sees all', () => {
    expect(notificationScope(staff(12, 'reviewer', 'manager'))).toEqual({ kind: 'all' });
  });
});

describe('the dashboard: own figures, refund figures, all', () => {
  it('a reviewer sees her own review figures and no refund figures', () => {
    expect(dashboardScope(wangFang)).toEqual({ review: { kind: 'assignedTo', staffId: WANG_FANG }, refunds: false });
  });

  it('finance sees refund figures only', () => {
    expect(dashboardScope(finance)).toEqual({ review: { kind: 'none' }, refunds: true });
  });

  it('a manager sees everything', () => {
    expect(dashboardScope(manager)).toEqual({ review: { kind: 'all' }, refunds: true });
  });

  it('the admin has no dashboard', () => {
    expect(dashboardScope(admin)).toEqual({ review: { kind: 'none' }, refunds: false });
  });

  it('a reviewer who is also finance sees her own figures and the refund figures', () => {
    expect(dashboardScope(staff(13, 'reviewer', 'finance'))).toEqual({
      review: { kind: 'assignedTo', staffId: 13 },
      refunds: true,
    });
  });
});

describe("the audit log and a request's timeline", () => {
  it('managers and the admin read the whole audit log', () => {
    for (const actor of [manager, admin]) expect(mayListAuditEvents(actor, {})).toBe(true);
  });

  it("reviewers and finance read one request's events, never the log as a whole", () => {
    for (const actor of [wangFang, finance]) {
      expect(mayListAuditEvents(actor, { requestId: 42 })).toBe(true);
      expect(mayListAuditEvents(actor, {})).toBe(false);
      expect(mayListAuditEvents(actor, { requestId: null })).toBe(false);
    }
  });

  it("whoever reads refunds reads one refund's events (its history); the admin through the whole log", () => {
    for (const actor of [wangFang, finance, manager, admin])
      expect(mayListAuditEvents(actor, { refundId: '7' })).toBe(true);
    expect(mayListAuditEvents(finance, { refundId: null })).toBe(false);
    expect(mayListAuditEvents({ kind: 'staff', id: 99, roles: [] }, { refundId: '7' })).toBe(false);
  });
});

describe('the staff list: names only, except for the admin', () => {
  it('reviewers, finance and managers see names; the admin every field', () => {
    for (const actor of [wangFang, finance, manager]) expect(staffListView(actor)).toBe('names');
    expect(staffListView(admin)).toBe('full');
  });

  it('someone with no role sees nothing', () => {
    expect(staffListView(staff(14))).toBe('none');
  });
});
