import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { staffIdentity } from '../sql/users.ts';

export const SESSION_COOKIE = 'cd_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
// Touch last_seen/expiry at most this often, so reads don't write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    })
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
      's.expiresAt',
      's.lastSeenAt',
    ])
    .where('s.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || !row.active || row.expiresAt <= now) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  return staffIdentity(row);
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}
