import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../../src/server/db/database.ts';
import { turnaroundStats } from '../../../src/domain/turnaroundStats.ts';
import type { InfoRequestEvent, StatsRequest } from '../../../src/domain/turnaroundStatsTypes.ts';
import { DAY_MS } from '../../../src/domain/workingDays.ts';
import { turnaroundStatsSql } from '../../../src/server/sql/stats/turnaroundStats.ts';
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
  const infoRequests = Array.from({ length: 40 }, () => ({
    at: new Date(Date.parse('2026-10-19T00:00:00+08:00') + Math.floor(next() * 28 * DAY_MS)),
    actorId: pick(REVIEWERS),
  }));
  return { requests, infoRequests };
}

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
         SELECT shanghai_day(decided_at), coalesce(CASE WHEN status = 'withdrawn' THEN assignee_id ELSE decided_by END, 0),
                status, turnaround_bucket(status, turnaround_ms), count(*)::int
           FROM cancellation_requests WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3, 4)
        UNION ALL
        (SELECT shanghai_day(decided_at), coalesce(CASE WHEN status = 'withdrawn' THEN assignee_id ELSE decided_by END, 0),
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
    return { decisions: drift.rows[0]!.n, info: info.rows[0]!.n };
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
    expect(await rollupsMatchRows()).toEqual({ decisions: 0, info: 0 });
    await figuresMatchDomain();
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
    // An update that changes nothing counted, and a deletion.
    await sql`UPDATE cancellation_requests SET internal_note = 'x' WHERE id % 5 = 0`.execute(db);
    await sql`DELETE FROM cancellation_requests WHERE id % 13 = 0`.execute(db);
    const asked = { at: new Date('2026-10-30T03:00:00Z'), actorId: REVIEWERS[1]! };
    await insertInfoRequests(db, [asked]);
    infoRequests.push(asked);

    expect(await rollupsMatchRows()).toEqual({ decisions: 0, info: 0 });
    await figuresMatchDomain();
  });
});
