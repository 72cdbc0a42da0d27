import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { yuanToFen } from '../../../src/domain/money.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { act, aRefund, balanceOf, pay, refundClients, type Client, type Row } from './refundWorld.ts';

// Money through the API is integer fen: what a float would get wrong must come out exact.
describe.each(testEngines())('money through the refunds API on %s', (engine) => {
  let database: Database;
  let finance: Client;
  let finance2: Client;
  let manager: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    ({ finance, finance2, manager } = await refundClients(database));
  });
  afterAll(() => database.close());

  const create = (accountId: number, yuan: string, who = finance) =>
    who.post<Row>('/api/refunds', { accountId, amountFen: yuanToFen(yuan), reason: '客户申请退余额' });

  it('¥0.10 + ¥0.20 of a ¥0.30 balance: both fit, one more fen does not, paid out the balance is exactly 0', async () => {
    const base = await aRefund(database, { amountFen: 1, balanceFen: 31, status: 'approved', firstApprover: 'finance' });
    expect((await pay(finance2, base.id, base.version)).status).toBe(200);
    const dime = await create(base.accountId, '0.10');
    const twenty = await create(base.accountId, '0.20');
    expect([dime.status, twenty.status]).toEqual([201, 201]);
    expect([dime.body.amountFen, twenty.body.amountFen]).toEqual([10, 20]);
    expect((await create(base.accountId, '0.01')).status).toBe(422);
    for (const r of [dime.body, twenty.body]) {
      const approved = await act(finance2, r.id, 'approve', r.version);
      expect((await pay(finance2, r.id, approved.body.version)).status).toBe(200);
    }
    expect(await balanceOf(database, base.accountId)).toBe(0);
  });

  it('¥999.99 and ¥1,000.00 need one approval, ¥1,000.01 two; the customer reads the exact amount', async () => {
    const cases: [string, number, 1 | 2, string][] = [
      ['999.99', 99_999, 1, '¥999.99'],
      ['1,000.00', 100_000, 1, '¥1,000.00'],
      ['1,000.01', 100_001, 2, '¥1,000.01'],
    ];
    for (const [yuan, fen, approvals, shown] of cases) {
      // The balance holds the new refund and a one-fen one already pending: it fits exactly.
      const base = await aRefund(database, { amountFen: 1, balanceFen: fen + 1 });
      const res = await create(base.accountId, yuan, manager);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ amountFen: fen, approvalsNeeded: approvals });
      let current = res.body;
      current = (await act(finance2, current.id, 'approve', current.version)).body;
      expect(current.status).toBe(approvals === 1 ? 'approved' : 'pending_approval');
      if (approvals === 2) {
        const sameAgain = await act(finance2, current.id, 'approve', current.version);
        expect(sameAgain.status).toBe(403);
        current = (await act(finance, current.id, 'approve', current.version)).body;
        expect(current.status).toBe('approved');
      }
      const paid = await pay(finance2, current.id, current.version);
      expect(paid.status).toBe(200);
      // A refund on request names no request: the message is the account's.
      const sms = await database.db
        .selectFrom('notifications')
        .select('body')
        .where('accountId', '=', base.accountId)
        .where('event', '=', 'refund_paid')
        .where('channel', '=', 'sms')
        .executeTakeFirstOrThrow();
      expect(sms.body).toContain(shown);
    }
  });
});
