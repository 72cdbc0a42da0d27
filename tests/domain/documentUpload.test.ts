import { describe, expect, it } from 'vitest';
import { checkStaffUpload } from '../../src/domain/documentUpload.ts';

describe('who may upload a document for the customer', () => {
  it('reviewers and managers, while the request is open (awaiting the customer too)', () => {
    for (const roles of [['reviewer'], ['manager']] as const) {
      for (const status of ['submitted', 'in_review', 'awaiting_customer'] as const) {
        expect(checkStaffUpload({ status }, { kind: 'staff', id: 1, roles: [...roles] })).toEqual({ ok: true });
      }
    }
  });
  it('finance and admins are refused (403), and so is anyone once the request is decided (409)', () => {
    expect(checkStaffUpload({ status: 'in_review' }, { kind: 'staff', id: 1, roles: ['finance'] })).toMatchObject({
      ok: false,
      status: 403,
      code: 'role_forbidden',
    });
    expect(checkStaffUpload({ status: 'in_review' }, { kind: 'staff', id: 1, roles: ['admin'] })).toMatchObject({
      ok: false,
      status: 403,
    });
    for (const status of ['approved', 'rejected', 'paused_instead', 'withdrawn'] as const) {
      expect(checkStaffUpload({ status }, { kind: 'staff', id: 1, roles: ['reviewer'] })).toMatchObject({
        ok: false,
        status: 409,
        code: 'request_decided',
      });
    }
  });
});
