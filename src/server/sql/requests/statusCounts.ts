import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { OPEN_STATUSES, REQUEST_STATUSES } from '../../../domain/vocabulary.ts';

/** The queue's tab totals: per status, open, all, and the caller's own open requests. */
export async function requestCounts(db: Kysely<DB>, userId: number) {
  const [byStatus, mine] = await Promise.all([
    // By key, not a scan: the counter rows are updated on every status change and
    // their table can be far larger than its seven live rows (after a bulk load).
    db
      .selectFrom('requestStatusCounts')
      .select(['status', 'n'])
      .where('status', 'in', [...REQUEST_STATUSES])
      .execute(),
    db
      .selectFrom('requestAssigneeCounts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
      .where('assigneeId', '=', userId)
      .where('status', 'in', [...OPEN_STATUSES])
      .executeTakeFirstOrThrow(),
  ]);
  return tabTotals(byStatus, mine.n);
}

/** The tabs' numbers from per-status counts and the caller's own open ones: each status, open, all, mine. */
export function tabTotals(byStatus: { status: string; n: number | string | bigint }[], mine: number | string | bigint) {
  const counts: Record<string, number> = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0]));
  for (const { status, n } of byStatus) counts[status] = Number(n);
  counts.open = OPEN_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.all = REQUEST_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.mine = Number(mine);
  return counts;
}
