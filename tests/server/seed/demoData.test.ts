import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalChecklist } from '../../../src/domain/approvalGates.ts';
import { documentChecklist, requiredDocumentTypes } from '../../../src/domain/requiredDocuments.ts';
import { computeSla, slaDeadlines, turnaroundMs } from '../../../src/domain/sla.ts';
import { DECIDED_STATUSES, REQUEST_STATUSES, type AccountType, type DocumentStatus, type DocumentType, type FiledBy, type OrderStatus } from '../../../src/domain/vocabulary.ts';
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

/** What a reader of the queue sees: enough to tell two data sets apart. */
function projection(database: Database) {
  return database.db
    .selectFrom('cancellation_requests as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .select(['r.number', 'r.status', 'r.submitted_at', 'r.decided_at', 'r.due_at', 'a.holder_name', 'a.balance_fen', 'a.status as account_status'])
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

  const requests = () => database.db.selectFrom('cancellation_requests').selectAll().orderBy('id').execute();

  it('covers every status, open ones young and decided ones mostly old', async () => {
    const rows = await requests();
    expect(rows).toHaveLength(REQUESTS);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    const open = rows.filter((r) => r.decided_at === null);
    const share = open.length / rows.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.55);
    const ageDays = (r: { submitted_at: Date }) => (NOW.getTime() - r.submitted_at.getTime()) / 86_400_000;
    const recent = rows.filter((r) => ageDays(r) < 3);
    const old = rows.filter((r) => ageDays(r) > 30);
    expect(recent.filter((r) => r.decided_at === null).length / recent.length).toBeGreaterThan(0.8);
    expect(old.filter((r) => r.decided_at !== null).length / old.length).toBeGreaterThan(0.8);
    expect(rows.every((r) => ageDays(r) >= 0 && ageDays(r) <= 60)).toBe(true);
  });

  it('numbers requests ZX + Shanghai submission date + sequence, in submission order', async () => {
    const rows = await requests();
    for (const r of rows) {
      const day = new Date(r.submitted_at.getTime() + 8 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
      expect(r.number).toMatch(new RegExp(`^ZX${day}-\\d{5,}$`));
    }
    const bySeq = [...rows].sort((a, b) => Number(a.number.split('-')[1]) - Number(b.number.split('-')[1]));
    const times = bySeq.map((r) => r.submitted_at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps decisions with their deciders: reviewers decide, customers withdraw', async () => {
    const reviewers = new Set(
      (await database.db.selectFrom('staff_users').select(['id', 'roles']).execute()).filter((u) => u.roles.includes('reviewer')).map((u) => u.id),
    );
    for (const r of await requests()) {
      if (r.status === 'approved' || r.status === 'rejected' || r.status === 'paused_instead') {
        expect(reviewers.has(r.decided_by ?? -1)).toBe(true);
        expect(r.assignee_id).toBe(r.decided_by);
      }
      if (r.status === 'withdrawn') expect(r.decided_by).toBeNull();
      if (r.status === 'in_review') expect(reviewers.has(r.assignee_id ?? -1)).toBe(true);
      if (r.status === 'submitted') expect(r.assignee_id).toBeNull();
      if (r.status === 'rejected') {
        expect(r.reject_reason_code).not.toBeNull();
        expect(r.customer_message).toBeTruthy();
      } else {
        expect(r.reject_reason_code).toBeNull();
      }
      if (r.filed_by === 'agent') expect(r.agent_name).toBeTruthy();
      expect((DECIDED_STATUSES as readonly string[]).includes(r.status)).toBe(r.decided_at !== null);
    }
  });

  it('approved requests pass the approval checklist and their accounts are cancelled', async () => {
    const approved = (await requests()).filter((r) => r.status === 'approved');
    expect(approved.length).toBeGreaterThan(20);
    for (const r of approved) {
      const account = await database.db.selectFrom('accounts').selectAll().where('id', '=', r.account_id).executeTakeFirstOrThrow();
      const documents = await database.db.selectFrom('documents').selectAll().where('request_id', '=', r.id).execute();
      const orders = await database.db.selectFrom('orders').selectAll().where('account_id', '=', r.account_id).execute();
      expect(account.status).toBe('cancelled');
      expect(account.service_ended_at).toEqual(r.decided_at);
      const check = approvalChecklist({
        account: { identityVerified: account.identity_verified, balanceFen: account.balance_fen },
        request: { accountType: r.account_type as AccountType, filedBy: r.filed_by as FiledBy },
        documents: documents.map((d) => ({ id: d.id, type: d.type as DocumentType, status: d.status as DocumentStatus, attempt: d.attempt, uploadedAt: d.uploaded_at })),
        orders: orders.map((o) => ({ id: o.id, orderNumber: o.order_number, name: o.name, status: o.status as OrderStatus })),
      });
      expect(check.canApprove, r.number).toBe(true);
      for (const d of documents.filter((d) => d.status === 'verified')) {
        expect(d.reviewed_at!.getTime()).toBeLessThanOrEqual(r.decided_at!.getTime());
      }
    }
  });

  it('paused-instead accounts are suspended; other undecided or refused ones stay active', async () => {
    const rows = await database.db
      .selectFrom('cancellation_requests as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .select(['r.status', 'a.status as account_status'])
      .execute();
    for (const r of rows) {
      const expected = r.status === 'approved' ? 'cancelled' : r.status === 'paused_instead' ? 'suspended' : 'active';
      expect(r.account_status).toBe(expected);
    }
  });

  it('documents match each request: required types present, waiting ones lack exactly what was asked', async () => {
    const rows = await requests();
    const docs = await database.db.selectFrom('documents').selectAll().execute();
    for (const r of rows) {
      const mine = docs.filter((d) => d.request_id === r.id);
      const required = requiredDocumentTypes({ accountType: r.account_type as AccountType, filedBy: r.filed_by as FiledBy });
      const checklist = documentChecklist(required, mine.map((d) => ({ id: d.id, type: d.type as DocumentType, status: d.status as DocumentStatus, attempt: d.attempt, uploadedAt: d.uploaded_at })));
      const byType = new Map(checklist.map((e) => [e.type, e]));
      if (r.status === 'awaiting_customer') {
        expect(r.requested_doc_types.length).toBeGreaterThan(0);
        expect(r.info_request_message).toBeTruthy();
        for (const t of r.requested_doc_types) expect(['missing', 'rejected']).toContain(byType.get(t as DocumentType)?.status);
      }
      if (r.status === 'submitted') {
        expect(mine.every((d) => d.status === 'submitted' && d.reviewed_by === null)).toBe(true);
      }
      for (const d of mine) {
        expect(d.uploaded_at.getTime()).toBeGreaterThanOrEqual(r.submitted_at.getTime());
        expect(d.uploaded_by_type).toBe('customer');
        expect(d.storage_key).toBeNull();
        if (d.status === 'rejected') expect(d.rejection_reason).toBeTruthy();
      }
    }
    expect(docs.some((d) => d.attempt === 2)).toBe(true);
    expect(new Set(docs.map((d) => d.mime_type))).toEqual(new Set(['image/jpeg', 'image/png', 'application/pdf']));
  });

  it('refunds exist only for approved requests that had a balance, approved by finance, never the decider', async () => {
    const refunds = await database.db
      .selectFrom('refunds as f')
      .innerJoin('cancellation_requests as r', 'r.id', 'f.request_id')
      .innerJoin('accounts as a', 'a.id', 'f.account_id')
      .select(['f.status', 'f.amount_fen', 'f.approvals_needed', 'f.first_approver_id', 'f.second_approver_id', 'f.requested_by', 'f.paid_at', 'f.created_at',
        'r.status as request_status', 'r.decided_by', 'r.decided_at', 'r.account_id as request_account', 'f.account_id', 'a.balance_fen'])
      .execute();
    expect(refunds.length).toBeGreaterThan(10);
    const finance = new Set(
      (await database.db.selectFrom('staff_users').select(['id', 'roles']).execute()).filter((u) => u.roles.includes('finance')).map((u) => u.id),
    );
    for (const f of refunds) {
      expect(f.request_status).toBe('approved');
      expect(f.account_id).toBe(f.request_account);
      expect(f.approvals_needed).toBe(f.amount_fen > 100_000 ? 2 : 1);
      expect([null, f.decided_by]).toContain(f.requested_by);
      for (const approver of [f.first_approver_id, f.second_approver_id]) {
        if (approver === null) continue;
        expect(finance.has(approver)).toBe(true);
        expect(approver).not.toBe(f.decided_by);
      }
      expect(f.created_at.getTime()).toBeGreaterThanOrEqual(f.decided_at!.getTime());
      // Paid out: the account is empty; otherwise the balance still waits for the refund.
      expect(f.balance_fen).toBe(f.status === 'paid' ? 0 : f.amount_fen);
    }
    const statuses = new Set(refunds.map((f) => f.status));
    expect(statuses).toContain('paid');
    // Finance has work waiting: something not yet paid out.
    expect(statuses.has('pending_approval') || statuses.has('approved')).toBe(true);
    const approvedWithoutRefund = await database.db
      .selectFrom('cancellation_requests as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .leftJoin('refunds as f', 'f.request_id', 'r.id')
      .select(['a.balance_fen'])
      .where('r.status', '=', 'approved')
      .where('f.id', 'is', null)
      .execute();
    expect(approvedWithoutRefund.every((a) => a.balance_fen === 0)).toBe(true);
  });

  it('stores SLA columns as the domain computes them, with open ones on track, at risk and breached', async () => {
    const years = (await database.db.selectFrom('calendar_years').select('year').execute()).map((y) => y.year);
    const days = await database.db
      .selectFrom('calendar_days')
      .select((eb) => [eb.fn<string>('to_char', ['day', eb.val('YYYY-MM-DD')]).as('day'), 'kind'])
      .execute();
    const cal = calendarFromRows(years, days.map((d) => ({ day: d.day, kind: d.kind as 'holiday' | 'workday' })));
    const states = new Map<string, number>();
    let decidedWithin7 = 0;
    let decided = 0;
    for (const r of await requests()) {
      const deadlines = slaDeadlines(cal, r.submitted_at, r.sla_paused_ms);
      expect(r.risk_at).toEqual(deadlines.riskAt);
      expect(r.due_at).toEqual(deadlines.dueAt);
      const sla = computeSla(cal, { submittedAt: r.submitted_at, decidedAt: r.decided_at, pausedAt: r.paused_at, slaPausedMs: r.sla_paused_ms }, NOW);
      if (r.decided_at) {
        decided++;
        expect(r.turnaround_ms).toBe(turnaroundMs(cal, { submittedAt: r.submitted_at, decidedAt: r.decided_at, pausedAt: null, slaPausedMs: r.sla_paused_ms }));
        expect(Math.abs((r.turnaround_ms ?? -1) / 86_400_000 - (sla.workingDaysElapsed ?? 0))).toBeLessThanOrEqual(0.05);
        if ((r.turnaround_ms ?? 0) <= 7 * 86_400_000) decidedWithin7++;
      } else {
        expect(r.turnaround_ms).toBeNull();
        states.set(sla.slaState ?? 'none', (states.get(sla.slaState ?? 'none') ?? 0) + 1);
      }
    }
    expect([...states.keys()].sort()).toEqual(['at_risk', 'breached', 'on_track']);
    expect(decidedWithin7 / decided).toBeGreaterThan(0.7);
    expect(decidedWithin7).toBeLessThan(decided);
  });

  it('tells every request its history in the audit log, in order, starting with the submission', async () => {
    const events = await database.db
      .selectFrom('audit_events')
      .select(['request_id', 'account_id', 'action', 'occurred_at', 'actor_type', 'entity_type', 'after'])
      .orderBy('request_id')
      .orderBy('id')
      .execute();
    const byRequest = new Map<number | null, typeof events>();
    for (const e of events) byRequest.set(e.request_id, [...(byRequest.get(e.request_id) ?? []), e]);
    for (const r of await requests()) {
      const mine = byRequest.get(r.id) ?? [];
      expect(mine[0]?.action).toBe('request.submitted');
      expect(mine.every((e) => e.account_id === r.account_id)).toBe(true);
      const times = mine.map((e) => e.occurred_at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
      const decision = mine.find((e) => e.action === `request.${r.status}`);
      if (r.decided_at) expect(decision?.occurred_at).toEqual(r.decided_at);
      if (r.status === 'in_review' || r.decided_by) expect(mine.some((e) => e.action === 'request.claimed')).toBe(true);
    }
    const claimed = events.find((e) => e.action === 'request.claimed');
    expect(claimed?.after).toMatchObject({ status: 'in_review', assigneeId: expect.any(Number) });
  });

  it('queues an e-mail and an SMS in the customer language for each customer-visible event', async () => {
    const notes = await database.db
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['n.request_id', 'n.event', 'n.channel', 'n.status', 'n.language', 'a.language as account_language', 'n.body', 'n.sent_at', 'n.last_error', 'n.recipient', 'a.phone'])
      .execute();
    const received = notes.filter((n) => n.event === 'request_received');
    expect(received).toHaveLength(REQUESTS * 2);
    for (const n of notes) {
      expect(n.language).toBe(n.account_language);
      if (n.status === 'sent') expect(n.sent_at).not.toBeNull();
      else expect(n.last_error).toBeTruthy();
      if (n.channel === 'sms') expect(n.recipient).toBe(n.phone);
    }
    const approvedZh = notes.find((n) => n.event === 'approved' && n.language === 'zh-CN' && n.channel === 'email');
    expect(approvedZh?.body).toMatch(/不可撤销/);
    expect(approvedZh?.body).toMatch(/备份/);
    const counts = await sql<{ event: string }>`SELECT DISTINCT event FROM notifications`.execute(database.db);
    expect(counts.rows.map((r) => r.event).sort()).toEqual(
      ['approved', 'info_requested', 'paused_instead', 'refund_paid', 'rejected', 'request_received', 'withdrawn'],
    );
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
    const counts = await database.db.selectFrom('request_status_counts').select(['n']).execute();
    expect(counts.reduce((sum, c) => sum + c.n, 0)).toBe(REQUESTS + 30);
  });
});
