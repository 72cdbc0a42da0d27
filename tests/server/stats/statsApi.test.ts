import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import type { WorkloadAnswer } from '../../../src/domain/dashboardApi.ts';
import { backlogAtRange } from '../../../src/domain/backlogAt.ts';
import { turnaroundStats } from '../../../src/domain/turnaroundStats.ts';
import { percentileCont, roundAsPostgres } from '../../../src/domain/turnaroundStatsMath.ts';
import type { TurnaroundStatsAnswer } from '../../../src/domain/turnaroundStatsTypes.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { DEMO_RANGE, statsPath } from './statsPath.ts';
import { readInfoRequests, readStatsRequests } from './statsRows.ts';

type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
const range = DEMO_RANGE;

describe.each(testEngines())('GET /api/stats/turnaround on %s (demo data)', (engine) => {
  let database: Database;
  let manager: Client;
  let reviewer: Client;
  let finance: Client;
  let admin: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    manager = await api.login('manager');
    reviewer = await api.login('reviewer');
    finance = await api.login('finance');
    admin = await api.login('admin');
  });
  afterAll(() => database.close());

  it("gives a manager the team's figures, the same as the domain over the stored rows", async () => {
    const res = await manager.get<TurnaroundStatsAnswer>(statsPath(range));
    expect(res.status).toBe(200);
    const {
      from,
      to,
      reviewerId,
      refunds,
      missingCalendarYears,
      backlogAtStart,
      backlogAtEnd,
      slaTargetShare,
      ...figures
    } = res.body;
    // The target line's share, a setting (migration 017).
    expect(slaTargetShare).toBe(0.9);
    expect({ from, to, reviewerId }).toEqual({ ...range, reviewerId: null });
    // 2027 has no bundled calendar: the banner's years.
    expect(missingCalendarYears).toEqual([2027]);
    const expected = turnaroundStats(await readStatsRequests(database.db), await readInfoRequests(database.db), {
      range,
      now: TEST_NOW,
    });
    expect(figures).toEqual(expected);
    expect(expected.decided).toBeGreaterThan(10);
    // The range ends after now: the backlog at its end is the backlog chart's total.
    const rows = await readStatsRequests(database.db);
    expect({ backlogAtStart, backlogAtEnd }).toEqual(backlogAtRange(rows, { range, now: TEST_NOW }));
    expect(backlogAtEnd).toBe(
      expected.backlog.reduce((n, b) => n + Object.values(b.age).reduce((x, y) => x + y, 0), 0),
    );
    expect(refunds).toMatchObject({ pendingCount: expect.any(Number), paidWeekly: expect.any(Array) });
  });

  it('agrees with the median and p90 of turnaroundWorkingDays over the request list for the same range', async () => {
    const list = await manager.list<{ turnaroundWorkingDays: number | null; decidedAt: string }[]>('requests', {
      filter: { decidedFrom: range.from, decidedTo: range.to, status: ['approved', 'rejected', 'paused_instead'] },
      range: [0, 999],
    });
    expect(list.status).toBe(200);
    expect(totalOf(list)).toBe(list.body.length);
    const days = list.body.flatMap((r) => (r.turnaroundWorkingDays === null ? [] : [r.turnaroundWorkingDays]));
    const stats = (await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body;
    expect(list.body.length).toBe(stats.decided);
    expect(stats.medianWorkingDays).toBe(roundAsPostgres(percentileCont(days, 0.5)!, 2));
    expect(stats.p90WorkingDays).toBe(roundAsPostgres(percentileCont(days, 0.9)!, 2));
  });

  it('lists decided requests by Shanghai day, both ends inclusive, and open ones without a turnaround', async () => {
    const day = await manager.list<{ decidedAt: string; turnaroundWorkingDays: number | null }[]>('requests', {
      filter: { decidedFrom: '2026-11-20', decidedTo: '2026-11-24' },
      range: [0, 999],
    });
    for (const r of day.body) {
      expect(Date.parse(r.decidedAt)).toBeGreaterThanOrEqual(Date.parse('2026-11-20T00:00:00+08:00'));
      expect(Date.parse(r.decidedAt)).toBeLessThan(Date.parse('2026-11-25T00:00:00+08:00'));
    }
    const open = await manager.list<{ turnaroundWorkingDays: number | null }[]>('requests', {
      filter: { status: ['in_review', 'withdrawn'] },
      range: [0, 99],
    });
    expect(open.body.length).toBeGreaterThan(0);
    expect(open.body.every((r) => r.turnaroundWorkingDays === null)).toBe(true);
  });

  it('forces a reviewer to their own figures, whatever reviewerId they send, and gives them no refunds', async () => {
    const own = await staffId(database.db, 'reviewer');
    const other = await staffId(database.db, 'reviewer2');
    const res = await reviewer.get<TurnaroundStatsAnswer>(statsPath({ ...range, reviewerId: other }));
    expect(res.status).toBe(200);
    expect(res.body.reviewerId).toBe(own);
    expect(res.body.refunds).toBeUndefined();
    const {
      from: _f,
      to: _t,
      reviewerId: _r,
      missingCalendarYears: _m,
      backlogAtStart,
      backlogAtEnd,
      slaTargetShare: _s,
      ...figures
    } = res.body;
    expect({ backlogAtStart, backlogAtEnd }).toEqual(
      backlogAtRange(await readStatsRequests(database.db), { range, now: TEST_NOW, reviewerId: own }),
    );
    expect(figures).toEqual(
      turnaroundStats(await readStatsRequests(database.db), await readInfoRequests(database.db), {
        range,
        now: TEST_NOW,
        reviewerId: own,
      }),
    );
  });

  it('carries the target share the settings hold, to the review figures only', async () => {
    await database.db.updateTable('settings').set({ value: '0.85' }).where('key', '=', 'sla_target_share').execute();
    try {
      expect((await manager.get<TurnaroundStatsAnswer>(statsPath(range))).body.slaTargetShare).toBe(0.85);
      expect((await finance.get<TurnaroundStatsAnswer>(statsPath(range))).body.slaTargetShare).toBeUndefined();
    } finally {
      await database.db.updateTable('settings').set({ value: '0.9' }).where('key', '=', 'sla_target_share').execute();
    }
  });

  it("lets a manager read one reviewer's figures", async () => {
    const other = await staffId(database.db, 'reviewer2');
    const res = await manager.get<TurnaroundStatsAnswer>(statsPath({ ...range, reviewerId: other }));
    expect(res.body.reviewerId).toBe(other);
    expect(res.body.throughput!.every((row) => row.reviewerId === other)).toBe(true);
  });

  it('gives finance the refund figures only', async () => {
    const res = await finance.get<TurnaroundStatsAnswer>(statsPath(range));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['from', 'missingCalendarYears', 'refunds', 'reviewerId', 'to']);
    const weeks = res.body.refunds!.paidWeekly;
    expect(weeks[0]!.start <= range.from).toBe(true);
    const paid = await database.db
      .selectFrom('refunds')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'paid')
      .where('paidAt', '>=', new Date('2026-09-01T00:00:00+08:00'))
      .where('paidAt', '<', new Date('2026-11-26T00:00:00+08:00'))
      .executeTakeFirstOrThrow();
    expect(weeks.reduce((s, w) => s + w.paidCount, 0)).toBe(Number(paid.n));
  });

  it('refuses an admin, and bad ranges with 400 {message, errors}', async () => {
    expect((await admin.get(statsPath(range))).status).toBe(403);
    for (const [q, field] of [
      [{ from: '2026-13-01', to: '2026-11-25' }, 'from'],
      [{ from: '2026-02-30', to: '2026-11-25' }, 'from'],
      [{ from: '2026-11-25', to: '2026-11-01' }, 'to'],
      [{ from: '2024-01-01', to: '2026-11-25' }, 'to'],
      [{ from: '2026-11-01' }, 'to'],
      [{ ...range, reviewerId: 'x' }, 'reviewerId'],
    ] as const) {
      const res = await manager.get<{ message: string; errors: Record<string, string> }>(statsPath(q));
      expect(res.status, JSON.stringify(q)).toBe(400);
      expect(res.body.message).toEqual(expect.any(String));
      expect(Object.keys(res.body.errors), JSON.stringify(q)).toContain(field);
    }
  });
});

