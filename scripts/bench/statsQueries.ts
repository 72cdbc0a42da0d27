// The dashboard's calls the bench times (issue 12), as a manager sees them:
// the turnaround figures over 30, 90 and 366 days (the longest range the API
// allows), one reviewer's, the team's workload and the due-next list.
import { sql } from 'kysely';
import type { Database } from '../../src/server/db/database.ts';
import { addDays, shanghaiDay } from '../../src/domain/workingDays.ts';
import { listPath, type BenchQuery } from './http.ts';

/** Target p95 for the whole turnaround answer (issue 12): 1M requests on PostgreSQL, 100k on PGlite. */
export const STATS_TARGET_MS = { pglite: 150, postgres: 300 } as const;

export async function statsQueriesFor(database: Database, now = new Date()): Promise<BenchQuery[]> {
  const to = shanghaiDay(now);
  const reviewer = await sql<{ id: number }>`
    select id from staff_users where username = 'reviewer'`.execute(database.db);
  const stats = (days: number, extra = '') => `/api/stats/turnaround?from=${addDays(to, -(days - 1))}&to=${to}${extra}`;
  const q: BenchQuery[] = [
    { name: 'stats: turnaround 30 days', path: stats(30) },
    { name: 'stats: turnaround 90 days', path: stats(90) },
    { name: 'stats: turnaround 366 days', path: stats(366) },
  ];
  if (reviewer.rows[0]) {
    q.push({ name: 'stats: turnaround 90 days, one reviewer', path: stats(90, `&reviewerId=${reviewer.rows[0].id}`) });
  }
  q.push(
    { name: 'stats: workload', path: '/api/stats/workload' },
    {
      name: 'stats: due next p1',
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { dueNext: true } }),
    },
    {
      name: 'stats: decided 30 days p1',
      path: listPath({
        sort: ['dueAt', 'ASC'],
        range: [0, 24],
        filter: { decidedFrom: addDays(to, -29), decidedTo: to },
      }),
    },
  );
  return q;
}
