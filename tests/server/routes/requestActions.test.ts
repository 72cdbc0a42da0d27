import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest, auditFor, outboxFor, staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())('workflow actions on %s', (engine) => {
  let database: Database;
  let reviewer: Client;
  let reviewer2: Client;
  let manager: Client;
  let finance: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    const clients = await Promise.all(['reviewer', 'reviewer2', 'manager', 'finance'].map((u) => api.login(u)));
    [reviewer, reviewer2, manager, finance] = clients as [Client, Client, Client, Client];
  });
  afterAll(() => database.close());

  const act = (who: Client, id: number, action: string, version: number | null, body?: unknown) =>
    who.post<Row>(`/api/requests/${id}/${action}`, body ?? {}, version === null ? {} : { 'If-Match': `"${version}"` });

  describe('claim and release', () => {
    it('claim: submitted → in_review with the claimer as assignee, version bumped, ETag, one audit event', async () => {
      const r = await aRequest(database.db, { status: 'submitted', assignee: null });
      const res = await act(reviewer, r.id, 'claim', r.version);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'in_review',
        assigneeId: await staffId(database.db, 'reviewer'),
        version: r.version + 1,
      });
      expect(res.headers.get('etag')).toBe(`"${r.version + 1}"`);
      const audit = await auditFor(database.db, r.id, 'request.claimed');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorType: 'staff',
        before: { status: 'submitted', assigneeId: null },
        after: { status: 'in_review' },
      });
    });

    it('an action without If-Match is 428; with a stale version 412 and the current record', async () => {
      const r = await aRequest(database.db, { status: 'in_review' });
      expect((await act(reviewer, r.id, 'release', null)).status).toBe(428);
      await database.db
        .updateTable('cancellationRequests')
        .set({ version: r.version + 1, internalNote: 'edited' })
        .where('id', '=', r.id)
        .execute();
      const stale = await act(reviewer, r.id, 'release', r.version);
      expect(stale.status).toBe(412);
      expect(stale.body.current).toMatchObject({ id: r.id, version: r.version + 1, status: 'in_review' });
      expect((await auditFor(database.db, r.id)).length).toBe(0);
    });

    it('claiming a request someone holds is 409 naming who holds it', async () => {
      const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
      const res = await act(reviewer2, r.id, 'claim', r.version);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/claimed by/);
      const name = (
        await database.db
          .selectFrom('staffUsers')
          .select('displayName')
          .where('username', '=', 'reviewer')
          .executeTakeFirstOrThrow()
      ).displayName;
      expect(res.body.message).toContain(name);
    });

    it('finance may not claim (403); a reviewer who is not the assignee may not release (403); a manager may', async () => {
      const s = await aRequest(database.db, { status: 'submitted', assignee: null });
      expect((await act(finance, s.id, 'claim', s.version)).status).toBe(403);
      const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
      expect((await act(reviewer2, r.id, 'release', r.version)).status).toBe(403);
      const ok = await act(manager, r.id, 'release', r.version);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'submitted', assigneeId: null });
    });
  });

  describe('reassign', () => {
    it('a manager reassigns to a reviewer; a reviewer may not; a non-reviewer cannot be the assignee', async () => {
      const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
      const reviewer2Id = await staffId(database.db, 'reviewer2');
      expect((await act(reviewer, r.id, 'reassign', r.version, { assigneeId: reviewer2Id })).status).toBe(403);
      const financeId = await staffId(database.db, 'finance');
      const bad = await act(manager, r.id, 'reassign', r.version, { assigneeId: financeId });
      expect(bad.status).toBe(422);
      expect(bad.body.errors).toHaveProperty('assigneeId');
      const ok = await act(manager, r.id, 'reassign', r.version, { assigneeId: reviewer2Id });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'in_review', assigneeId: reviewer2Id });
      expect((await act(manager, r.id, 'reassign', ok.body.version, {})).status).toBe(400);
    });
  });

  describe('request info and the customer answer', () => {
    it('request-info: awaiting_customer, clock paused, email + SMS naming the documents', async () => {
      const r = await aRequest(database.db, { status: 'in_review' });
      const res = await act(reviewer, r.id, 'request-info', r.version, {
        documentTypes: ['id_card_back', 'authorization_letter'],
        message: '请上传清晰的身份证国徽面',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'awaiting_customer',
        slaPaused: true,
        requestedDocTypes: ['id_card_back', 'authorization_letter'],
      });
      const outbox = await outboxFor(database.db, r.id);
      expect(outbox.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
      for (const m of outbox) {
        expect(m).toMatchObject({ event: 'info_requested', language: 'zh-CN', status: 'pending' });
        expect(m.body).toContain('身份证国徽面');
        expect(m.body).toContain('授权委托书');
      }
    });

    it('request-info needs a message (400) and known document types (400)', async () => {
      const r = await aRequest(database.db, { status: 'in_review' });
      expect(
        (await act(reviewer, r.id, 'request-info', r.version, { documentTypes: ['id_card_back'], message: '  ' }))
          .status,
      ).toBe(400);
      expect(
        (await act(reviewer, r.id, 'request-info', r.version, { documentTypes: ['passport'], message: 'x' })).status,
      ).toBe(400);
      expect((await outboxFor(database.db, r.id)).length).toBe(0);
    });
  });

  describe('concurrency', () => {
    it('50 concurrent claims: exactly one wins, the others get 409 naming the holder; one audit event', async () => {
      const r = await aRequest(database.db, { status: 'submitted', assignee: null });
      const clients = [reviewer, reviewer2, manager];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => act(clients[i % 3]!, r.id, 'claim', r.version)),
      );
      const codes = results.map((x) => x.status);
      expect(codes.filter((s) => s === 200)).toHaveLength(1);
      expect(codes.filter((s) => s === 409)).toHaveLength(49);
      expect(results.filter((x) => x.status === 409).every((x) => /claimed by/.test(x.body.message))).toBe(true);
      expect(await auditFor(database.db, r.id, 'request.claimed')).toHaveLength(1);
      const row = await database.db
        .selectFrom('cancellationRequests')
        .select(['version', 'status'])
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ version: r.version + 1, status: 'in_review' });
    });

    it('50 concurrent decisions: one approval, one refund, one set of notifications, no lost update', async () => {
      const r = await aRequest(database.db, { balanceFen: 5000 });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          i % 2 === 0
            ? act(reviewer, r.id, 'approve', r.version)
            : act(reviewer, r.id, 'reject', r.version, { reasonCode: 'other', customerMessage: '不符合条件' }),
        ),
      );
      const winners = results.filter((x) => x.status === 200);
      expect(winners).toHaveLength(1);
      expect(results.filter((x) => x.status === 409)).toHaveLength(49);
      const decided = winners[0]!.body.status;
      const audit = await auditFor(database.db, r.id);
      expect(audit.filter((e) => e.action === `request.${decided}`)).toHaveLength(1);
      expect(audit.filter((e) => /^request\.(approved|rejected)$/.test(e.action))).toHaveLength(1);
      expect(await outboxFor(database.db, r.id)).toHaveLength(2);
      const refunds = await database.db.selectFrom('refunds').select('id').where('requestId', '=', r.id).execute();
      expect(refunds).toHaveLength(decided === 'approved' ? 1 : 0);
      const row = await database.db
        .selectFrom('cancellationRequests')
        .select('version')
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(r.version + 1);
    });
  });
});

describe.each(testEngines())('resuming a paused account on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('an admin resumes a suspended account; a reviewer may not; an active one is 409', async () => {
    const api = apiClient(database);
    const [reviewer, admin] = await Promise.all([api.login('reviewer'), api.login('admin')]);
    const r = await aRequest(database.db);
    expect(
      (await reviewer.post(`/api/requests/${r.id}/pause-instead`, {}, { 'If-Match': `"${r.version}"` })).status,
    ).toBe(200);
    expect((await reviewer.post(`/api/accounts/${r.accountId}/resume`)).status).toBe(403);
    const ok = await admin.post<Row>(`/api/accounts/${r.accountId}/resume`);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('active');
    expect((await admin.post(`/api/accounts/${r.accountId}/resume`)).status).toBe(409);
    const audit = await admin.list<Row[]>('audit-events', {
      filter: { accountId: r.accountId, action: 'account.resumed' },
    });
    expect(audit.body).toHaveLength(1);
  });
});
