import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest, auditFor, outboxFor, staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())('deciding and bulk actions on %s', (engine) => {
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

  describe('approve', () => {
    it('is refused with every unmet gate listed: identity, documents, open orders', async () => {
      const r = await aRequest(database.db, { identityVerified: false, documents: 'submitted', openOrder: true });
      const res = await act(reviewer, r.id, 'approve', r.version);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/identity/);
      expect(res.body.message).toMatch(/id_card_front/);
      expect(res.body.message).toMatch(/orders still open: DD/);
      expect(
        res.body.gates
          .filter((g: Row) => !g.ok)
          .map((g: Row) => g.key)
          .sort(),
      ).toEqual(['documents_verified', 'identity_verified', 'no_open_orders']);
      const unchanged = await reviewer.get<Row>(`/api/requests/${r.id}`);
      expect(unchanged.body).toMatchObject({ status: 'in_review', version: r.version });
      expect(await outboxFor(database.db, r.id)).toEqual([]);
    });

    it('a missing required document blocks approval', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const res = await act(reviewer, r.id, 'approve', r.version);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/documents missing: id_card_front, id_card_back/);
    });

    it('on success: account cancelled, refund of the balance pending approval, final email + SMS in Chinese', async () => {
      const r = await aRequest(database.db, { balanceFen: 12345 });
      const res = await act(reviewer, r.id, 'approve', r.version);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved', decidedBy: await staffId(database.db, 'reviewer') });
      expect(res.body.decidedAt).toBeTruthy();
      const account = await database.db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', r.accountId)
        .executeTakeFirstOrThrow();
      expect(account.status).toBe('cancelled');
      expect(account.serviceEndedAt).not.toBeNull();
      const refunds = await database.db.selectFrom('refunds').selectAll().where('requestId', '=', r.id).execute();
      expect(refunds).toHaveLength(1);
      expect(refunds[0]).toMatchObject({ amountFen: 12345, status: 'pending_approval', approvalsNeeded: 1 });
      const outbox = await outboxFor(database.db, r.id);
      expect(outbox.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
      const email = outbox.find((m) => m.channel === 'email')!;
      expect(email.body).toMatch(/不可/);
      expect(email.body).toMatch(/备份/);
      expect(await auditFor(database.db, r.id, 'request.approved')).toHaveLength(1);
      expect(await auditFor(database.db, r.id, 'account.cancelled')).toHaveLength(1);
    });

    it('a balance above ¥1,000 needs two finance approvals; a zero balance creates no refund', async () => {
      const big = await aRequest(database.db, { balanceFen: 100_001 });
      expect((await act(reviewer, big.id, 'approve', big.version)).status).toBe(200);
      const refund = await database.db
        .selectFrom('refunds')
        .selectAll()
        .where('requestId', '=', big.id)
        .executeTakeFirstOrThrow();
      expect(refund.approvalsNeeded).toBe(2);
      const none = await aRequest(database.db, { balanceFen: 0 });
      expect((await act(reviewer, none.id, 'approve', none.version)).status).toBe(200);
      expect(await database.db.selectFrom('refunds').selectAll().where('requestId', '=', none.id).execute()).toEqual(
        [],
      );
    });

    it('only the assignee decides (403), and only a reviewer', async () => {
      const r = await aRequest(database.db, { assignee: 'reviewer' });
      expect((await act(reviewer2, r.id, 'approve', r.version)).status).toBe(403);
      expect((await act(finance, r.id, 'approve', r.version)).status).toBe(403);
    });

    it('English-speaking customers get English messages', async () => {
      const r = await aRequest(database.db, { language: 'en' });
      expect((await act(reviewer, r.id, 'approve', r.version)).status).toBe(200);
      const email = (await outboxFor(database.db, r.id)).find((m) => m.channel === 'email')!;
      expect(email.language).toBe('en');
      expect(email.body).toMatch(/final/);
      expect(email.body).toMatch(/backed up/);
    });
  });

  describe('reject and pause instead', () => {
    it('reject needs a reason code and a message; the customer is told the reason', async () => {
      const r = await aRequest(database.db);
      expect(
        (await act(reviewer, r.id, 'reject', r.version, { reasonCode: 'bogus', customerMessage: 'x' })).status,
      ).toBe(400);
      expect((await act(reviewer, r.id, 'reject', r.version, { reasonCode: 'identity_mismatch' })).status).toBe(400);
      const res = await act(reviewer, r.id, 'reject', r.version, {
        reasonCode: 'identity_mismatch',
        customerMessage: '身份证信息与账户实名信息不一致',
        internalNote: '姓名不符',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'rejected',
        rejectReasonCode: 'identity_mismatch',
        internalNote: '姓名不符',
      });
      const sms = (await outboxFor(database.db, r.id)).filter((m) => m.event === 'rejected');
      expect(sms).toHaveLength(2);
      expect(sms.find((m) => m.channel === 'email')!.body).toContain('身份证信息与账户实名信息不一致');
      const account = await database.db
        .selectFrom('accounts')
        .select('status')
        .where('id', '=', r.accountId)
        .executeTakeFirstOrThrow();
      expect(account.status).toBe('active');
    });

    it('pause instead suspends the account', async () => {
      const r = await aRequest(database.db);
      const res = await act(reviewer, r.id, 'pause-instead', r.version);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('paused_instead');
      const account = await database.db
        .selectFrom('accounts')
        .select('status')
        .where('id', '=', r.accountId)
        .executeTakeFirstOrThrow();
      expect(account.status).toBe('suspended');
      expect((await outboxFor(database.db, r.id)).map((m) => m.event)).toEqual(['paused_instead', 'paused_instead']);
    });

    it('a decided request never changes again: every action is 409', async () => {
      const r = await aRequest(database.db);
      const approved = await act(reviewer, r.id, 'approve', r.version);
      for (const action of ['claim', 'release', 'approve', 'pause-instead']) {
        const res = await act(manager, r.id, action, approved.body.version);
        expect(res.status, action).toBe(409);
        expect(res.body.message).toMatch(/final/);
      }
      expect(
        (await act(reviewer, r.id, 'reject', approved.body.version, { reasonCode: 'other', customerMessage: 'x' }))
          .status,
      ).toBe(409);
    });
  });

  describe('bulk and next', () => {
    it('bulk claim answers per item and never all-or-nothing', async () => {
      const a = await aRequest(database.db, { status: 'submitted', assignee: null });
      const b = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
      const c = await aRequest(database.db, { status: 'approved' });
      const res = await reviewer2.post<Row>('/api/requests/bulk/claim', { ids: [a.id, b.id, c.id, 99999999] });
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(res.body.results.map((x: Row) => [x.id, x]));
      expect(byId[a.id]).toMatchObject({ ok: true, status: 'in_review' });
      expect(byId[b.id]).toMatchObject({ ok: false, message: expect.stringMatching(/claimed by/) });
      expect(byId[c.id]).toMatchObject({ ok: false, message: expect.stringMatching(/final/) });
      expect(byId[99999999]).toMatchObject({ ok: false, httpStatus: 404 });
    });

    it('bulk reassign needs an assignee; bad bodies are 400', async () => {
      expect((await manager.post('/api/requests/bulk/reassign', { ids: [1] })).status).toBe(400);
      expect((await manager.post('/api/requests/bulk/claim', { ids: [] })).status).toBe(400);
      expect((await manager.post('/api/requests/bulk/explode', { ids: [1] })).status).toBe(404);
    });
  });
});
