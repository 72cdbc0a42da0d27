import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { inTurnaroundFilter, turnaroundFilterOf } from '../../../src/domain/turnaroundFilter.ts';
import { decidedQueue, histogramQueue, infoRequestsLog, weekRange } from '../../../src/admin/dashboard/queueLinks.ts';
import type { TurnaroundStatsAnswer } from '../../../src/domain/turnaroundStatsTypes.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { DEMO_RANGE, statsPath } from './statsPath.ts';

type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
type Row = { id: number; status: string; decidedBy: number | null; turnaroundWorkingDays: number | null };
const range = DEMO_RANGE;
/** The filter of a dashboard link, as the queue reads it from the URL. */
const filterOf = (url: string) =>
  JSON.parse(new URLSearchParams(url.split('?')[1]).get('filter')!) as Record<string, unknown>;

// A chart's click opens the queue with these filters; its list must hold exactly what the bar counts.
describe.each(testEngines())('the dashboard bars and the request list filters on %s (demo data)', (engine) => {
  let database: Database;
  let manager: Client;
  let reviewer: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    manager = await api.login('manager');
    reviewer = await api.login('reviewer');
  });
  afterAll(() => database.close());

  const listed = async (client: Client, filter: Record<string, unknown>) => {
    const res = await client.list<Row[]>('requests', { filter, range: [0, 999] });
    expect(res.status).toBe(200);
    expect(totalOf(res)).toBe(res.body.length);
    return res.body;
  };

  it('each histogram bar: the list of its decided range and bucket has as many requests as the bar', async () => {
    const stats = (await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    const buckets = stats.histogram!;
    expect(buckets).toHaveLength(21);
    // The demo data must fill more than one bar, the first and the last, or the test proves little.
    expect(buckets.filter((b) => b.count > 0).length).toBeGreaterThan(3);
    let sum = 0;
    for (const bucket of buckets) {
      const rows = await listed(manager, filterOf(histogramQueue(range, bucket)));
      expect({ bucket: bucket.from, listed: rows.length }).toEqual({ bucket: bucket.from, listed: bucket.count });
      expect(rows.every((r) => inTurnaroundFilter(r, turnaroundFilterOf(bucket)))).toBe(true);
      sum += rows.length;
    }
    expect(sum).toBe(buckets.reduce((s, b) => s + b.count, 0));
  });

  it("a reviewer's histogram bars list the requests they decided (decidedBy), bar for bar", async () => {
    const own = await staffId(database.db, 'reviewer');
    const stats = (await reviewer.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    expect(stats.decided).toBeGreaterThan(0);
    for (const bucket of stats.histogram!) {
      const rows = await listed(reviewer, filterOf(histogramQueue(range, bucket, own)));
      expect({ bucket: bucket.from, listed: rows.length }).toEqual({ bucket: bucket.from, listed: bucket.count });
    }
  });

  const KINDS = [
    ['approved', 'approved'],
    ['rejected', 'rejected'],
    ['pausedInstead', 'paused_instead'],
  ] as const;

  it('each throughput segment of a week: decidedBy, the week and the status list as many as it counts', async () => {
    const stats = (await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    const rows = stats.throughput!.filter((t) => t.approved + t.rejected + t.pausedInstead > 0);
    expect(rows.length).toBeGreaterThan(2);
    for (const t of rows) {
      for (const [kind, status] of KINDS) {
        const list = await listed(manager, filterOf(decidedQueue(weekRange(t.start, range), t.reviewerId, [status])));
        expect({ week: t.week, kind, listed: list.length }).toEqual({ week: t.week, kind, listed: t[kind] });
        expect(list.every((r) => r.decidedBy === t.reviewerId)).toBe(true);
      }
    }
  });

  it("each throughput bar (a reviewer over the range): its segment's list has the bar's count", async () => {
    const stats = (await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    const reviewers = [...new Set(stats.throughput!.map((t) => t.reviewerId))];
    for (const id of reviewers) {
      for (const [kind, status] of KINDS) {
        const count = stats.throughput!.filter((t) => t.reviewerId === id).reduce((s, t) => s + t[kind], 0);
        const list = await listed(manager, filterOf(decidedQueue(range, id, [status])));
        expect({ id, kind, listed: list.length }).toEqual({ id, kind, listed: count });
      }
    }
  });

  it("each information-request segment: the manager's audit log link lists as many events as it counts", async () => {
    const stats = (await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    const reviewers = [...new Set(stats.throughput!.map((t) => t.reviewerId))];
    let total = 0;
    for (const id of reviewers) {
      const count = stats.throughput!.filter((t) => t.reviewerId === id).reduce((s, t) => s + t.infoRequested, 0);
      const res = await manager.list<unknown[]>('audit-events', {
        filter: filterOf(infoRequestsLog(range, id)),
        range: [0, 999],
      });
      expect(res.status).toBe(200);
      expect({ id, listed: totalOf(res) }).toEqual({ id, listed: count });
      total += count;
    }
    // The demo data must hold information requests, or the test proves little.
    expect(total).toBeGreaterThan(0);
  });

  it('a reviewer may filter by another decider: the list is theirs to read', async () => {
    const other = await staffId(database.db, 'reviewer2');
    const rows = await listed(reviewer, { decidedBy: other });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.decidedBy === other && r.status !== 'withdrawn')).toBe(true);
  });

  it('turnaroundFrom is exclusive and turnaroundTo inclusive; withdrawn and open requests have no turnaround', async () => {
    const all = await listed(manager, { turnaroundFrom: 0 });
    const none = await listed(manager, { turnaroundTo: 0 });
    const any = await listed(manager, { turnaroundTo: 1000 });
    expect(all.length + none.length).toBe(any.length);
    expect(any.every((r) => ['approved', 'rejected', 'paused_instead'].includes(r.status))).toBe(true);
    expect(await listed(manager, { turnaroundFrom: 3, turnaroundTo: 3 })).toEqual([]);
  });

  it('refuses a turnaround that is not a number, negative, or reversed, with 400 {message, errors}', async () => {
    for (const filter of [
      { turnaroundFrom: '3' },
      { turnaroundTo: -1 },
      { turnaroundFrom: 7, turnaroundTo: 3 },
      { decidedBy: 'me' },
    ]) {
      const res = await manager.list<{ message: string; errors: Record<string, string> }>('requests', { filter });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('invalid filter');
      expect(Object.keys(res.body.errors).length).toBeGreaterThan(0);
    }
  });
});
