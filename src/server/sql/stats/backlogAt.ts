import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { backlogInstants, type BacklogAtRange } from '../../../domain/backlogAt.ts';
import type { StatsQuery } from '../../../domain/turnaroundStatsTypes.ts';
import { shanghaiDay } from '../../../domain/workingDays.ts';

/**
 * backlogAt (src/domain/backlogAt.ts) in SQL, at the range's start and end,
 * from backlog_counts (migration 016: requests per day of submission, day of
 * decision and whose they are, kept by triggers). An instant before now is a
 * Shanghai midnight (backlogInstants: a range bound), where "submitted before
 * T and not decided before T" is "submitted on an earlier day, decided on T's
 * day or later". At now, it is the requests open now.
 */
export async function backlogAtRangeSql(
  db: Kysely<DB>,
  query: Pick<StatsQuery, 'range' | 'now' | 'reviewerId'>,
): Promise<BacklogAtRange> {
  const { start, end } = backlogInstants(query);
  const { now, reviewerId } = query;
  const mine = reviewerId === undefined ? sql`` : sql`AND reviewer_id = ${reviewerId}`;
  const at = (t: Date) => {
    if (t >= now) {
      // belongsToReviewer of an open request: its assignee (request_assignee_counts, migration 002).
      return reviewerId === undefined
        ? sql`(SELECT coalesce(sum(n), 0)::int FROM request_status_counts
                WHERE status IN ('submitted', 'in_review', 'awaiting_customer'))`
        : sql`(SELECT coalesce(sum(n), 0)::int FROM request_assignee_counts
                WHERE assignee_id = ${reviewerId} AND status IN ('submitted', 'in_review', 'awaiting_customer'))`;
    }
    const day = shanghaiDay(t);
    return sql`(SELECT coalesce(sum(n), 0)::int FROM backlog_counts
                 WHERE submitted_day < ${day} AND decided_day >= ${day} ${mine})`;
  };
  const result = await sql<BacklogAtRange>`
    SELECT ${at(start)} AS backlog_at_start, ${at(end)} AS backlog_at_end
  `.execute(db);
  const row = result.rows[0]!;
  return { backlogAtStart: Number(row.backlogAtStart), backlogAtEnd: Number(row.backlogAtEnd) };
}
