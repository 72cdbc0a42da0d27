import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { verifyPassword } from '../../auth/password.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from '../../auth/sessions.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { ApiError } from '../../http/errors.ts';
import { findStaffByUsername, recordLogin, staffIdentity } from '../../sql/users.ts';
import type * as routes from './auth.routes.ts';

// A fixed hash to verify against when the user does not exist, so a wrong
// username costs the same time as a wrong password (no user enumeration).
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const login: AppRouteHandler<typeof routes.login> = async (c) => {
  const { username, password } = c.req.valid('json');
  const row = await findStaffByUsername(c.var.db, username.trim().toLowerCase());
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || !row.active) throw new ApiError(401, 'wrong username or password');
  const token = await createSession(c.var.db, row.id, c.var.deps.now());
  await recordLogin(c.var.db, row.id, c.var.deps.now());
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.secureCookies,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
  return c.json(staffIdentity(row), 200);
};

export const logout: AppRouteHandler<typeof routes.logout> = async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.var.db, token);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.json({ ok: true as const }, 200);
};

export const me: AppRouteHandler<typeof routes.me> = (c) => c.json(c.var.user, 200);
