import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { claimRequest } from './claimRequest.ts';

/**
 * Claims the unclaimed request due soonest. SKIP LOCKED lets several reviewers
 * press "next" at once and each get a different request; if another reviewer
 * wins the race for a row anyway, try the next one.
 */
export async function claimNextRequest(database: Database, user: StaffIdentity, now: Date) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await database.db
      .selectFrom('cancellationRequests')
      .select(['id', 'version'])
      .where('status', '=', 'submitted')
      .orderBy('dueAt', (ob) => ob.asc().nullsLast())
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!candidate) return null;
    try {
      return await claimRequest(database, candidate.id, candidate.version, user, now);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 412)) continue;
      throw e;
    }
  }
  return null;
}
