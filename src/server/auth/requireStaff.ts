import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { findSessionUser, sessionToken } from './sessions.ts';
import type { Role } from '../../domain/vocabulary.ts';

/** Every staff route sits behind this: no valid session cookie, 401. */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  const token = sessionToken(c);
  const user = token ? await findSessionUser(c.var.db, token, c.var.deps.now()) : null;
  if (!user) throw new ApiError(401, 'not logged in');
  c.set('user', user);
  await next();
});

/** 403 unless the staff member holds one of the roles. */
export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.user.roles.some((r) => roles.includes(r))) {
      throw new ApiError(403, `this needs one of the roles: ${roles.join(', ')}`);
    }
    await next();
  });
