import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { can, missingPermissionMessage, PERMISSIONS, type Permission } from '../../domain/permissions.ts';
import { requireIntakeKey } from '../auth/requireIntakeKey.ts';
import { requireStaff } from '../auth/requireStaff.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from './errors.ts';

/**
 * Who may call a route: a permission of the matrix (src/domain/permissions.ts),
 * or several of which any one suffices (the audit log: all of it, or one
 * request's timeline, the handler narrowing by the filter), any signed-in
 * staff member (their own session, profile), an intake API key (the customer
 * side), or anyone (health, login, the OpenAPI document).
 */
export type Access = Permission | readonly Permission[] | 'signedIn' | 'intakeKey' | 'public';

export const isPermission = (access: string): access is Permission =>
  (PERMISSIONS as readonly string[]).includes(access);

/** The permissions an access names, any one of which lets a staff member in; none for the other kinds. */
export function permissionsOfAccess(access: Access): readonly Permission[] {
  if (typeof access !== 'string') return access;
  return isPermission(access) ? [access] : [];
}

/** 403 naming what is missing (the first permission of a list), before the handler does any work. */
export const requirePermission = (...permissions: Permission[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!permissions.some((permission) => can(c.var.user.roles, permission))) {
      const permission = permissions[0]!;
      throw new ApiError(403, missingPermissionMessage(permission), undefined, { code: 'forbidden', permission });
    }
    await next();
  });

/** Who the caller is (401 if nobody), then what they may do: the route's first middleware. */
function accessCheck(access: Access): MiddlewareHandler[] {
  if (access === 'public') return [];
  if (access === 'intakeKey') return [requireIntakeKey];
  if (access === 'signedIn') return [requireStaff];
  return [requireStaff, requirePermission(...permissionsOfAccess(access))];
}

// The document's default is the session cookie.
const securityOf = (access: Access): RouteConfig['security'] =>
  access === 'public' ? [] : access === 'intakeKey' ? [{ intakeKey: [] }] : undefined;

const asList = (m: RouteConfig['middleware']): MiddlewareHandler[] =>
  m === undefined ? [] : Array.isArray(m) ? m : [m];

/**
 * One route definition: `createRoute` plus the access it needs. The access is
 * checked first (the route's first middleware: the session or key, then the
 * permission), so an unknown path stays a 404 for everyone; it is written into
 * the OpenAPI document as `x-access`, where the route × role test reads it: a
 * route without one is a bug that test catches.
 */
export function defineRoute<const R extends RouteConfig>(access: Access, config: R) {
  return createRoute({
    ...config,
    security: config.security ?? securityOf(access),
    'x-access': access,
    middleware: [...accessCheck(access), ...asList(config.middleware)],
  });
}
