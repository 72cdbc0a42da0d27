import { describe, expect, it } from 'vitest';
import { yuanToFen } from '../../../src/domain/money.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { act, aRefund, balanceOf, pay, refundWorld, type Row } from './refundWorld.ts';

// Money through the API is integer fen: what a float would get wrong must come out exact.
describe.each(testEngines())('money through the refunds API on %s', (engine) => {
  const w = refundWorld(engine);

  const create = (accountId: number, yuan: string, who = w.finance) =>
    who.post<Row>('/api/refunds', { accountId, amountFen: yuanToFen(yuan), reason: '客户申请退余额' });

  it('¥0.10 + ¥0.20 of a ¥0.30 balance: both fit, one more fen does not, paid out the balance is exactly 0', async () => {
    const base = await aRefund(w.database, {
      amountFen: 1,
      balanceFen: 31,
      status: 'approved',
      firstApprover: 'finance',
    });
    expect((await pay(w.finance2, base.id, base.version)).status).toBe(200);
    const dime = await create(base.accountId, '0.10');
    const twenty = await create(base.accountId, '0.20');
    expect([dime.status, twenty.status]).toEqual([201, 201]);
    expect([dime.body.amountFen, twenty.body.amountFen]).toEqual([10, 20]);
    expect((await create(base.accountId, '0.01')).status).toBe(422);
    for (const r of [dime.body, twenty.body]) {
      const approved = await act(w.finance2, r.id, 'approve', r.version);
      expect((await pay(w.finance2, r.id, approved.body.version)).status).toBe(200);
    }
    expect(await balanceOf(w.database, base.accountId)).toBe(0);
  });

  /** A refund of `yuan` raised by the manager, on an account whose balance holds it and a pending one-fen refund exactly. */
  async function raised(yuan: string, fen: number) {
    const base = await aRefund(w.database, { amountFen: 1, balanceFen: fen + 1 });
    const res = await create(base.accountId, yuan, w.manager);
    expect(res.status).toBe(201);
    return { accountId: base.accountId, refund: res.body };
  }

  /** Pays it and returns the customer's SMS (a refund on request names no request: the message is the account's). */
  async function paidSms(accountId: number, refund: Row) {
    expect((await pay(w.finance2, refund.id, refund.version)).status).toBe(200);
    const sms = await w.database.db
      .selectFrom('notifications')
      .select('body')
      .where('accountId', '=', accountId)
      .where('event', '=', 'refund_paid')
      .where('channel', '=', 'sms')
      .executeTakeFirstOrThrow();
    return sms.body;
  }

  it.each([
    ['999.99', 99_999, '¥999.99'],
    ['1,000.00', 100_000, '¥1,000.00'],
  ])('¥%s needs one approval; the customer reads the exact amount', async (yuan, fen, shown) => {
    const { accountId, refund } = await raised(yuan, fen);
    expect(refund).toMatchObject({ amountFen: fen, approvalsNeeded: 1 });
    const approved = await act(w.finance2, refund.id, 'approve', refund.version);
    expect(approved.body.status).toBe('approved');
    expect(await paidSms(accountId, approved.body)).toContain(shown);
  });

  it('¥1,000.01 needs two approvals from two people; the customer reads the exact amount', async () => {
    const { accountId, refund } = await raised('1,000.01', 100_001);
    expect(refund).toMatchObject({ amountFen: 100_001, approvalsNeeded: 2 });
    const first = await act(w.finance2, refund.id, 'approve', refund.version);
    expect(first.body.status).toBe('pending_approval');
    expect((await act(w.finance2, refund.id, 'approve', first.body.version)).status).toBe(403);
    const second = await act(w.finance, refund.id, 'approve', first.body.version);
    expect(second.body.status).toBe('approved');
    expect(await paidSms(accountId, second.body)).toContain('¥1,000.01');
  });
});
