import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalChecklist } from '../../../src/domain/approvalGates.ts';
import { documentChecklist, requiredDocumentTypes } from '../../../src/domain/requiredDocuments.ts';
import { computeSla, slaDeadlines, turnaroundMs } from '../../../src/domain/sla.ts';
import { DECIDED_STATUSES, REQUEST_STATUSES } from '../../../src/domain/vocabulary.ts';
import { calendarFromRows } from '../../../src/domain/workingDays.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedCalendar } from '../../../src/server/seed/calendar.ts';
import { seedDemoData } from '../../../src/server/seed/demoData.ts';
import { seedDemoStaff } from '../../../src/server/seed/staff.ts';
import { freshDatabase, seedEngines } from './freshDatabase.ts';

const NOW = new Date('2026-11-25T02:00:00Z');
const SEED = 20261125;
const REQUESTS = 200;

async function seeded(engine: 'pglite' | 'postgres', opts: { requests: number; seed: number }) {
  const database = await freshDatabase(engine);
  await seedCalendar(database.db, { now: NOW });
  await seedDemoStaff(database.db);
  await seedDemoData(database.db, { ...opts, now: NOW });
  return database;
}

/** The numbers of the rows that break a rule: `expect(breaking(...)).toEqual([])` names them. */
function breaking<T extends { number: string }>(rows: readonly T[], rule: (row: T) => boolean): string[] {
  expect(rows.length, 'rows to check the rule on').toBeGreaterThan(0);
  return rows.filter((row) => !rule(row)).map((row) => row.number);
}

/** What a reader of the queue sees: enough to tell two data sets apart. */
function projection(database: Database) {
  return database.db
    .selectFrom('cancellationRequests as r')
    .innerJoin('accounts as a', 'a.id', 'r.accountId')
    .select([
      'r.number',
      'r.status',
      'r.submittedAt',
      'r.decidedAt',
      'r.dueAt',
      'a.holderName',
      'a.balanceFen',
      'a.status as accountStatus',
    ])
    .orderBy('r.number')
    .execute();
}

