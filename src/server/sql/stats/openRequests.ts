import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import type { BacklogAge } from '../../../domain/turnaroundStatsTypes.ts';
import type { OpenStatus } from '../../../domain/vocabulary.ts';
import { backlogAgeOnDays } from '../../../domain/turnaroundStatsBacklog.ts';
import { isoWeekOfDay } from '../../../domain/turnaroundStatsPeriod.ts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '../../../domain/workingDays.ts';
import { mondayOfWeekNumber } from './shanghaiWeek.ts';

export interface OpenFigures {
  /** Open requests now by status × age (turnaroundStatsBacklog.backlogAgeAt). */
  backlog: { status: OpenStatus; age: BacklogAge; n: number }[];
  /** Open requests breached now whose dueAt fell in the period (openBreachedIn), by Monday of the dueAt's week. */
  breachedByWeek: Map<string, number>;
}

interface CountRow {
  assigneeId: number;
  status: OpenStatus;
  /** 'YYYY-MM-DD', or null for a missing deadline (-infinity in open_counts). */
  dueDay: string | null;
  riskDay: string | null;
  /** The age of a request whose clock stopped when it began awaiting the customer; '' while the clock runs. */
  pausedAge: BacklogAge | '';
  n: number;
}

/** Open requests now of one assignee (0: nobody), status and age, with the day of their dueAt (null if none). */
export interface AgedOpen {
  assigneeId: number;
  status: OpenStatus;
  age: BacklogAge;
  dueDay: string | null;
  n: number;
}

/**
 * The open requests, aged now: open_counts (migration 015, per status,
 * assignee and the days of dueAt and riskAt, kept by triggers) ages all but
 * the few whose deadline falls today (backlogAgeOnDays); those are aged from
 * their rows as the queue's SLA filter ages them (turnaroundStatsBacklog.slaClock:
 * now while the clock runs, the pause start while it awaits the customer).
 * The backlog figures and the team's workload both read this.
 */
export async function agedOpenRequests(db: Kysely<DB>, now: Date, reviewerId: number | undefined): Promise<AgedOpen[]> {
  const today = shanghaiDay(now);
  const aged: AgedOpen[] = [];
  const counted = await sql<CountRow>`
    SELECT assignee_id, status,
           CASE WHEN due_day = '-infinity' THEN NULL ELSE to_char(due_day, 'YYYY-MM-DD') END AS due_day,
           CASE WHEN risk_day = '-infinity' THEN NULL ELSE to_char(risk_day, 'YYYY-MM-DD') END AS risk_day,
           paused_age, sum(n)::int AS n
      FROM open_counts
     ${reviewerId === undefined ? sql`` : sql`WHERE assignee_id = ${reviewerId}`}
     GROUP BY 1, 2, 3, 4, 5
    HAVING sum(n) <> 0
  `.execute(db);
  for (const { riskDay, pausedAge, ...r } of counted.rows) {
    const age = pausedAge === '' ? backlogAgeOnDays(r.dueDay, riskDay, today) : pausedAge;
    if (age !== 'today') aged.push({ ...r, age });
  }

  // Today's: a running clock, both deadlines known, due today, or due later and at risk today.
  const [start, end] = [startOfShanghaiDay(today), startOfShanghaiDay(addDays(today, 1))];
  const edge = await sql<AgedOpen>`
    SELECT coalesce(assignee_id, 0) AS assignee_id, status,
           CASE WHEN due_at < ${now} THEN 'breached' WHEN risk_at <= ${now} THEN 'at_risk' ELSE 'on_track' END AS age,
           to_char(shanghai_day(due_at), 'YYYY-MM-DD') AS due_day, count(*)::int AS n
      FROM cancellation_requests
     WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
       AND NOT (status = 'awaiting_customer' AND paused_at IS NOT NULL)
       AND risk_at IS NOT NULL AND due_at IS NOT NULL
       AND ((due_at >= ${start} AND due_at < ${end}) OR (due_at >= ${end} AND risk_at >= ${start} AND risk_at < ${end}))
       ${reviewerId === undefined ? sql`` : sql`AND assignee_id = ${reviewerId}`}
     GROUP BY 1, 2, 3, 4
  `.execute(db);
  return [...aged, ...edge.rows];
}

/**
 * The open requests now by status × age (agedOpenRequests); a breach whose
 * dueAt is in the period also counts in the week of its dueAt.
 */
export async function openFigures(
  db: Kysely<DB>,
  period: Period,
  now: Date,
  reviewerId: number | undefined,
): Promise<OpenFigures> {
  const [from, toExclusive] = [shanghaiDay(period.start), shanghaiDay(period.end)];
  const backlog = new Map<string, { status: OpenStatus; age: BacklogAge; n: number }>();
  const breachedByWeek = new Map<string, number>();
  for (const { status, age, n, dueDay } of await agedOpenRequests(db, now, reviewerId)) {
    const key = `${status} ${age}`;
    const row = backlog.get(key) ?? { status, age, n: 0 };
    row.n += n;
    backlog.set(key, row);
    if (age === 'breached' && dueDay !== null && dueDay >= from && dueDay < toExclusive) {
      const week = isoWeekOfDay(dueDay).start;
      breachedByWeek.set(week, (breachedByWeek.get(week) ?? 0) + n);
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
