import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { getRequest, type ApiRequest } from '../sql/requests/index.ts';
import { claimRequest } from './claimRequest.ts';

/** Why this request is the next one: the reviewer's own, or newly claimed from the queue. */
export type NextRequest = ApiRequest & { nextReason: 'own' | 'claimed' };

/**
 * The reviewer's next request: first their own most urgent one in review (the
 * clock running, due soonest), so claimed work is finished before new work is
 * taken; then the unclaimed request due soonest, claimed for them. `skip` is
 * the request on screen, passed over so "next" never reopens it.
 */
export async function claimNextRequest(
  database: Database,
  user: StaffIdentity,
  now: Date,
  skip: number | null = null,
): Promise<NextRequest | null> {
  let own = database.db
    .selectFrom('cancellationRequests')
    .select('id')
    .where('status', '=', 'in_review')
    .where('assigneeId', '=', user.id);
  if (skip !== null) own = own.where('id', '!=', skip);
  const mine = await own
    .orderBy('dueAt', (ob) => ob.asc().nullsLast())
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (mine) {
    const request = await getRequest(database.db, mine.id, now);
    if (request) return { ...request, nextReason: 'own' };
  }
  return claimUnclaimed(database, user, now);
}

/**
 * Claims the unclaimed request due soonest. SKIP LOCKED lets several reviewers
 * press "next" at once and each get a different request; if another reviewer
 * wins the race for a row anyway, try the next one.
 */
async function claimUnclaimed(database: Database, user: StaffIdentity, now: Date): Promise<NextRequest | null> {
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
      return { ...(await claimRequest(database, candidate.id, candidate.version, user, now)), nextReason: 'claimed' };
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 412)) continue;
      throw e;
    }
  }
  return null;
}
