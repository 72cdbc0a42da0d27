import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkloadRow } from '../../../domain/dashboardApi.ts';

/**
 * Each active reviewer's load now (dashboardApi.WorkloadRow): open requests
 * they hold by kind, the breached ones by the queue's rule (stored dueAt
 * before the clock), and what they decided since `weekStart`.
 */
export async function workloadRows(
  db: Kysely<DB>,
  now: Date,
  weekStart: Date,
  reviewerId: number | undefined,
): Promise<WorkloadRow[]> {
  const result = await sql<WorkloadRow>`
    WITH open AS (
      SELECT assignee_id,
             count(*) FILTER (WHERE status IN ('submitted', 'in_review'))::int AS in_review,
             count(*) FILTER (WHERE status = 'awaiting_customer')::int AS awaiting_customer,
             count(*) FILTER (WHERE due_at < CASE WHEN status = 'awaiting_customer'
                                                  THEN coalesce(paused_at, ${now}) ELSE ${now} END)::int AS breached
        FROM cancellation_requests
       WHERE status IN ('submitted', 'in_review', 'awaiting_customer') AND assignee_id IS NOT NULL
       GROUP BY assignee_id
    ), decided AS (
      SELECT decided_by, count(*)::int AS n
        FROM cancellation_requests
       WHERE decided_at >= ${weekStart} AND decided_at <= ${now}
         AND status IN ('approved', 'rejected', 'paused_instead')
       GROUP BY decided_by
    )
    SELECT u.id AS reviewer_id, u.display_name,
           coalesce(o.in_review, 0) AS in_review,
           coalesce(o.awaiting_customer, 0) AS awaiting_customer,
           coalesce(o.breached, 0) AS breached,
           coalesce(d.n, 0) AS decided_this_week
      FROM staff_users u
      LEFT JOIN open o ON o.assignee_id = u.id
      LEFT JOIN decided d ON d.decided_by = u.id
     WHERE u.active AND 'reviewer' = ANY (u.roles)
       ${reviewerId === undefined ? sql`` : sql`AND u.id = ${reviewerId}`}
     ORDER BY u.display_name, u.id
  `.execute(db);
  return result.rows;
}

/** How many requests with a running clock (dueNext.DUE_NEXT_STATUSES) have their stored dueAt in [from, to). */
export async function dueNextCount(db: Kysely<DB>, from: Date, to: Date | null, reviewerId: number | undefined) {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM cancellation_requests
     WHERE status IN ('submitted', 'in_review')
       AND due_at >= ${from} ${to === null ? sql`` : sql`AND due_at < ${to}`}
       ${reviewerId === undefined ? sql`` : sql`AND assignee_id = ${reviewerId}`}
  `.execute(db);
  return result.rows[0]?.n ?? 0;
}
