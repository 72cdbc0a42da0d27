import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { periodOf } from '../../../src/domain/turnaroundStatsPeriod.ts';
import { roundAsPostgres } from '../../../src/domain/turnaroundStatsMath.ts';
import { refundFiguresSql } from '../../../src/server/sql/stats/turnaroundStats.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { turnaroundStats } from '../../../src/domain/turnaroundStats.ts';
import type { InfoRequestEvent, StatsRequest } from '../../../src/domain/turnaroundStatsTypes.ts';
import { DAY_MS } from '../../../src/domain/workingDays.ts';
import { turnaroundStatsSql } from '../../../src/server/sql/stats/turnaroundStats.ts';
import { workloadRows } from '../../../src/server/sql/stats/workload.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { insertInfoRequests, insertStaff, insertStatsRequests, readStatsRequests } from './statsRows.ts';

// The figures read decision_counts and info_request_counts (migration 013),
// kept by triggers, and find percentiles by rank in the turnaround indexes.
// Checked here on a set built to catch an off-by-one: 600 decisions over four
// weeks and three reviewers, many exactly on a bucket edge (a multiple of half
// a working day) or tied, some without a turnaround, plus withdrawals; and
// then through every kind of change the triggers must follow.

const REVIEWERS = [21, 22, 23];
const HALF_DAY_MS = DAY_MS / 2;
const now = new Date('2026-11-20T02:00:00Z');

// A small deterministic generator (mulberry32), so a failure repeats.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildSet(): { requests: StatsRequest[]; infoRequests: InfoRequestEvent[] } {
  const next = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const requests: StatsRequest[] = [];
  for (let i = 0; i < 600; i++) {
    const decidedAt = new Date(Date.parse('2026-10-19T00:00:00+08:00') + Math.floor(next() * 28 * DAY_MS));
    const reviewer = pick(REVIEWERS);
    const kind = next();
    const ms =
      kind < 0.3
        ? Math.floor(next() * 25) * HALF_DAY_MS // on an edge, 0 to 12 days
        : kind < 0.4
          ? 3 * DAY_MS + 1 // a tie just past an edge
          : kind < 0.45
            ? null // a year without calendar
            : Math.floor(next() * 13 * DAY_MS);
    const status = kind > 0.97 ? 'withdrawn' : pick(['approved', 'rejected', 'paused_instead'] as const);
    requests.push({
      status,
      submittedAt: new Date(decidedAt.getTime() - 10 * DAY_MS),
      decidedAt,
      decidedBy: status === 'withdrawn' ? null : reviewer,
      assigneeId: reviewer,
      riskAt: null,
      dueAt: null,
      pausedAt: null,
      turnaroundWorkingDays: status === 'withdrawn' || ms === null ? null : ms / DAY_MS,
    });
  }
  // Open requests around `now`: deadlines on earlier days, later days and today (before and after
  // now), missing ones, and paused clocks, so both the counted days and today's rows are read.
  const around = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
  for (let i = 0; i < 300; i++) {
    const status = pick(['submitted', 'in_review', 'awaiting_customer'] as const);
    const due = around(Math.floor(next() * 24 * 8) - 24 * 4);
    const risk = new Date(due.getTime() - pick([0.5, 2, 30, 80]) * 3_600_000);
    const gap = next() < 0.05;
    requests.push({
      status,
      submittedAt: new Date(due.getTime() - 10 * DAY_MS),
      decidedAt: null,
      decidedBy: null,
      assigneeId: status === 'submitted' && next() < 0.3 ? null : pick(REVIEWERS),
      riskAt: gap ? null : risk,
      dueAt: gap ? null : due,
      pausedAt: status === 'awaiting_customer' ? around(-Math.floor(next() * 24 * 6)) : null,
      turnaroundWorkingDays: null,
    });
  }
  // Decided this week, some later today than `now` (a frozen clock, as in the API tests).
  for (let i = 0; i < 20; i++) {
    const decidedAt = new Date(now.getTime() + (i - 10) * 3_600_000);
    requests.push({
      status: 'approved',
      submittedAt: new Date(decidedAt.getTime() - 2 * DAY_MS),
      decidedAt,
      decidedBy: pick(REVIEWERS),
      assigneeId: pick(REVIEWERS),
      riskAt: null,
      dueAt: null,
      pausedAt: null,
      turnaroundWorkingDays: 1.25,
    });
  }
  const infoRequests = Array.from({ length: 40 }, () => ({
    at: new Date(Date.parse('2026-10-19T00:00:00+08:00') + Math.floor(next() * 28 * DAY_MS)),
    actorId: pick(REVIEWERS),
  }));
  return { requests, infoRequests };
}

