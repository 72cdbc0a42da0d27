import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { findSessionUser, sessionToken } from './sessions.ts';

// With a temporary password, only these work (logout needs no session check).
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['/api/profile/password', '/api/auth/me']);

/**
 * Every staff route sits behind this: no valid session cookie, 401; a temporary
 * password not yet changed, 403 with code password_change_required.
 */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  const token = sessionToken(c);
  const user = token ? await findSessionUser(c.var.db, token, c.var.deps.now()) : null;
  if (!user) throw new ApiError(401, 'not logged in');
  if (user.mustChangePassword && !WHILE_PASSWORD_CHANGE_REQUIRED.has(c.req.path)) {
    throw new ApiError(403, 'change your temporary password first', undefined, { code: 'password_change_required' });
  }
  c.set('user', user);
  await next();
});
