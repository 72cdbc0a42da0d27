import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkloadRow } from '../../../domain/dashboardApi.ts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '../../../domain/workingDays.ts';
import { agedOpenRequests } from './openRequests.ts';

/**
 * Each active reviewer's load now (dashboardApi.WorkloadRow): open requests
 * they hold by kind, the breached ones by the queue's rule (stored dueAt
 * before the clock; agedOpenRequests), and what they decided since
 * `weekStart` (a Shanghai midnight), from decision_counts (migration 013):
 * whole days up to today, less any decided later today than `now`.
 */
export async function workloadRows(
  db: Kysely<DB>,
  now: Date,
  weekStart: Date,
  reviewerId: number | undefined,
): Promise<WorkloadRow[]> {
  const today = shanghaiDay(now);
  const tomorrow = startOfShanghaiDay(addDays(today, 1));
  const result = await sql<Omit<WorkloadRow, 'inReview' | 'awaitingCustomer' | 'breached'>>`
    WITH decided AS (
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
    SELECT u.id AS reviewer_id, u.display_name, coalesce(d.n, 0) - coalesce(l.n, 0) AS decided_this_week
      FROM staff_users u
      LEFT JOIN decided d ON d.decided_by = u.id
      LEFT JOIN decided_later_today l ON l.decided_by = u.id
     WHERE u.active AND 'reviewer' = ANY (u.roles)
       ${reviewerId === undefined ? sql`` : sql`AND u.id = ${reviewerId}`}
     ORDER BY u.display_name, u.id
  `.execute(db);

  const open = new Map<number, Pick<WorkloadRow, 'inReview' | 'awaitingCustomer' | 'breached'>>();
  for (const { assigneeId, status, age, n } of await agedOpenRequests(db, now, reviewerId)) {
    const load = open.get(assigneeId) ?? { inReview: 0, awaitingCustomer: 0, breached: 0 };
    open.set(assigneeId, load);
    if (status === 'awaiting_customer') load.awaitingCustomer += n;
    else load.inReview += n;
    if (age === 'breached') load.breached += n;
  }
  return result.rows.map((r) => ({
    ...r,
    ...(open.get(r.reviewerId) ?? { inReview: 0, awaitingCustomer: 0, breached: 0 }),
  }));
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