describe.each(seedEngines())('demo data on %s', { timeout: 120_000 }, (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await seeded(engine, { requests: REQUESTS, seed: SEED });
  }, 180_000);
  afterAll(async () => {
    await database?.close();
  });

  const requests = () => database.db.selectFrom('cancellationRequests').selectAll().orderBy('id').execute();

  it('covers every status, open ones young and decided ones mostly old', async () => {
    const rows = await requests();
    expect(rows).toHaveLength(REQUESTS);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    const open = rows.filter((r) => r.decidedAt === null);
    const share = open.length / rows.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.55);
    const ageDays = (r: { submittedAt: Date }) => (NOW.getTime() - r.submittedAt.getTime()) / 86_400_000;
    const recent = rows.filter((r) => ageDays(r) < 3);
    const old = rows.filter((r) => ageDays(r) > 30);
    expect(recent.filter((r) => r.decidedAt === null).length / recent.length).toBeGreaterThan(0.8);
    expect(old.filter((r) => r.decidedAt !== null).length / old.length).toBeGreaterThan(0.8);
    expect(rows.every((r) => ageDays(r) >= 0 && ageDays(r) <= 60)).toBe(true);
  });

  it('numbers requests ZX + Shanghai submission date + sequence, in submission order', async () => {
    const rows = await requests();
    const shanghaiYymmdd = (d: Date) =>
      new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
    expect(breaking(rows, (r) => new RegExp(`^ZX${shanghaiYymmdd(r.submittedAt)}-\\d{5,}$`).test(r.number))).toEqual(
      [],
    );
    const bySeq = [...rows].sort((a, b) => Number(a.number.split('-')[1]) - Number(b.number.split('-')[1]));
    const times = bySeq.map((r) => r.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps decisions with their deciders: reviewers decide, customers withdraw', async () => {
    const reviewers = new Set(
      (await database.db.selectFrom('staffUsers').select(['id', 'roles']).execute())
        .filter((u) => u.roles.includes('reviewer'))
        .map((u) => u.id),
    );
    const rows = await requests();
    const isReviewer = (id: number | null) => id !== null && reviewers.has(id);
    const staffDecided = rows.filter(
      (r) => r.status === 'approved' || r.status === 'rejected' || r.status === 'paused_instead',
    );
    expect(breaking(staffDecided, (r) => isReviewer(r.decidedBy) && r.assigneeId === r.decidedBy)).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.status === 'withdrawn'),
        (r) => r.decidedBy === null,
      ),
    ).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.status === 'in_review'),
        (r) => isReviewer(r.assigneeId),
      ),
    ).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.status === 'submitted'),
        (r) => r.assigneeId === null,
      ),
    ).toEqual([]);
    expect(
      breaking(rows, (r) => (r.status === 'rejected') === (r.rejectReasonCode !== null && !!r.customerMessage)),
    ).toEqual([]);
    expect(breaking(rows, (r) => r.filedBy === 'holder' || !!r.agentName)).toEqual([]);
    expect(
      breaking(rows, (r) => (DECIDED_STATUSES as readonly string[]).includes(r.status) === (r.decidedAt !== null)),
    ).toEqual([]);
  });

  it('approved requests pass the approval checklist and their accounts are cancelled', async () => {
    const approved = (await requests()).filter((r) => r.status === 'approved');
    expect(approved.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const r of approved) {
      const account = await database.db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', r.accountId)
        .executeTakeFirstOrThrow();
      const documents = await database.db.selectFrom('documents').selectAll().where('requestId', '=', r.id).execute();
      const orders = await database.db.selectFrom('orders').selectAll().where('accountId', '=', r.accountId).execute();
      const check = approvalChecklist({
        account: { identityVerified: account.identityVerified, balanceFen: account.balanceFen },
        request: r,
        documents,
        orders,
      });
      if (!check.canApprove) problems.push(`${r.number}: ${JSON.stringify(check.gates.filter((g) => !g.ok))}`);
      if (account.status !== 'cancelled') problems.push(`${r.number}: account ${account.status}`);
      if (account.serviceEndedAt?.getTime() !== r.decidedAt?.getTime()) problems.push(`${r.number}: service_ended_at`);
      if (documents.some((d) => d.reviewedAt && r.decidedAt && d.reviewedAt > r.decidedAt))
        problems.push(`${r.number}: reviewed after decision`);
    }
    expect(problems).toEqual([]);
  });

  it('paused-instead accounts are suspended; other undecided or refused ones stay active', async () => {
    const rows = await database.db
      .selectFrom('cancellationRequests as r')
      .innerJoin('accounts as a', 'a.id', 'r.accountId')
      .select(['r.number', 'r.status', 'a.status as accountStatus'])
      .execute();
    const expected = (status: string) =>
      status === 'approved' ? 'cancelled' : status === 'paused_instead' ? 'suspended' : 'active';
    expect(breaking(rows, (r) => r.accountStatus === expected(r.status))).toEqual([]);
  });

  it('documents match each request: waiting ones lack exactly what was asked, new ones are unreviewed', async () => {
    const rows = await requests();
    const docs = await database.db.selectFrom('documents').selectAll().execute();
    const docsOf = (r: { id: number }) => docs.filter((d) => d.requestId === r.id);
    const latestStatus = (r: (typeof rows)[number], type: string) => {
      const required = requiredDocumentTypes(r);
      return documentChecklist(required, docsOf(r)).find((e) => e.type === type)?.status ?? 'missing';
    };
    const waiting = rows.filter((r) => r.status === 'awaiting_customer');
    expect(breaking(waiting, (r) => r.requestedDocTypes.length > 0 && !!r.infoRequestMessage)).toEqual([]);
    expect(
      breaking(waiting, (r) => r.requestedDocTypes.every((t) => ['missing', 'rejected'].includes(latestStatus(r, t)))),
    ).toEqual([]);
    expect(
      breaking(
        rows.filter((r) => r.status === 'submitted'),
        (r) => docsOf(r).every((d) => d.status === 'submitted' && d.reviewedBy === null),
      ),
    ).toEqual([]);
    expect(
      breaking(rows, (r) =>
        docsOf(r).every(
          (d) => d.uploadedAt >= r.submittedAt && d.uploadedByType === 'customer' && d.storageKey === null,
        ),
      ),
    ).toEqual([]);
    expect(breaking(rows, (r) => docsOf(r).every((d) => d.status !== 'rejected' || !!d.rejectionReason))).toEqual([]);
    expect(docs.some((d) => d.attempt === 2)).toBe(true);
    expect(new Set(docs.map((d) => d.mimeType))).toEqual(new Set(['image/jpeg', 'image/png', 'application/pdf']));
  });

  it('refunds exist only for approved requests that had a balance, approved by finance, never the decider', async () => {
    const refunds = await database.db
      .selectFrom('refunds as f')
      .innerJoin('cancellationRequests as r', 'r.id', 'f.requestId')
      .innerJoin('accounts as a', 'a.id', 'f.accountId')
      .select([
        'r.number',
        'f.status',
        'f.amountFen',
        'f.approvalsNeeded',
        'f.firstApproverId',
        'f.secondApproverId',
        'f.requestedBy',
        'f.createdAt',
        'r.status as requestStatus',
        'r.decidedBy',
        'r.decidedAt',
        'r.accountId as requestAccount',
        'f.accountId',
        'a.balanceFen',
      ])
      .execute();
    expect(refunds.length).toBeGreaterThan(10);
    const finance = new Set(
      (await database.db.selectFrom('staffUsers').select(['id', 'roles']).execute())
        .filter((u) => u.roles.includes('finance'))
        .map((u) => u.id),
    );
    expect(breaking(refunds, (f) => f.requestStatus === 'approved' && f.accountId === f.requestAccount)).toEqual([]);
    expect(breaking(refunds, (f) => f.approvalsNeeded === (f.amountFen > 100_000 ? 2 : 1))).toEqual([]);
    expect(breaking(refunds, (f) => f.requestedBy === null || f.requestedBy === f.decidedBy)).toEqual([]);
    expect(
      breaking(refunds, (f) =>
        [f.firstApproverId, f.secondApproverId].every((id) => id === null || (finance.has(id) && id !== f.decidedBy)),
      ),
    ).toEqual([]);
    expect(breaking(refunds, (f) => f.decidedAt !== null && f.createdAt >= f.decidedAt)).toEqual([]);
    // Paid out: the account is empty; otherwise the balance still waits for the refund.
    expect(breaking(refunds, (f) => f.balanceFen === (f.status === 'paid' ? 0 : f.amountFen))).toEqual([]);
    const statuses = new Set(refunds.map((f) => f.status));
    expect(statuses).toContain('paid');
    // Finance has work waiting: something not yet paid out.
    expect(statuses.has('pending_approval') || statuses.has('approved')).toBe(true);
    const approvedWithoutRefund = await database.db
      .selectFrom('cancellationRequests as r')
      .innerJoin('accounts as a', 'a.id', 'r.accountId')
      .leftJoin('refunds as f', 'f.requestId', 'r.id')
      .select(['r.number', 'a.balanceFen'])
      .where('r.status', '=', 'approved')
      .where('f.id', 'is', null)
      .execute();
    expect(breaking(approvedWithoutRefund, (a) => a.balanceFen === 0)).toEqual([]);
  });

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
