import { deleteCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../../auth/clientAddress.ts';
import { authenticate } from '../../auth/login.ts';
import {
  createSession,
  deleteSession,
  sessionCookieName,
  sessionCookieOptions,
  sessionToken,
} from '../../auth/sessions.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { recordLogin, staffIdentity } from '../../sql/users.ts';
import type * as routes from './auth.routes.ts';

export const login: AppRouteHandler<typeof routes.login> = async (c) => {
  const { username, password } = c.req.valid('json');
  const { db, deps } = c.var;
  const row = await authenticate(db, { username, address: clientAddress(c) }, password, deps.now());
  // A new token every login (no fixation); the session the request came with, if any, ends.
  const previous = sessionToken(c);
  if (previous) await deleteSession(db, previous);
  const token = await createSession(db, row.id, deps.now());
  setCookie(c, sessionCookieName(deps.secureCookies), token, sessionCookieOptions(deps.secureCookies));
  await recordLogin(db, row.id, deps.now());
  return c.json(staffIdentity(row), 200);
};

export const logout: AppRouteHandler<typeof routes.logout> = async (c) => {
  const token = sessionToken(c);
  if (token) await deleteSession(c.var.db, token);
  const { secureCookies } = c.var.deps;
  deleteCookie(c, sessionCookieName(secureCookies), { path: '/', secure: secureCookies });
  return c.json({ ok: true as const }, 200);
};

export const me: AppRouteHandler<typeof routes.me> = (c) => c.json(c.var.user, 200);
