import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { asArray } from '../../http/listParams.ts';
import { applyFilter, type RequestFilter } from './filters.ts';
import { slaStatusGroups } from './slaStateWhere.ts';
import { REQUEST_STATUSES } from '../../../domain/vocabulary.ts';

/** Filters that the trigger-kept totals answer exactly, without counting rows: status and/or assignee. */
function countFromTable(f: RequestFilter) {
  return Object.keys(f).every((k) => k === 'status' || k === 'assigneeId');
}

/** How many requests the filter matches (the list's Content-Range total). */
export async function countRequests(db: Kysely<DB>, f: RequestFilter, now: Date): Promise<number> {
  if (countFromTable(f)) {
    const statuses = f.status === undefined ? [...REQUEST_STATUSES] : asArray(f.status);
    const row =
      f.assigneeId === undefined
        ? await db
            .selectFrom('requestStatusCounts')
            .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
            .where('status', 'in', statuses)
            .executeTakeFirstOrThrow()
        : await db
            .selectFrom('requestAssigneeCounts')
            .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
            .where('assigneeId', '=', f.assigneeId ?? 0)
            .where('status', 'in', statuses)
            .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const count = async (filter: RequestFilter) =>
    Number(
      (
        await applyFilter(db.selectFrom('cancellationRequests as r'), filter, now)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if (f.slaState) {
    // One count per group of statuses, each a single range its index answers
    // (migration 006), rather than one OR the planner can only answer from the table.
    const groups = Object.values(slaStatusGroups(f.status === undefined ? REQUEST_STATUSES : asArray(f.status))).filter(
      (g) => g.length,
    );
    let total = 0;
    for (const status of groups) total += await count({ ...f, status });
    return total;
  }
  return count(f);
}