const OPEN_FROM_ROWS = sql`
  SELECT status, coalesce(assignee_id, 0), coalesce(shanghai_day(due_at), '-infinity'),
         coalesce(shanghai_day(risk_at), '-infinity'), open_count_paused_age(status, paused_at, risk_at, due_at),
         count(*)::int
    FROM cancellation_requests WHERE status IN ('submitted', 'in_review', 'awaiting_customer') GROUP BY 1, 2, 3, 4, 5`;

const BACKLOG_FROM_ROWS = sql`
  SELECT shanghai_day(submitted_at), coalesce(shanghai_day(decided_at), 'infinity'),
         request_owner(status, decided_by, assignee_id), count(*)::int
    FROM cancellation_requests GROUP BY 1, 2, 3`;

const RANGES = [
  { from: '2026-10-19', to: '2026-11-15' }, // all four weeks
  { from: '2026-10-22', to: '2026-11-04' }, // starting and ending mid-week
  { from: '2026-10-25', to: '2026-10-25' }, // one Sunday
  { from: '2026-11-16', to: '2026-11-20' }, // nothing decided
];

describe.each(testEngines())('turnaround figures from the rollups on %s', (engine) => {
  let database: Database;
  const { requests, infoRequests } = buildSet();

  // What the triggers must have produced: the same counts grouped from the rows themselves.
  const rollupsMatchRows = async () => {
    const { db } = database;
    const drift = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        (SELECT day, reviewer_id, status, bucket, n FROM decision_counts WHERE n <> 0
         EXCEPT ALL
         SELECT shanghai_day(decided_at), request_owner(status, decided_by, assignee_id),
                status, turnaround_bucket(status, turnaround_ms), count(*)::int
           FROM cancellation_requests WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4)
        UNION ALL
        (SELECT shanghai_day(decided_at), request_owner(status, decided_by, assignee_id),
                status, turnaround_bucket(status, turnaround_ms), count(*)::int
           FROM cancellation_requests WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4
         EXCEPT ALL
         SELECT day, reviewer_id, status, bucket, n FROM decision_counts WHERE n <> 0)
      ) d`.execute(db);
    const info = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT day, actor_id, n FROM info_request_counts
        EXCEPT ALL
        SELECT shanghai_day(occurred_at), actor_id, count(*)::int FROM audit_events
         WHERE action = 'request.info_requested' AND actor_id IS NOT NULL GROUP BY 1, 2) d`.execute(db);
    const open = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        (SELECT status, assignee_id, due_day, risk_day, paused_age, n FROM open_counts WHERE n <> 0
         EXCEPT ALL ${OPEN_FROM_ROWS})
        UNION ALL
        (${OPEN_FROM_ROWS} EXCEPT ALL
         SELECT status, assignee_id, due_day, risk_day, paused_age, n FROM open_counts WHERE n <> 0)
      ) d`.execute(db);
    const backlog = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        (SELECT submitted_day, decided_day, reviewer_id, n FROM backlog_counts WHERE n <> 0
         EXCEPT ALL ${BACKLOG_FROM_ROWS})
        UNION ALL
        (${BACKLOG_FROM_ROWS} EXCEPT ALL
         SELECT submitted_day, decided_day, reviewer_id, n FROM backlog_counts WHERE n <> 0)
      ) d`.execute(db);
    return { decisions: drift.rows[0]!.n, info: info.rows[0]!.n, open: open.rows[0]!.n, backlog: backlog.rows[0]!.n };
  };

  // The workload as it was counted from the rows before the counts existed.
  const workloadFromRows = async (weekStart: Date) =>
    (
      await sql<{ reviewerId: number; inReview: number; awaitingCustomer: number; breached: number; decided: number }>`
      SELECT u.id AS reviewer_id,
             (SELECT count(*)::int FROM cancellation_requests WHERE assignee_id = u.id AND status IN ('submitted', 'in_review')) AS in_review,
             (SELECT count(*)::int FROM cancellation_requests WHERE assignee_id = u.id AND status = 'awaiting_customer') AS awaiting_customer,
             (SELECT count(*)::int FROM cancellation_requests WHERE assignee_id = u.id
                 AND status IN ('submitted', 'in_review', 'awaiting_customer')
                 AND due_at < CASE WHEN status = 'awaiting_customer' THEN coalesce(paused_at, ${now}) ELSE ${now} END) AS breached,
             (SELECT count(*)::int FROM cancellation_requests WHERE decided_by = u.id
                 AND decided_at >= ${weekStart} AND decided_at <= ${now}
                 AND status IN ('approved', 'rejected', 'paused_instead')) AS decided
        FROM staff_users u WHERE u.id IN (${sql.join(REVIEWERS)}) ORDER BY u.id`.execute(database.db)
    ).rows;
  const workloadMatchesRows = async () => {
    const weekStart = new Date('2026-11-16T00:00:00+08:00');
    const rows = await workloadRows(database.db, now, weekStart, undefined);
    const counted = rows
      .filter((r) => REVIEWERS.includes(r.reviewerId))
      .sort((a, b) => a.reviewerId - b.reviewerId)
      .map((r) => ({
        reviewerId: r.reviewerId,
        inReview: r.inReview,
        awaitingCustomer: r.awaitingCustomer,
        breached: r.breached,
        decided: r.decidedThisWeek,
      }));
    const reference = await workloadFromRows(weekStart);
    expect(counted).toEqual(reference);
    expect(reference.some((r) => r.breached > 0 && r.decided > 0)).toBe(true);
  };

  const figuresMatchDomain = async () => {
    const stored = await readStatsRequests(database.db);
    for (const range of RANGES) {
      for (const reviewerId of [undefined, ...REVIEWERS]) {
        const label = `${range.from}..${range.to} reviewer ${reviewerId ?? 'all'}`;
        expect(await turnaroundStatsSql(database.db, { range, now, reviewerId }), label).toEqual(
          turnaroundStats(stored, infoRequests, { range, now, reviewerId }),
        );
      }
    }
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
    await insertStaff(database.db, REVIEWERS);
    await insertStatsRequests(database.db, requests);
    await insertInfoRequests(database.db, infoRequests);
  });
  afterAll(() => database.close());

  it('counts every decision once and finds the exact percentiles', async () => {
    expect(await rollupsMatchRows()).toEqual({ decisions: 0, info: 0, open: 0, backlog: 0 });
    await figuresMatchDomain();
    await workloadMatchesRows();
    // Not vacuous: the set has turnarounds on edges, ties and gaps.
    const all = await turnaroundStatsSql(database.db, { range: RANGES[0]!, now });
    expect(all.decided).toBeGreaterThan(550);
    expect(all.withdrawn).toBeGreaterThan(5);
    expect(all.histogram.filter((b) => b.count > 0).length).toBe(21);
  });

  it('follows decisions, reassignments, calendar rewrites and deletions', async () => {
    const { db } = database;
    // A calendar edit rewrites turnarounds in bulk; some cross a bucket edge, some lose theirs.
    await sql`UPDATE cancellation_requests SET turnaround_ms = turnaround_ms + ${HALF_DAY_MS}
               WHERE id % 3 = 0 AND turnaround_ms IS NOT NULL`.execute(db);
    await sql`UPDATE cancellation_requests SET turnaround_ms = NULL WHERE id % 17 = 0`.execute(db);
    // A withdrawn request changes hands; a decision changes its decider and status.
    await sql`UPDATE cancellation_requests SET assignee_id = ${REVIEWERS[2]} WHERE status = 'withdrawn'`.execute(db);
    await sql`UPDATE cancellation_requests SET decided_by = ${REVIEWERS[0]}, status = 'rejected'
               WHERE id % 11 = 0 AND status = 'approved'`.execute(db);
    // Open requests move: a deadline recomputed, a pause begins, one is decided, one handed over.
    await sql`UPDATE cancellation_requests SET due_at = due_at + interval '20 hours', risk_at = risk_at + interval '20 hours'
               WHERE status IN ('submitted', 'in_review') AND id % 4 = 0`.execute(db);
    await sql`UPDATE cancellation_requests SET status = 'awaiting_customer', paused_at = ${now}
               WHERE status = 'in_review' AND id % 3 = 1`.execute(db);
    await sql`UPDATE cancellation_requests SET status = 'approved', decided_at = ${now}, decided_by = ${REVIEWERS[1]},
               turnaround_ms = ${2 * DAY_MS} WHERE status = 'submitted' AND id % 5 = 2`.execute(db);
    await sql`UPDATE cancellation_requests SET assignee_id = ${REVIEWERS[0]} WHERE status = 'awaiting_customer' AND id % 2 = 0`.execute(
      db,
    );
    // An update that changes nothing counted, and a deletion.
    await sql`UPDATE cancellation_requests SET internal_note = 'x' WHERE id % 5 = 0`.execute(db);
    await sql`DELETE FROM cancellation_requests WHERE id % 13 = 0`.execute(db);
    const asked = { at: new Date('2026-10-30T03:00:00Z'), actorId: REVIEWERS[1]! };
    await insertInfoRequests(db, [asked]);
    infoRequests.push(asked);

    expect(await rollupsMatchRows()).toEqual({ decisions: 0, info: 0, open: 0, backlog: 0 });
    await figuresMatchDomain();
    await workloadMatchesRows();
  });
});