describe.each(testEngines())('GET /api/stats/workload and the due-next list on %s', (engine) => {
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

  it("gives a manager every reviewer's load, counted as the queue counts", async () => {
    const res = await manager.get<WorkloadAnswer>('/api/stats/workload');
    expect(res.status).toBe(200);
    expect(res.body.weekStart).toBe('2026-11-23');
    const own = await staffId(database.db, 'reviewer');
    const row = res.body.rows.find((r) => r.reviewerId === own)!;
    expect(res.body.rows.map((r) => r.reviewerId)).toContain(await staffId(database.db, 'manager'));
    const mine = (filter: object) =>
      manager.list('requests', { filter: { assigneeId: own, ...filter }, range: [0, 0] }).then(totalOf);
    expect(row.inReview).toBe(await mine({ status: ['submitted', 'in_review'] }));
    expect(row.awaitingCustomer).toBe(await mine({ status: 'awaiting_customer' }));
    expect(row.breached).toBe(
      await mine({ status: ['submitted', 'in_review', 'awaiting_customer'], slaState: 'breached' }),
    );
    const decided = await manager.list('requests', {
      filter: { decidedFrom: '2026-11-23', status: ['approved', 'rejected', 'paused_instead'] },
      range: [0, 999],
    });
    expect(row.decidedThisWeek).toBe(
      (decided.body as { decidedBy: number; decidedAt: string }[]).filter(
        (r) => r.decidedBy === own && Date.parse(r.decidedAt) <= TEST_NOW.getTime(),
      ).length,
    );
  });

  it('gives a reviewer their own row only', async () => {
    const res = await reviewer.get<WorkloadAnswer>('/api/stats/workload');
    expect(res.body.rows.map((r) => r.reviewerId)).toEqual([await staffId(database.db, 'reviewer')]);
  });

  it('lists the due-next requests: a running clock, due from now until two working days ahead', async () => {
    const { dueNext } = (await manager.get<WorkloadAnswer>('/api/stats/workload')).body;
    // Wed 25 Nov 10:00 + 2 working days = Fri 27 Nov 10:00.
    expect(dueNext.from).toBe(TEST_NOW.toISOString());
    expect(dueNext.to).toBe('2026-11-27T02:00:00.000Z');
    const list = await manager.list<{ status: string; dueAt: string }[]>('requests', {
      filter: { dueNext: true },
      sort: ['dueAt', 'ASC'],
      range: [0, 999],
    });
    expect(list.status).toBe(200);
    expect(totalOf(list)).toBe(dueNext.count);
    expect(dueNext.count).toBeGreaterThan(0);
    for (const r of list.body) {
      expect(['submitted', 'in_review']).toContain(r.status);
      expect(Date.parse(r.dueAt)).toBeGreaterThanOrEqual(TEST_NOW.getTime());
      expect(Date.parse(r.dueAt)).toBeLessThan(Date.parse(dueNext.to!));
    }
  });
});
