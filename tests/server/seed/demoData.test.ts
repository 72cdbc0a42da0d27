import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalChecklist } from '../../../src/domain/approvalGates.ts';
import { documentChecklist, requiredDocumentTypes } from '../../../src/domain/requiredDocuments.ts';
import { DECIDED_STATUSES, REQUEST_STATUSES } from '../../../src/domain/vocabulary.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { NOW, REQUESTS, SEED, breaking, seeded } from './demoDataSuite.ts';
import { seedEngines } from './freshDatabase.ts';

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
});
