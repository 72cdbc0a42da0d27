import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { notFound } from '../http/errors.ts';
import { writeAudit } from './audit.ts';
import { staffIdentity } from './users.ts';

export async function passwordHashOf(db: Kysely<DB>, userId: number): Promise<string> {
  const row = await db
    .selectFrom('staffUsers')
    .select('passwordHash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.passwordHash;
}

/**
 * The own password changed: the temporary-password flag cleared and every
 * other session of the person ended (someone who knew the old one is out).
 */
export async function changeOwnPassword(
  db: Kysely<DB>,
  user: StaffIdentity,
  passwordHash: string,
  currentSession: string,
  now: Date,
): Promise<StaffIdentity> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('staffUsers')
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('sessions').where('userId', '=', user.id).where('tokenHash', '<>', currentSession).execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      at: now,
    });
    return staffIdentity(row);
  });
}

export async function setOwnLanguage(db: Kysely<DB>, user: StaffIdentity, language: Language, now: Date) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('staffUsers')
      .set({ language, updatedAt: now })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'user.updated',
      entityType: 'user',
      entityId: user.id,
      before: { language: user.language },
      after: { language },
      at: now,
    });
    return staffIdentity(row);
  });
}

/** The person's live sessions, newest first; the token hash never leaves the server. */
export async function listOwnSessions(db: Kysely<DB>, userId: number, currentSession: string, now: Date) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'tokenHash', 'createdAt', 'lastSeenAt', 'expiresAt'])
    .where('userId', '=', userId)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(({ tokenHash, ...s }) => ({ ...s, current: tokenHash === currentSession }));
}

/** Ends one of the person's own sessions; another person's is 404, as one that does not exist. */
export async function revokeOwnSession(db: Kysely<DB>, userId: number, id: number): Promise<void> {
  const done = await db.deleteFrom('sessions').where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
  if (done.numDeletedRows === 0n) throw notFound('session');
}

/** "Log out everywhere else": every session of the person but this one. */
export async function revokeOtherSessions(db: Kysely<DB>, userId: number, currentSession: string): Promise<number> {
  const done = await db
    .deleteFrom('sessions')
    .where('userId', '=', userId)
    .where('tokenHash', '<>', currentSession)
    .executeTakeFirst();
  return Number(done.numDeletedRows);
}
