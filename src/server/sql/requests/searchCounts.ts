import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { applyFilter } from './filters.ts';
import { tabTotals } from './statusCounts.ts';
import { OPEN_STATUSES } from '../../../domain/vocabulary.ts';

/**
 * The queue's tab totals for a search: how many requests match `q` in each
 * status, open, all, and among the caller's own open ones, so every tab says
 * how many matches it holds (the trigger-kept totals know nothing of a search).
 */
export async function searchCounts(db: Kysely<DB>, userId: number, q: string, now: Date) {
  const [byStatus, mine] = await Promise.all([
    applyFilter(db.selectFrom('cancellationRequests as r'), { q }, now)
      .select(['r.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('r.status')
      .execute(),
    applyFilter(db.selectFrom('cancellationRequests as r'), { q, assigneeId: userId, status: [...OPEN_STATUSES] }, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return tabTotals(byStatus, mine.n);
}