// The refund figures on the demo data against the plain aggregates they replace.
describe.each(testEngines())('refund figures from refund_counts on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'seeded');
  });
  afterAll(() => database.close());

  const reference = async (range: { from: string; to: string }) => {
    const { start, end } = periodOf(range);
    const r = await sql<{
      pendingCount: number;
      pendingFen: string;
      paidCount: number;
      paidFen: string;
      h: number | null;
    }>`
      SELECT (SELECT count(*)::int FROM refunds WHERE status IN ('pending_approval', 'approved', 'failed')) AS pending_count,
             (SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE status IN ('pending_approval', 'approved', 'failed'))::text AS pending_fen,
             count(*)::int AS paid_count, coalesce(sum(amount_fen), 0)::text AS paid_fen,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY date_part('epoch', paid_at - coalesce(second_approved_at, first_approved_at)) / 3600) AS h
        FROM refunds WHERE status = 'paid' AND paid_at >= ${start} AND paid_at < ${end}`.execute(database.db);
    const row = r.rows[0]!;
    return {
      pendingCount: row.pendingCount,
      pendingFen: Number(row.pendingFen),
      paidCount: row.paidCount,
      paidFen: Number(row.paidFen),
      medianHoursToPayment: row.h === null ? null : roundAsPostgres(row.h, 2),
    };
  };
  const figures = async (range: { from: string; to: string }) => {
    const f = await refundFiguresSql(database.db, range);
    return {
      pendingCount: f.pendingCount,
      pendingFen: f.pendingFen,
      paidCount: f.paidWeekly.reduce((sum, w) => sum + w.paidCount, 0),
      paidFen: f.paidWeekly.reduce((sum, w) => sum + w.paidFen, 0),
      medianHoursToPayment: f.medianHoursToPayment,
    };
  };
  const ranges = async () => {
    const last = await sql<{ day: string }>`
      SELECT to_char(max(shanghai_day(paid_at)), 'YYYY-MM-DD') AS day FROM refunds`.execute(database.db);
    const to = last.rows[0]!.day;
    const days = (n: number) => new Date(Date.parse(`${to}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
    return [
      { from: days(365), to },
      { from: days(20), to: days(6) },
      { from: days(3), to: days(3) },
    ];
  };

  it('gives the plain aggregates, before and after refunds move', async () => {
    const rs = await ranges();
    const paidSomething = await figures(rs[0]!);
    expect(paidSomething.paidCount).toBeGreaterThan(10);
    expect(paidSomething.pendingCount).toBeGreaterThan(0);
    for (const r of rs) expect(await figures(r), `${r.from}..${r.to}`).toEqual(await reference(r));

    // A payout recorded later, an approval moved, a pending refund rejected.
    await sql`UPDATE refunds SET paid_at = paid_at + interval '90 minutes' WHERE status = 'paid' AND id % 3 = 0`.execute(
      database.db,
    );
    await sql`UPDATE refunds SET first_approved_at = first_approved_at - interval '5 hours'
               WHERE status = 'paid' AND id % 4 = 1`.execute(database.db);
    await sql`UPDATE refunds SET status = 'rejected', rejection_reason = 'test'
               WHERE status = 'pending_approval' AND id % 2 = 0`.execute(database.db);
    for (const r of rs) expect(await figures(r), `${r.from}..${r.to} after`).toEqual(await reference(r));
  });
});
