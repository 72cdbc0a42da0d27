import { describe, expect, it } from 'vitest';
import { checkDocumentReview } from '../../src/domain/documentReview.ts';
import { checkStaffUpload } from '../../src/domain/documentUpload.ts';
import { checkAction, REQUEST_ACTIONS, roleAllows, type Actor } from '../../src/domain/lifecycle.ts';
import {
  can,
  missingPermissionMessage,
  PERMISSIONS,
  permissionsOf,
  REQUEST_ACTION_PERMISSIONS,
  rolesWith,
  type Permission,
} from '../../src/domain/permissions.ts';
import { ROLES, type Role } from '../../src/domain/vocabulary.ts';

const EVERYONE: Role[] = ['reviewer', 'finance', 'manager', 'admin'];

// The product's "Who sees what" table, one rule per row, restated here on its
// own so that a change to the matrix has to change this table too.
const WHO_SEES_WHAT: { rule: string; permissions: Permission[]; who: Role[] }[] = [
  {
    rule: 'list, open and export requests and orders',
    permissions: ['requests.list', 'requests.read', 'requests.export', 'orders.list', 'orders.read', 'orders.export'],
    who: ['reviewer', 'finance', 'manager'],
  },
  {
    rule: 'list, open and export accounts',
    permissions: ['accounts.list', 'accounts.read', 'accounts.export'],
    who: EVERYONE,
  },
  { rule: "read a request's timeline", permissions: ['requests.timeline'], who: ['reviewer', 'finance', 'manager'] },
  {
    rule: 'claim or release a request',
    permissions: ['requests.claim', 'requests.release'],
    who: ['reviewer', 'manager'],
  },
  { rule: 'ask the customer for information', permissions: ['requests.requestInfo'], who: ['reviewer', 'manager'] },
  {
    rule: "verify the holder's identity, take an information request back, remind the customer",
    permissions: ['requests.verifyIdentity', 'requests.resumeReview', 'requests.remind'],
    who: ['reviewer', 'manager'],
  },
  {
    rule: 'approve, reject or pause instead',
    permissions: ['requests.approve', 'requests.reject', 'requests.pauseInstead'],
    who: ['reviewer'],
  },
  { rule: 'reassign a request', permissions: ['requests.reassign'], who: ['manager'] },
  {
    rule: "read or edit a request's internal note",
    permissions: ['requests.readNote', 'requests.editNote'],
    who: ['reviewer', 'manager'],
  },
  {
    rule: "reveal a customer's full phone, ID number, email and ICCID",
    permissions: ['accounts.readPii'],
    who: ['reviewer', 'manager'],
  },
  { rule: 'resume a suspended account', permissions: ['accounts.resume'], who: ['admin'] },
  {
    rule: "list and open a request's document records",
    permissions: ['documents.list', 'documents.read'],
    who: ['reviewer', 'finance', 'manager'],
  },
  {
    rule: "open a customer's document file (ID card, licence)",
    permissions: ['documentFiles.read'],
    who: ['reviewer', 'manager'],
  },
  {
    rule: 'upload, verify or reject a document',
    permissions: ['documents.upload', 'documents.verify', 'documents.reject'],
    who: ['reviewer', 'manager'],
  },
  {
    rule: 'read customer messages',
    permissions: ['notifications.list', 'notifications.read'],
    who: ['reviewer', 'manager'],
  },
  { rule: 'retry a customer message', permissions: ['notifications.retry'], who: ['manager'] },
  {
    rule: 'list, open and export refunds',
    permissions: ['refunds.list', 'refunds.read', 'refunds.export'],
    who: ['reviewer', 'finance', 'manager'],
  },
  { rule: 'create a refund', permissions: ['refunds.create'], who: ['finance', 'manager'] },
  {
    rule: 'approve, reject, pay or amend a refund, or record a failed payout',
    permissions: ['refunds.approve', 'refunds.reject', 'refunds.pay', 'refunds.amend', 'refunds.fail'],
    who: ['finance'],
  },
  { rule: 'see their own review figures', permissions: ['dashboard.ownFigures'], who: ['reviewer'] },
  { rule: "see the team's review figures", permissions: ['dashboard.teamFigures'], who: ['manager'] },
  { rule: 'see refund figures', permissions: ['dashboard.refundFigures'], who: ['finance', 'manager'] },
  { rule: 'list staff names', permissions: ['users.listNames'], who: EVERYONE },
  {
    rule: 'administer staff accounts (emails, roles, create, change, disable, reset a password)',
    permissions: ['users.list', 'users.read', 'users.create', 'users.update', 'users.disable', 'users.resetPassword'],
    who: ['admin'],
  },
  {
    rule: 'read and export the audit log',
    permissions: ['auditEvents.list', 'auditEvents.read', 'auditEvents.export'],
    who: ['manager', 'admin'],
  },
  { rule: 'read and edit the working-day calendar', permissions: ['calendar.read', 'calendar.edit'], who: ['admin'] },
  { rule: 'read and change the settings', permissions: ['settings.read', 'settings.edit'], who: ['admin'] },
  {
    rule: 'list, issue and revoke intake keys',
    permissions: ['intakeKeys.list', 'intakeKeys.create', 'intakeKeys.revoke'],
    who: ['admin'],
  },
  { rule: 'read and change their own profile', permissions: ['profile.read', 'profile.edit'], who: EVERYONE },
];

