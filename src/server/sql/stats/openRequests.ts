import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import type { BacklogAge } from '../../../domain/turnaroundStatsTypes.ts';
import type { OpenStatus } from '../../../domain/vocabulary.ts';

// An open request's SLA clock (turnaroundStatsBacklog.slaClock): now while it
// runs, the pause start while it awaits the customer.
const clock = (now: Date) => sql`(CASE WHEN status = 'awaiting_customer' THEN coalesce(paused_at, ${now}) ELSE ${now} END)`;

const assigneeFilter = (reviewerId: number | undefined) =>
  reviewerId === undefined ? sql`` : sql`AND assignee_id = ${reviewerId}`;

/** Open requests now by status × age (turnaroundStatsBacklog.backlogAgeAt). */
export async function backlogCounts(db: Kysely<DB>, now: Date, reviewerId: number | undefined) {
  const result = await sql<{ status: OpenStatus; age: BacklogAge; n: number }>`
    SELECT status,
           CASE WHEN risk_at IS NULL OR due_at IS NULL THEN 'unknown'
                WHEN due_at < ${clock(now)} THEN 'breached'
                WHEN risk_at <= ${clock(now)} THEN 'at_risk'
                ELSE 'on_track' END AS age,
           count(*)::int AS n
      FROM cancellation_requests
     WHERE status IN ('submitted', 'in_review', 'awaiting_customer') ${assigneeFilter(reviewerId)}
     GROUP BY 1, 2
  `.execute(db);
  return result.rows;
}

/**
 * Open requests breached now whose dueAt fell in the period
 * (turnaroundStatsFigures.openBreachedIn), per ISO week of their dueAt.
 */
export async function openBreachedByWeek(db: Kysely<DB>, period: Period, now: Date, reviewerId: number | undefined) {
  const result = await sql<{ week: string; n: number }>`
    SELECT to_char(date_trunc('week', due_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS week, count(*)::int AS n
      FROM cancellation_requests
     WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
       AND due_at >= ${period.start} AND due_at < ${period.end}
       AND due_at < ${clock(now)} ${assigneeFilter(reviewerId)}
     GROUP BY 1
  `.execute(db);
  return result.rows;
}

/** Requests for information asked in the period, per asker and ISO week (throughput). */
export async function infoRequestsByWeek(db: Kysely<DB>, period: Period, reviewerId: number | undefined) {
  const result = await sql<{ week: string; reviewer: number; n: number }>`
    SELECT to_char(date_trunc('week', occurred_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS week,
           actor_id AS reviewer, count(*)::int AS n
      FROM audit_events
     WHERE action = 'request.info_requested' AND actor_id IS NOT NULL
       AND occurred_at >= ${period.start} AND occurred_at < ${period.end}
       ${reviewerId === undefined ? sql`` : sql`AND actor_id = ${reviewerId}`}
     GROUP BY 1, 2
  `.execute(db);
  return result.rows;
}
