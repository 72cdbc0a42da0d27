import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { can, missingPermissionMessage, PERMISSIONS, type Permission } from '../../domain/permissions.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from './errors.ts';

/**
 * Who may call a route: a permission of the matrix (src/domain/permissions.ts),
 * any signed-in staff member (their own session, profile), an intake API key
 * (the customer side), or anyone (health, login, the OpenAPI document).
 */
export type Access = Permission | 'signedIn' | 'intakeKey' | 'public';

export const isPermission = (access: string): access is Permission =>
  (PERMISSIONS as readonly string[]).includes(access);

/** 403 naming what is missing, before the handler does any work. */
export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!can(c.var.user.roles, permission)) {
      throw new ApiError(403, missingPermissionMessage(permission), undefined, { code: 'forbidden', permission });
    }
    await next();
  });

const asList = (m: RouteConfig['middleware']): MiddlewareHandler[] =>
  m === undefined ? [] : Array.isArray(m) ? m : [m];

/**
 * One route definition: `createRoute` plus the access it needs. The access is
 * checked first (a permission becomes the route's first middleware) and is
 * written into the OpenAPI document as `x-access`, where the route × role test
 * reads it: a route without one is a bug that test catches.
 */
export function defineRoute<const R extends RouteConfig>(access: Access, config: R) {
  const check = isPermission(access) ? [requirePermission(access)] : [];
  return createRoute({ ...config, 'x-access': access, middleware: [...check, ...asList(config.middleware)] });
}
