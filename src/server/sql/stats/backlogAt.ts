import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { backlogInstants, type BacklogAtRange } from '../../../domain/backlogAt.ts';
import type { StatsQuery } from '../../../domain/turnaroundStatsTypes.ts';

/**
 * backlogAt (src/domain/backlogAt.ts) in SQL, at the range's start and end.
 * Open at T = submitted before T and not decided before T. Counting that
 * directly reads every request ever submitted; instead, for T ≤ now,
 *   open at T = open now + decided since T − (submitted since T and not decided before T),
 * which reads only the rows of the last |now − T| (the decided_at and
 * submitted_at indexes) plus the trigger-kept status totals, and needs no
 * assumption that a decision comes after its submission (check each row:
 * submitted before T → counted once by the first two terms iff open at T;
 * submitted since T → added and taken away alike).
 */
export async function backlogAtRangeSql(
  db: Kysely<DB>,
  query: Pick<StatsQuery, 'range' | 'now' | 'reviewerId'>,
): Promise<BacklogAtRange> {
  const { start, end } = backlogInstants(query);
  const reviewerId = query.reviewerId;
  // belongsToReviewer: the decider of a decided request, the assignee of an open or withdrawn one.
  const mine =
    reviewerId === undefined
      ? sql`true`
      : sql`CASE WHEN status IN ('approved', 'rejected', 'paused_instead')
                 THEN decided_by = ${reviewerId} ELSE assignee_id = ${reviewerId} END`;
  const openNow =
    reviewerId === undefined
      ? sql`SELECT coalesce(sum(n), 0)::int FROM request_status_counts
             WHERE status IN ('submitted', 'in_review', 'awaiting_customer')`
      : sql`SELECT coalesce(sum(n), 0)::int FROM request_assignee_counts
             WHERE assignee_id = ${reviewerId} AND status IN ('submitted', 'in_review', 'awaiting_customer')`;
  const at = (t: Date) => sql`
      (${openNow})
    + (SELECT count(*)::int FROM cancellation_requests WHERE decided_at >= ${t} AND ${mine})
    - (SELECT count(*)::int FROM cancellation_requests
        WHERE submitted_at >= ${t} AND (decided_at IS NULL OR decided_at >= ${t}) AND ${mine})`;
  const result = await sql<BacklogAtRange>`
    SELECT ${at(start)} AS backlog_at_start, ${at(end)} AS backlog_at_end
  `.execute(db);
  const row = result.rows[0]!;
  return { backlogAtStart: Number(row.backlogAtStart), backlogAtEnd: Number(row.backlogAtEnd) };
}
