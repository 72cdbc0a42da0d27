import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkloadRow } from '../../../domain/dashboardApi.ts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '../../../domain/workingDays.ts';

/**
 * Each active reviewer's load now (dashboardApi.WorkloadRow): open requests
 * they hold by kind, the breached ones by the queue's rule (stored dueAt
 * before the clock), and what they decided since `weekStart` (a Shanghai
 * midnight). From the trigger-kept counts (open_counts, decision_counts:
 * migrations 013 and 015) rather than the requests: a breach on an earlier day
 * of dueAt, or with a clock stopped past it, is known from the counts; only
 * requests due today, and decisions later today than `now`, are read as rows.
 */
export async function workloadRows(
  db: Kysely<DB>,
  now: Date,
  weekStart: Date,
  reviewerId: number | undefined,
): Promise<WorkloadRow[]> {
  const today = shanghaiDay(now);
  const [todayStart, tomorrow] = [startOfShanghaiDay(today), startOfShanghaiDay(addDays(today, 1))];
  const result = await sql<WorkloadRow>`
    WITH open AS (
      SELECT assignee_id,
             sum(n) FILTER (WHERE status IN ('submitted', 'in_review'))::int AS in_review,
             sum(n) FILTER (WHERE status = 'awaiting_customer')::int AS awaiting_customer,
             sum(n) FILTER (WHERE paused_age = 'breached'
                               OR (paused_age = '' AND due_day > '-infinity' AND due_day < ${today}))::int AS breached
        FROM open_counts
       WHERE assignee_id <> 0
       GROUP BY assignee_id
    ), breached_today AS (
      SELECT assignee_id, count(*)::int AS n
        FROM cancellation_requests
       WHERE status IN ('submitted', 'in_review', 'awaiting_customer') AND assignee_id IS NOT NULL
         AND NOT (status = 'awaiting_customer' AND paused_at IS NOT NULL)
         AND due_at >= ${todayStart} AND due_at < ${now}
       GROUP BY assignee_id
    ), decided AS (
      SELECT reviewer_id AS decided_by, sum(n)::int AS n
        FROM decision_counts
       WHERE day >= ${shanghaiDay(weekStart)} AND day <= ${today}
         AND status IN ('approved', 'rejected', 'paused_instead')
       GROUP BY reviewer_id
    ), decided_later_today AS (
      SELECT decided_by, count(*)::int AS n
        FROM cancellation_requests
       WHERE decided_at > ${now} AND decided_at < ${tomorrow}
         AND status IN ('approved', 'rejected', 'paused_instead')
       GROUP BY decided_by
    )
    SELECT u.id AS reviewer_id, u.display_name,
           coalesce(o.in_review, 0) AS in_review,
           coalesce(o.awaiting_customer, 0) AS awaiting_customer,
           coalesce(o.breached, 0) + coalesce(b.n, 0) AS breached,
           coalesce(d.n, 0) - coalesce(l.n, 0) AS decided_this_week
      FROM staff_users u
      LEFT JOIN open o ON o.assignee_id = u.id
      LEFT JOIN breached_today b ON b.assignee_id = u.id
      LEFT JOIN decided d ON d.decided_by = u.id
      LEFT JOIN decided_later_today l ON l.decided_by = u.id
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
