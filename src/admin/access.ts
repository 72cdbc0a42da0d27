import { ROLES, type Role } from '../domain/vocabulary.ts';

/**
 * Which role may see which resource in the interface. The server enforces the
 * same rules; this table only decides what the menu and pages offer.
 */

/** all: every action; read: list, show, export; show: open a record someone linked to. */
type Grant = 'all' | 'read' | 'show';

const READ_ACTIONS = new Set(['list', 'show', 'export']);

const GRANTS: Record<Role, Record<string, Grant>> = {
  reviewer: {
    requests: 'read',
    accounts: 'read',
    orders: 'read',
    documents: 'read',
    refunds: 'read',
  },
  finance: {
    refunds: 'read',
    accounts: 'read',
    orders: 'read',
    requests: 'show',
  },
  manager: {
    requests: 'all',
    accounts: 'all',
    orders: 'all',
    documents: 'all',
    refunds: 'all',
    'audit-events': 'all',
    notifications: 'all',
    users: 'read',
    dashboard: 'all',
  },
  admin: { users: 'all', 'audit-events': 'read', notifications: 'read' },
};

/** Whether a role name from the wire is one the product knows (unknown ones grant nothing). */
export const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** true when one of `roles` may perform `action` on `resource`. */
export const canRolesAccess = (roles: readonly string[], resource: string, action: string): boolean =>
  roles.filter(isRole).some((role) => {
    const grant = GRANTS[role][resource];
    if (grant === 'all') return true;
    if (grant === 'show') return action === 'show';
    return grant === 'read' && READ_ACTIONS.has(action);
  });

/** The page a role starts on: the queue for those who work it, else their own resource. */
export const homeResource = (roles: readonly string[]): string => {
  if (roles.includes('reviewer') || roles.includes('manager')) return 'requests';
  if (roles.includes('finance')) return 'refunds';
  if (roles.includes('admin')) return 'users';
  return 'requests';
};
