import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AppEnv, StaffIdentity } from '../context.ts';
import { staffIdentity } from '../sql/users.ts';

/**
 * Behind HTTPS (the default) the cookie is `__Host-cd_session`: the browser
 * then insists on Secure, Path=/ and no Domain, so no subdomain or plain-HTTP
 * page can plant or overwrite it. INSECURE_COOKIES=1 (plain-HTTP local use)
 * drops both, as a `__Host-` cookie without Secure is refused.
 */
export const SESSION_COOKIE = 'cd_session';
export const sessionCookieName = (secure: boolean) => (secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

/** Idle lifetime: each use (at most every 5 minutes) pushes the end this far out. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Absolute lifetime: however busy, a session ends this long after its login. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
// Touch last_seen/expiry at most this often, so reads don't write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** The sessions table's key for a token: the token itself is never stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const absoluteEnd = (createdAt: Date) => new Date(createdAt.getTime() + SESSION_MAX_AGE_MS);
const idleEnd = (createdAt: Date, at: Date) =>
  new Date(Math.min(at.getTime() + SESSION_TTL_MS, absoluteEnd(createdAt).getTime()));

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  };
}

/** The session token the request's cookie carries, if any. */
export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.var.deps.secureCookies));
}

export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: idleEnd(now, now) })
    .execute();
  return token;
}

export async function findSessionUser(db: Kysely<DB>, token: string, now: Date): Promise<StaffIdentity | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('staffUsers as u', 'u.id', 's.userId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.language',
      'u.mustChangePassword',
      'u.active',
      's.createdAt',
      's.expiresAt',
      's.lastSeenAt',
    ])
    .where('s.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || !row.active || row.expiresAt <= now || absoluteEnd(row.createdAt) <= now) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now, expiresAt: idleEnd(row.createdAt, now) })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  return staffIdentity(row);
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

/** The daily job's sweep: sessions past their idle or absolute end. Returns how many went. */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<number> {
  const r = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expiresAt', '<=', now), eb('createdAt', '<=', new Date(now.getTime() - SESSION_MAX_AGE_MS))]),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
