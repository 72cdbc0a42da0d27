import { describe, expect, it } from 'vitest';
import { outboxFor, staffId } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { act, aRefund, refundAudit, refundWorld, type Client, type Row } from './refundWorld.ts';

describe.each(testEngines())('reject, fail, amend and create on %s', (engine) => {
  const w = refundWorld(engine);

  describe('reject', () => {
    it('pending_approval → rejected with the reason; the customer gets email + SMS in their language', async () => {
      const r = await aRefund(w.database, { amountFen: 8_800, language: 'en' });
      const res = await act(w.finance, r.id, 'reject', r.version, { reason: 'duplicate of refund 12' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: 'duplicate of refund 12' });
      const outbox = (await outboxFor(w.database.db, r.requestId!)).filter((n) => n.event === 'refund_rejected');
      expect(outbox.map((n) => n.channel).sort()).toEqual(['email', 'sms']);
      expect(outbox.every((n) => n.language === 'en')).toBe(true);
      expect(outbox.find((n) => n.channel === 'email')!.body).toContain('CNY 88.00');
      expect(outbox.find((n) => n.channel === 'email')!.body).toContain('duplicate of refund 12');
      expect(await refundAudit(w.database, r.id, 'refund.rejected')).toHaveLength(1);
    });

    it('the zh-CN message names the amount in yuan and the reason', async () => {
      const r = await aRefund(w.database, { amountFen: 100_001, status: 'approved', firstApprover: 'finance' });
      const res = await act(w.finance2, r.id, 'reject', r.version, { reason: '账户存在欠费' });
      expect(res.status).toBe(200);
      const sms = (await outboxFor(w.database.db, r.requestId!)).find(
        (n) => n.event === 'refund_rejected' && n.channel === 'sms',
      );
      expect(sms!.body).toContain('¥1,000.01');
      expect(sms!.body).toContain('账户存在欠费');
    });

    it('without a reason 400; a paid or rejected refund cannot be rejected (409); a manager may not (403)', async () => {
      const r = await aRefund(w.database);
      expect((await act(w.finance, r.id, 'reject', r.version, {})).status).toBe(400);
      expect((await act(w.finance, r.id, 'reject', r.version, { reason: '  ' })).status).toBe(400);
      expect((await act(w.manager, r.id, 'reject', r.version, { reason: 'x' })).status).toBe(403);
      const done = await act(w.finance, r.id, 'reject', r.version, { reason: 'x' });
      expect((await act(w.finance, r.id, 'reject', done.body.version, { reason: 'x' })).status).toBe(409);
    });
  });

  describe('fail', () => {
    it('approved → failed with why; approvals and the hold on the balance stay; it can be paid again', async () => {
      const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
      const res = await act(w.finance, r.id, 'fail', r.version, { reason: '收款账户户名不符' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'failed', failureReason: '收款账户户名不符', payoutReference: null });
      expect(res.body.approvals).toHaveLength(1);
      expect(res.body.availableActions).toContain('pay');
    });

    it('only an approved refund fails: pending is 409', async () => {
      const r = await aRefund(w.database);
      const res = await act(w.finance, r.id, 'fail', r.version, { reason: 'x' });
      expect(res.status).toBe(409);
    });
  });

  describe('amend', () => {
    it('a new amount voids every approval: back to pending_approval, audited before/after', async () => {
      const r = await aRefund(w.database, {
        amountFen: 150_000,
        status: 'approved',
        firstApprover: 'finance',
        secondApprover: 'finance2',
      });
      const res = await act(w.finance, r.id, 'amend', r.version, {
        amountFen: 90_000,
        reason: '扣除未结清的附加包费用',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'pending_approval',
        amountFen: 90_000,
        approvalsNeeded: 1,
        approvals: [],
      });
      const [event] = await refundAudit(w.database, r.id, 'refund.amended');
      expect(event).toMatchObject({
        before: expect.objectContaining({ status: 'approved', amountFen: 150_000, approvalsNeeded: 2 }),
        after: expect.objectContaining({
          status: 'pending_approval',
          amountFen: 90_000,
          reason: '扣除未结清的附加包费用',
        }),
      });
    });

    it('whoever changed the amount may not approve it; another finance user may', async () => {
      const r = await aRefund(w.database, { amountFen: 20_000, balanceFen: 30_000 });
      const amended = await act(w.finance, r.id, 'amend', r.version, { amountFen: 25_000, reason: '补上漏算的余额' });
      expect(amended.body.blockedActions.approve).toMatchObject({ code: 'own_amendment' });
      expect((await act(w.finance, r.id, 'approve', amended.body.version)).status).toBe(403);
      expect((await act(w.finance2, r.id, 'approve', amended.body.version)).status).toBe(200);
    });

    it('above the refundable balance is 422; the same amount 400; a float 400; up to all of it 200', async () => {
      const r = await aRefund(w.database, { amountFen: 20_000, balanceFen: 30_000 });
      const over = await act(w.finance, r.id, 'amend', r.version, { amountFen: 30_001, reason: 'x' });
      expect(over.status).toBe(422);
      expect(over.body.errors).toHaveProperty('amountFen');
      expect((await act(w.finance, r.id, 'amend', r.version, { amountFen: 20_000, reason: 'x' })).status).toBe(400);
      expect((await act(w.finance, r.id, 'amend', r.version, { amountFen: 200.5, reason: 'x' })).status).toBe(400);
      const all = await act(w.finance, r.id, 'amend', r.version, { amountFen: 30_000, reason: '全部余额' });
      expect(all.status).toBe(200);
    });
  });

  describe('create (a refund on request)', () => {
    const create = (who: Client, body: Row) => who.post<Row>('/api/refunds', body);

    it('finance or a manager raises one within the refundable balance; its requester may never approve it', async () => {
      const base = await aRefund(w.database, { amountFen: 10_000, balanceFen: 50_000 });
      const res = await create(w.manager, {
        accountId: base.accountId,
        amountFen: 40_000,
        reason: '客户来电申请退余额',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'pending_approval',
        requestId: null,
        amountFen: 40_000,
        requestedBy: await staffId(w.database.db, 'manager'),
        reason: '客户来电申请退余额',
      });
      expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
      expect(await refundAudit(w.database, res.body.id, 'refund.created')).toHaveLength(1);

      const byFinance = await aRefund(w.database, { amountFen: 1_000, balanceFen: 5_000 });
      const mine = await create(w.finance, { accountId: byFinance.accountId, amountFen: 4_000, reason: '客户申请' });
      expect(mine.status).toBe(201);
      expect(mine.body.blockedActions.approve).toMatchObject({ code: 'own_request' });
      expect((await act(w.finance, mine.body.id, 'approve', mine.body.version)).status).toBe(403);
      expect((await act(w.finance2, mine.body.id, 'approve', mine.body.version)).status).toBe(200);
    });

    it('more than the balance less refunds pending, approved or failed is 422, and nothing is written', async () => {
      const base = await aRefund(w.database, { amountFen: 30_000, balanceFen: 50_000 });
      const over = await create(w.finance, { accountId: base.accountId, amountFen: 20_001, reason: '申请' });
      expect(over.status).toBe(422);
      expect(over.body.message).toMatch(/¥200\.00/);
      const count = await w.database.db
        .selectFrom('refunds')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('accountId', '=', base.accountId)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1);
      expect((await create(w.finance, { accountId: base.accountId, amountFen: 20_000, reason: '申请' })).status).toBe(
        201,
      );
    });

    it('a reviewer may not (403); zero, negative, float amounts and unknown accounts are refused with 4xx', async () => {
      const base = await aRefund(w.database, { amountFen: 100, balanceFen: 10_000 });
      expect((await create(w.reviewer, { accountId: base.accountId, amountFen: 100, reason: 'x' })).status).toBe(403);
      for (const amountFen of [0, -5, 10.5, '100']) {
        expect((await create(w.finance, { accountId: base.accountId, amountFen, reason: 'x' })).status).toBe(400);
      }
      expect((await create(w.finance, { accountId: 999_999, amountFen: 100, reason: 'x' })).status).toBe(422);
      expect((await create(w.finance, { accountId: base.accountId, amountFen: 100 })).status).toBe(400);
    });
  });
});
