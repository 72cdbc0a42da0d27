import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { findSessionUser, sessionToken } from './sessions.ts';

/** Every staff route's first check (defineRoute): no valid session cookie, 401. */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  const token = sessionToken(c);
  const user = token ? await findSessionUser(c.var.db, token, c.var.deps.now()) : null;
  if (!user) throw new ApiError(401, 'not logged in');
  c.set('user', user);
  await next();
});