describe('who sees what, role by role', () => {
  for (const { rule, permissions, who } of WHO_SEES_WHAT) {
    for (const role of ROLES) {
      const allowed = who.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${rule}`, () => {
        for (const permission of permissions) expect(can([role], permission), permission).toBe(allowed);
      });
    }
  }

  it('the table above covers every permission exactly once', () => {
    const listed = WHO_SEES_WHAT.flatMap((row) => row.permissions);
    expect([...listed].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('every permission is held by at least one role', () => {
    for (const permission of PERMISSIONS) expect(rolesWith(permission).length, permission).toBeGreaterThan(0);
  });
});

describe('the rules the product names', () => {
  it("finance cannot open a customer's ID card file, but sees that the document exists", () => {
    expect(can(['finance'], 'documentFiles.read')).toBe(false);
    expect(can(['finance'], 'documents.read')).toBe(true);
  });

  it('a reviewer reads all requests but only the reviewing actions are theirs, not reassigning', () => {
    expect(can(['reviewer'], 'requests.list')).toBe(true);
    expect(can(['reviewer'], 'requests.approve')).toBe(true);
    expect(can(['reviewer'], 'requests.reassign')).toBe(false);
  });

  it('staff see only names of their colleagues; the admin sees the accounts', () => {
    for (const role of ['reviewer', 'finance', 'manager'] as const) {
      expect(can([role], 'users.listNames')).toBe(true);
      expect(can([role], 'users.list')).toBe(false);
    }
    expect(can(['admin'], 'users.list')).toBe(true);
  });

  it('the admin resumes a suspended account but never opens a request', () => {
    expect(can(['admin'], 'accounts.resume')).toBe(true);
    expect(can(['admin'], 'requests.read')).toBe(false);
  });
});

describe('several roles hold the union', () => {
  it('a manager who is also a reviewer may claim, approve and reassign', () => {
    for (const p of ['requests.claim', 'requests.approve', 'requests.reassign'] as const)
      expect(can(['manager', 'reviewer'], p), p).toBe(true);
  });

  it('a manager alone may not approve a request', () => {
    expect(can(['manager'], 'requests.approve')).toBe(false);
  });

  it('a reviewer who is also finance may approve refunds and open document files', () => {
    expect(can(['reviewer', 'finance'], 'refunds.approve')).toBe(true);
    expect(can(['reviewer', 'finance'], 'documentFiles.read')).toBe(true);
  });

  it('the permissions of two roles are those of each, together', () => {
    const union = new Set([...permissionsOf(['finance']), ...permissionsOf(['admin'])]);
    expect(new Set(permissionsOf(['finance', 'admin']))).toEqual(union);
  });

  it('someone with no role holds nothing', () => {
    expect(permissionsOf([])).toEqual([]);
  });
});

describe("the request actions are the lifecycle's", () => {
  const staffActions = REQUEST_ACTIONS.filter((a) => roleAllows(a, { kind: 'staff', id: 1, roles: ROLES }));

  it('every staff action of the lifecycle has its permission', () => {
    expect(Object.keys(REQUEST_ACTION_PERMISSIONS).sort()).toEqual([...staffActions].sort());
  });

  for (const action of staffActions) {
    const permission = REQUEST_ACTION_PERMISSIONS[action as keyof typeof REQUEST_ACTION_PERMISSIONS];
    it(`${permission}: the roles the lifecycle allows, and its refusal in the same words`, () => {
      for (const role of ROLES) {
        expect(can([role], permission), role).toBe(roleAllows(action, { kind: 'staff', id: 1, roles: [role] }));
      }
      const nobody: Actor = { kind: 'staff', id: 1, roles: [] };
      const refusal = checkAction(action, { status: 'in_review', assigneeId: 1 }, nobody);
      expect(refusal).toMatchObject({ ok: false, message: missingPermissionMessage(permission) });
    });
  }
});

describe('the 403 message names what is missing', () => {
  it('names the action and the roles that have it', () => {
    expect(missingPermissionMessage('refunds.approve')).toBe('Approving a refund needs the finance role');
    expect(missingPermissionMessage('documentFiles.read')).toBe(
      "Opening a customer's document file needs the reviewer or manager role",
    );
    expect(missingPermissionMessage('users.create')).toBe('Creating a staff account needs the admin role');
  });

  it('checking and uploading documents read as the document rules do', () => {
    const finance: Actor = { kind: 'staff', id: 1, roles: ['finance'] };
    const request = { status: 'in_review', assigneeId: 1 } as const;
    const review = checkDocumentReview(
      'verify',
      request,
      { status: 'submitted', rejectionFinal: false, superseded: false },
      finance,
    );
    expect(review).toMatchObject({ ok: false, message: missingPermissionMessage('documents.verify') });
    expect(missingPermissionMessage('documents.reject')).toBe(missingPermissionMessage('documents.verify'));
    expect(checkStaffUpload(request, finance)).toMatchObject({
      ok: false,
      message: missingPermissionMessage('documents.upload'),
    });
  });

  it('every permission has a message naming a role', () => {
    for (const permission of PERMISSIONS)
      expect(missingPermissionMessage(permission), permission).toMatch(/^[A-Z].* needs the [a-z]+( or [a-z]+)* role$/);
  });
});
