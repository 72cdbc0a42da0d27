import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../support/testDatabase.ts';
import { aRefund, balanceOf, pay, refundWorld } from './refundWorld.ts';

describe.each(testEngines())('the balance ledger on %s', (engine) => {
  const w = refundWorld(engine);

  it("every seeded account's balance column is the sum of its ledger", async () => {
    const { rows } = await sql<{ id: number; balanceFen: number; sum: number }>`
      SELECT a.id, a.balance_fen, coalesce(sum(e.amount_fen), 0)::bigint AS sum
      FROM accounts a LEFT JOIN balance_entries e ON e.account_id = a.id
      GROUP BY a.id HAVING a.balance_fen <> coalesce(sum(e.amount_fen), 0)`.execute(w.database.db);
    expect(rows).toEqual([]);
    const { rows: counted } = await sql<{ accounts: number; entries: number; paid: number }>`
      SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM balance_entries) AS entries,
             (SELECT count(*) FROM balance_entries WHERE kind = 'refund_paid') AS paid`.execute(w.database.db);
    expect(Number(counted[0]!.accounts)).toBeGreaterThan(50);
    expect(Number(counted[0]!.paid)).toBeGreaterThan(0);
  });

  it('every seeded paid refund has exactly one refund_paid entry of minus its amount', async () => {
    const { rows } = await sql<{ id: number }>`
      SELECT f.id FROM refunds f LEFT JOIN balance_entries e ON e.refund_id = f.id
      WHERE f.status = 'paid' AND (e.id IS NULL OR e.amount_fen <> -f.amount_fen)`.execute(w.database.db);
    expect(rows).toEqual([]);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const r = await aRefund(w.database);
    await expect(
      sql`UPDATE balance_entries SET amount_fen = 1 WHERE account_id = ${r.accountId}`.execute(w.database.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM balance_entries WHERE account_id = ${r.accountId}`.execute(w.database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE balance_entries CASCADE`.execute(w.database.db)).rejects.toThrow(/append-only/);
  });

  it('the balance column changes only through the ledger; an adjustment with a reason moves it', async () => {
    const r = await aRefund(w.database, { amountFen: 1_000, balanceFen: 5_000 });
    await expect(
      w.database.db.updateTable('accounts').set({ balanceFen: 999_999 }).where('id', '=', r.accountId).execute(),
    ).rejects.toThrow(/sum of balance_entries/);
    await w.database.db
      .insertInto('balanceEntries')
      .values({ accountId: r.accountId, kind: 'adjustment', amountFen: 250, reason: '补偿流量包费用' })
      .execute();
    expect(await balanceOf(w.database, r.accountId)).toBe(5_250);
    await expect(
      w.database.db
        .insertInto('balanceEntries')
        .values({ accountId: r.accountId, kind: 'adjustment', amountFen: 5 })
        .execute(),
      'an adjustment without a reason',
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('the database itself refuses refunds holding more than the balance, whoever writes them', async () => {
    const r = await aRefund(w.database, { amountFen: 4_000, balanceFen: 5_000 });
    const over = w.database.db
      .insertInto('refunds')
      .values({ accountId: r.accountId, amountFen: 1_001, status: 'pending_approval' })
      .execute();
    await expect(over).rejects.toMatchObject({ code: '23514' });
    const debit = w.database.db
      .insertInto('balanceEntries')
      .values({ accountId: r.accountId, kind: 'adjustment', amountFen: -1_001, reason: '冲正' })
      .execute();
    await expect(debit).rejects.toMatchObject({ code: '23514' });
    await w.database.db
      .insertInto('refunds')
      .values({ accountId: r.accountId, amountFen: 1_000, status: 'pending_approval' })
      .execute();
  });

  it('GET /api/refunds/:id/ledger: opening balance, then the paid refund; its sum is the balance', async () => {
    const r = await aRefund(w.database, {
      amountFen: 7_000,
      balanceFen: 9_000,
      status: 'approved',
      firstApprover: 'finance2',
    });
    expect((await pay(w.finance, r.id, r.version)).status).toBe(200);
    const res = await w.finance.get<{ kind: string; amountFen: number; refundId: number | null }[]>(
      `/api/refunds/${r.id}/ledger`,
    );
    expect(res.status).toBe(200);
    expect(res.body.map((e) => [e.kind, e.amountFen])).toEqual([
      ['opening_balance', 9_000],
      ['refund_paid', -7_000],
    ]);
    expect(res.body.reduce((sum, e) => sum + e.amountFen, 0)).toBe(await balanceOf(w.database, r.accountId));
  });
});

describe.each(testEngines())('GET /api/accounts/:id/refundable on %s', (engine) => {
  const w = refundWorld(engine);

  it('the balance less what refunds not yet paid hold; paid and rejected ones hold nothing', async () => {
    const r = await aRefund(w.database, { amountFen: 3_000, balanceFen: 10_000 });
    await w.database.db
      .insertInto('refunds')
      .values([
        { accountId: r.accountId, amountFen: 1_500, status: 'approved' },
        { accountId: r.accountId, amountFen: 500, status: 'failed', failureReason: '账户已销户' },
        { accountId: r.accountId, amountFen: 9_000, status: 'rejected', rejectionReason: '重复申请' },
      ])
      .execute();
    for (const who of [w.finance, w.manager]) {
      const res = await who.get(`/api/accounts/${r.accountId}/refundable`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ balanceFen: 10_000, heldFen: 5_000, refundableFen: 5_000 });
    }
    // What it says fits, fits; a fen more is refused by the same rule.
    const over = await w.finance.post('/api/refunds', { accountId: r.accountId, amountFen: 5_001, reason: '补退' });
    expect(over.status).toBe(422);
    const fits = await w.finance.post('/api/refunds', { accountId: r.accountId, amountFen: 5_000, reason: '补退' });
    expect(fits.status).toBe(201);
    expect((await w.finance.get(`/api/accounts/${r.accountId}/refundable`)).body).toMatchObject({ refundableFen: 0 });
  });

  it('only those who may create refunds ask; an unknown account is 404', async () => {
    const r = await aRefund(w.database);
    expect((await w.reviewer.get(`/api/accounts/${r.accountId}/refundable`)).status).toBe(403);
    expect((await w.admin.get(`/api/accounts/${r.accountId}/refundable`)).status).toBe(403);
    const missing = await w.finance.get('/api/accounts/99999999/refundable');
    expect(missing.status).toBe(404);
    expect(missing.body).toHaveProperty('message');
  });
});
