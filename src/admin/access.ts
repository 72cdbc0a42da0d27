import { can, PERMISSIONS, type Permission } from '../domain/permissions.ts';
import { ROLES, type Role } from '../domain/vocabulary.ts';

export { homePath, homeResource } from './home.ts';

/**
 * What the interface offers a role: react-admin asks (resource, action), the
 * matrix in src/domain/permissions.ts answers. The server checks the same
 * permissions on its routes; this only decides what the menu, pages and links offer.
 */

/** react-admin's resource name → the matrix's (only where they differ). */
const MATRIX_RESOURCE: Record<string, string> = { 'audit-events': 'auditEvents' };

/** react-admin's page actions → the matrix's; a named action ('retry', 'approve') is the matrix's own. */
const MATRIX_ACTION: Record<string, string> = { show: 'read', edit: 'update' };

/** Per resource, react-admin actions that map to another matrix action than the generic one. */
const RESOURCE_ACTION: Record<string, Record<string, string>> = {
  requests: { edit: 'editNote' },
  // The calendar's year view is its list; changing one day is its edit.
  calendar: { list: 'read', show: 'read', edit: 'edit', create: 'edit' },
  // The settings are one page (/settings): reading it, and saving it.
  settings: { list: 'read', show: 'read', edit: 'edit' },
};

/**
 * The dashboard is one page whose parts each need their own permission (a
 * reviewer's own figures, the team's, refunds): whoever holds one of them opens it.
 */
const DASHBOARD_PERMISSIONS: readonly Permission[] = [
  'dashboard.ownFigures',
  'dashboard.teamFigures',
  'dashboard.refundFigures',
];

/** Every permission of the matrix, e.g. 'requests.list': a pair outside it grants nothing. */
const KNOWN = new Set<string>(PERMISSIONS);

/** The permission behind a react-admin (resource, action), or undefined when the matrix has none. */
export function permissionFor(resource: string, action: string): Permission | undefined {
  const matrixResource = MATRIX_RESOURCE[resource] ?? resource;
  const matrixAction = RESOURCE_ACTION[resource]?.[action] ?? MATRIX_ACTION[action] ?? action;
  const permission = `${matrixResource}.${matrixAction}`;
  return KNOWN.has(permission) ? (permission as Permission) : undefined;
}

/** Whether a role name from the wire is one the product knows (unknown ones grant nothing). */
export const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** true when one of `roles` may perform `action` on `resource` (react-admin's names). */
export const canRolesAccess = (roles: readonly string[], resource: string, action: string): boolean => {
  const known = roles.filter(isRole);
  if (resource === 'dashboard') return DASHBOARD_PERMISSIONS.some((permission) => can(known, permission));
  const permission = permissionFor(resource, action);
  return permission !== undefined && can(known, permission);
};
