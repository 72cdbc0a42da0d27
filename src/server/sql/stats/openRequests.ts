import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import type { BacklogAge } from '../../../domain/turnaroundStatsTypes.ts';
import type { OpenStatus } from '../../../domain/vocabulary.ts';
import { shanghaiDay } from '../../../domain/workingDays.ts';
import { mondayOfWeekNumber, weekNumberSql } from './shanghaiWeek.ts';

export interface OpenFigures {
  /** Open requests now by status × age (turnaroundStatsBacklog.backlogAgeAt). */
  backlog: { status: OpenStatus; age: BacklogAge; n: number }[];
  /** Open requests breached now whose dueAt fell in the period (openBreachedIn), by Monday of the dueAt's week. */
  breachedByWeek: Map<string, number>;
}

/**
 * The open requests, read once from requests_open_stats_idx (migration 011):
 * each is aged against its SLA clock (turnaroundStatsBacklog.slaClock: now
 * while it runs, the pause start while it awaits the customer), and a breach
 * whose dueAt is in the period also carries the week of its dueAt.
 */
export async function openFigures(
  db: Kysely<DB>,
  period: Period,
  now: Date,
  reviewerId: number | undefined,
): Promise<OpenFigures> {
  const result = await sql<{ status: OpenStatus; age: BacklogAge; wk: number | null; n: number }>`
    WITH o AS (
      SELECT status, due_at,
             CASE WHEN risk_at IS NULL OR due_at IS NULL THEN 'unknown'
                  WHEN due_at < CASE WHEN status = 'awaiting_customer' THEN coalesce(paused_at, ${now}) ELSE ${now} END
                    THEN 'breached'
                  WHEN risk_at <= CASE WHEN status = 'awaiting_customer' THEN coalesce(paused_at, ${now}) ELSE ${now} END
                    THEN 'at_risk'
                  ELSE 'on_track' END AS age
        FROM cancellation_requests
       WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
         ${reviewerId === undefined ? sql`` : sql`AND assignee_id = ${reviewerId}`}
    )
    SELECT status, age,
           CASE WHEN age = 'breached' AND due_at >= ${period.start} AND due_at < ${period.end}
                THEN ${weekNumberSql(sql.ref('due_at'))} END AS wk,
           count(*)::int AS n
      FROM o GROUP BY 1, 2, 3
  `.execute(db);
  const backlog = new Map<string, { status: OpenStatus; age: BacklogAge; n: number }>();
  const breachedByWeek = new Map<string, number>();
  for (const r of result.rows) {
    const key = `${r.status} ${r.age}`;
    const row = backlog.get(key) ?? { status: r.status, age: r.age, n: 0 };
    row.n += r.n;
    backlog.set(key, row);
    if (r.wk !== null) {
      const week = mondayOfWeekNumber(r.wk);
      breachedByWeek.set(week, (breachedByWeek.get(week) ?? 0) + r.n);
    }
  }
  return { backlog: [...backlog.values()], breachedByWeek };
}

/** Requests for information asked in the period, per asker and ISO week (throughput), from info_request_counts (migration 013). */
export async function infoRequestsByWeek(db: Kysely<DB>, period: Period, reviewerId: number | undefined) {
  const result = await sql<{ wk: number; reviewer: number; n: number }>`
    SELECT (day - date '1969-12-29') / 7 AS wk, actor_id AS reviewer, sum(n)::int AS n
      FROM info_request_counts
     WHERE day >= ${shanghaiDay(period.start)} AND day < ${shanghaiDay(period.end)}
       ${reviewerId === undefined ? sql`` : sql`AND actor_id = ${reviewerId}`}
     GROUP BY 1, 2
  `.execute(db);
  return result.rows.map((r) => ({ week: mondayOfWeekNumber(r.wk), reviewer: r.reviewer, n: r.n }));
}
