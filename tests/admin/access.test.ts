import { describe, expect, it } from 'vitest';
import { canRolesAccess, homePath, permissionFor } from '../../src/admin/access.ts';
import { can } from '../../src/domain/permissions.ts';
import { ROLES } from '../../src/domain/vocabulary.ts';

const MENU = ['requests', 'refunds', 'accounts', 'notifications', 'users'];
const menuOf = (roles: string[]) => MENU.filter((resource) => canRolesAccess(roles, resource, 'list'));

describe('the SPA reads the permission matrix', () => {
  it("maps react-admin's (resource, action) to the matrix's permission", () => {
    expect(permissionFor('requests', 'list')).toBe('requests.list');
    expect(permissionFor('requests', 'show')).toBe('requests.read');
    expect(permissionFor('requests', 'edit')).toBe('requests.editNote');
    expect(permissionFor('users', 'edit')).toBe('users.update');
    expect(permissionFor('audit-events', 'export')).toBe('auditEvents.export');
    expect(permissionFor('notifications', 'retry')).toBe('notifications.retry');
  });

  it('grants nothing the matrix does not name, nor to unknown roles', () => {
    expect(permissionFor('users', 'delete')).toBeUndefined();
    expect(permissionFor('nope', 'list')).toBeUndefined();
    expect(canRolesAccess(['superuser'], 'requests', 'list')).toBe(false);
    expect(canRolesAccess([], 'accounts', 'list')).toBe(false);
  });

  it('answers as can() does for every role', () => {
    for (const role of ROLES) {
      expect(canRolesAccess([role], 'users', 'list')).toBe(can([role], 'users.list'));
      expect(canRolesAccess([role], 'notifications', 'show')).toBe(can([role], 'notifications.read'));
    }
  });

  it("gives each role its menu and home; several roles have the union's", () => {
    expect(menuOf(['reviewer'])).toEqual(['requests', 'refunds', 'accounts', 'notifications']);
    expect(menuOf(['finance'])).toEqual(['requests', 'refunds', 'accounts']);
    expect(menuOf(['manager', 'reviewer'])).toEqual(['requests', 'refunds', 'accounts', 'notifications']);
    expect(menuOf(['admin'])).toEqual(['accounts', 'users']);
    expect(homePath(['reviewer'])).toBe('/requests');
    expect(homePath(['manager'])).toBe('/dashboard');
    expect(homePath(['manager', 'reviewer'])).toBe('/dashboard');
    expect(homePath(['finance'])).toBe('/refunds');
    expect(homePath(['admin'])).toBe('/users');
    expect(homePath(['finance', 'admin'])).toBe('/refunds');
  });

  it('opens the dashboard to whoever may read one of its parts, and the calendar to admins', () => {
    expect(canRolesAccess(['manager'], 'dashboard', 'list')).toBe(true);
    expect(canRolesAccess(['reviewer'], 'dashboard', 'list')).toBe(true);
    expect(canRolesAccess(['finance'], 'dashboard', 'list')).toBe(true);
    expect(canRolesAccess(['admin'], 'dashboard', 'list')).toBe(false);
    expect(permissionFor('calendar', 'list')).toBe('calendar.read');
    expect(permissionFor('calendar', 'edit')).toBe('calendar.edit');
    expect(canRolesAccess(['admin'], 'calendar', 'edit')).toBe(true);
    expect(canRolesAccess(['manager'], 'calendar', 'list')).toBe(false);
  });

  it('opens the settings page (and its menu entry) to admins only', () => {
    expect(permissionFor('settings', 'read')).toBe('settings.read');
    expect(permissionFor('settings', 'edit')).toBe('settings.edit');
    expect(canRolesAccess(['admin'], 'settings', 'read')).toBe(true);
    expect(canRolesAccess(['admin'], 'settings', 'edit')).toBe(true);
    for (const role of ['reviewer', 'finance', 'manager'])
      expect(canRolesAccess([role], 'settings', 'read')).toBe(false);
  });
});
