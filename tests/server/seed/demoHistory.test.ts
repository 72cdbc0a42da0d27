import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSla, slaDeadlines, turnaroundMs } from '../../../src/domain/sla.ts';
import { calendarFromRows } from '../../../src/domain/workingDays.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedCalendar } from '../../../src/server/seed/calendar.ts';
import { seedDemoData } from '../../../src/server/seed/demoData.ts';
import { seedDemoStaff } from '../../../src/server/seed/staff.ts';
import { NOW, REQUESTS, SEED, breaking, projection, seeded } from './demoDataSuite.ts';
import { freshDatabase, seedEngines } from './freshDatabase.ts';

describe.each(seedEngines())('demo data history, deadlines and messages on %s', { timeout: 120_000 }, (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await seeded(engine, { requests: REQUESTS, seed: SEED });
  }, 180_000);
  afterAll(async () => {
    await database?.close();
  });

  const requests = () => database.db.selectFrom('cancellationRequests').selectAll().orderBy('id').execute();

  it('stores SLA columns as the domain computes them, with open ones on track, at risk and breached', async () => {
    const years = (await database.db.selectFrom('calendarYears').select('year').execute()).map((y) => y.year);
    const days = await database.db
      .selectFrom('calendarDays')
      .select((eb) => [eb.fn<string>('to_char', ['day', eb.val('YYYY-MM-DD')]).as('day'), 'kind'])
      .execute();
    const cal = calendarFromRows(years, days);
    const rows = await requests();
    const slaInput = (r: (typeof rows)[number]) => ({
      submittedAt: r.submittedAt,
      decidedAt: r.decidedAt,
      pausedAt: r.pausedAt,
      slaPausedMs: r.slaPausedMs,
    });
    expect(
      breaking(rows, (r) => {
        const { riskAt, dueAt } = slaDeadlines(cal, r.submittedAt, r.slaPausedMs);
        return r.riskAt?.getTime() === riskAt.getTime() && r.dueAt?.getTime() === dueAt.getTime();
      }),
    ).toEqual([]);
    const decided = rows.filter((r) => r.decidedAt !== null);
    const open = rows.filter((r) => r.decidedAt === null);
    expect(breaking(decided, (r) => r.turnaroundMs === turnaroundMs(cal, { ...slaInput(r), pausedAt: null }))).toEqual(
      [],
    );
    expect(breaking(open, (r) => r.turnaroundMs === null)).toEqual([]);
    const openStates = new Set(open.map((r) => computeSla(cal, slaInput(r), NOW).slaState));
    expect([...openStates].sort()).toEqual(['at_risk', 'breached', 'on_track']);
    const within7 = decided.filter((r) => (r.turnaroundMs ?? 0) <= 7 * 86_400_000).length;
    expect(within7 / decided.length).toBeGreaterThan(0.7);
    expect(within7).toBeLessThan(decided.length);
  });

  it('tells every request its history in the audit log, in order, starting with the submission', async () => {
    const events = await database.db
      .selectFrom('auditEvents')
      .select(['requestId', 'accountId', 'action', 'occurredAt', 'after'])
      .orderBy('requestId')
      .orderBy('id')
      .execute();
    const byRequest = new Map<number | null, typeof events>();
    for (const e of events) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e]);
    const rows = await requests();
    const historyOf = (r: { id: number }) => byRequest.get(r.id) ?? [];
    const times = (r: { id: number }) => historyOf(r).map((e) => e.occurredAt.getTime());
    expect(breaking(rows, (r) => historyOf(r)[0]?.action === 'request.submitted')).toEqual([]);
    expect(breaking(rows, (r) => historyOf(r).every((e) => e.accountId === r.accountId))).toEqual([]);
    expect(
      breaking(
        rows,
        (r) => times(r).every((t, i, all) => i === 0 || all[i - 1]! <= t) && Math.max(...times(r)) <= NOW.getTime(),
      ),
    ).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.decidedAt !== null),
        (r) =>
          historyOf(r)
            .find((e) => e.action === `request.${r.status}`)
            ?.occurredAt.getTime() === r.decidedAt?.getTime(),
      ),
    ).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.status === 'in_review' || r.decidedBy !== null),
        (r) => historyOf(r).some((e) => e.action === 'request.claimed'),
      ),
    ).toEqual([]);
    const claimed = events.find((e) => e.action === 'request.claimed');
    expect(claimed?.after).toMatchObject({ status: 'in_review', assigneeId: expect.any(Number), version: 2 });
    // As the live approve writes it: the account is cancelled and the request names its refund.
    const approved = rows.filter((r) => r.status === 'approved');
    expect(breaking(approved, (r) => historyOf(r).some((e) => e.action === 'account.cancelled'))).toEqual([]);
    const refunds = await database.db.selectFrom('refunds').select(['id', 'requestId']).execute();
    const refundOf = new Map(refunds.map((f) => [f.requestId, f.id]));
    expect(
      breaking(
        approved,
        (r) =>
          (historyOf(r).find((e) => e.action === 'request.approved')?.after as { refundId?: number } | null)
            ?.refundId === refundOf.get(r.id),
      ),
    ).toEqual([]);
    expect(
      breaking(rows, (r) => historyOf(r).filter((e) => e.action.startsWith('request.')).length === r.version),
    ).toEqual([]);
  });

  it('queues an e-mail and an SMS in the customer language for each customer-visible event', async () => {
    const notes = await database.db
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.accountId')
      .innerJoin('cancellationRequests as r', 'r.id', 'n.requestId')
      .select([
        'r.number',
        'n.event',
        'n.channel',
        'n.status',
        'n.language',
        'a.language as accountLanguage',
        'n.body',
        'n.sentAt',
        'n.lastError',
        'n.recipient',
        'a.phone',
        'a.email',
      ])
      .execute();
    expect(notes.filter((n) => n.event === 'request_received')).toHaveLength(REQUESTS * 2);
    expect(breaking(notes, (n) => n.language === n.accountLanguage)).toEqual([]);
    expect(breaking(notes, (n) => (n.status === 'sent' ? n.sentAt !== null : !!n.lastError))).toEqual([]);
    expect(breaking(notes, (n) => n.recipient === (n.channel === 'sms' ? n.phone : n.email))).toEqual([]);
    expect(notes.filter((n) => n.status === 'failed').length).toBeLessThan(notes.length * 0.02);
    const approvedZh = notes.find((n) => n.event === 'approved' && n.language === 'zh-CN' && n.channel === 'email');
    expect(approvedZh?.body).toMatch(/不可撤销/);
    expect(approvedZh?.body).toMatch(/备份/);
    const events = await sql<{ event: string }>`SELECT DISTINCT event FROM notifications`.execute(database.db);
    expect(events.rows.map((r) => r.event).sort()).toEqual([
      'approved',
      'info_requested',
      'paused_instead',
      'refund_paid',
      'rejected',
      'request_received',
      'withdrawn',
    ]);
  });

  it('is deterministic: the same seed and now give the same data, on PGlite as on this engine', async () => {
    const twin = await seeded('pglite', { requests: REQUESTS, seed: SEED });
    try {
      expect(await projection(twin)).toEqual(await projection(database));
    } finally {
      await twin.close();
    }
  });

  it('appends more requests without colliding with existing numbers', async () => {
    await seedDemoData(database.db, { requests: 30, seed: SEED + 1, now: NOW });
    const rows = await requests();
    expect(rows).toHaveLength(REQUESTS + 30);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    const counts = await database.db.selectFrom('requestStatusCounts').select(['n']).execute();
    expect(counts.reduce((sum, c) => sum + c.n, 0)).toBe(REQUESTS + 30);
  });
});

describe('near a year the calendar lacks', { timeout: 120_000 }, () => {
  it('leaves the deadlines that fall in it empty instead of guessing', async () => {
    const lateDecember = new Date('2026-12-29T02:00:00Z');
    const database = await freshDatabase('pglite');
    try {
      const calendar = await seedCalendar(database.db, { now: lateDecember });
      expect(calendar.years).toEqual([2025, 2026]);
      await seedDemoStaff(database.db);
      await seedDemoData(database.db, { requests: 80, seed: SEED, now: lateDecember });
      const rows = await database.db
        .selectFrom('cancellationRequests')
        .select(['number', 'dueAt', 'submittedAt'])
        .execute();
      const dueIn2027 = rows.filter((r) => r.dueAt === null);
      expect(dueIn2027.length).toBeGreaterThan(0);
      // Only recent requests (7 working days reach into 2027) lose their deadline.
      expect(breaking(dueIn2027, (r) => r.submittedAt > new Date('2026-12-15T00:00:00Z'))).toEqual([]);
      expect(rows.some((r) => r.dueAt !== null)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
