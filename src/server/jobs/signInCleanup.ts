import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { deleteStaleLoginFailures } from '../auth/loginFailures.ts';
import { deleteExpiredSessions } from '../auth/sessions.ts';

/**
 * Part of the daily job: sessions past their idle or absolute end (refused
 * anyway, but their rows would pile up) and failed logins too old to lock.
 */
export async function removeExpiredSignIns(db: Kysely<DB>, now: Date) {
  const sessions = await deleteExpiredSessions(db, now);
  const loginFailures = await deleteStaleLoginFailures(db, now);
  return { sessions, loginFailures };
}
