import { describe, expect, it } from 'vitest';
import { TestGateway } from '../../../src/server/payouts/testGateway.ts';
import { outboxFor } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import {
  act,
  aRefund,
  balanceOf,
  ifMatch,
  ledgerEntriesOf,
  newKey,
  pay,
  refundAudit,
  refundWorld,
  type Row,
} from './refundWorld.ts';

const body = { reference: 'BANK-20261125-000042', paidAt: '2026-11-25' };

describe.each(testEngines())('paying a refund out on %s', (engine) => {
  const w = refundWorld(engine);

  it('approved → paid: reference and date kept, one ledger entry, the balance falls, email + SMS queued', async () => {
    const r = await aRefund(w.database, { amountFen: 12_345, status: 'approved', firstApprover: 'finance2' });
    const res = await pay(w.finance, r.id, r.version, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'paid',
      payoutReference: 'BANK-20261125-000042',
      paidAt: '2026-11-24T16:00:00.000Z',
      version: r.version + 1,
    });
    expect(await ledgerEntriesOf(w.database, r.id)).toEqual([
      expect.objectContaining({ kind: 'refund_paid', amountFen: -12_345, accountId: r.accountId }),
    ]);
    expect(await balanceOf(w.database, r.accountId)).toBe(0);
    const outbox = (await outboxFor(w.database.db, r.requestId!)).filter((n) => n.event === 'refund_paid');
    expect(outbox.map((n) => n.channel).sort()).toEqual(['email', 'sms']);
    expect(outbox.find((n) => n.channel === 'email')!.body).toContain('¥123.45');
    expect(outbox.find((n) => n.channel === 'email')!.body).toContain('BANK-20261125-000042');
    expect(await refundAudit(w.database, r.id, 'refund.paid')).toHaveLength(1);
  });

  it('without an Idempotency-Key 400; without If-Match 428; a manager may not pay (403)', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const noKey = await w.finance.post<Row>(`/api/refunds/${r.id}/pay`, body, ifMatch(r.version));
    expect(noKey.status).toBe(400);
    expect(noKey.body.message).toMatch(/Idempotency-Key/);
    const noVersion = await w.finance.post<Row>(`/api/refunds/${r.id}/pay`, body, { 'Idempotency-Key': newKey() });
    expect(noVersion.status).toBe(428);
    expect((await pay(w.manager, r.id, r.version, body)).status).toBe(403);
    expect(await ledgerEntriesOf(w.database, r.id)).toEqual([]);
  });

  it('a pending refund cannot be paid (409), nor a rejected one', async () => {
    const r = await aRefund(w.database);
    const res = await pay(w.finance, r.id, r.version, body);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/pending_approval/);
  });

  it('the same key with the same body replays the first answer: same status, same body, still one payment', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const key = newKey();
    const first = await pay(w.finance, r.id, r.version, body, key);
    const again = await pay(w.finance, r.id, r.version, body, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await ledgerEntriesOf(w.database, r.id)).toHaveLength(1);
    expect((await outboxFor(w.database.db, r.requestId!)).filter((n) => n.event === 'refund_paid')).toHaveLength(2);
  });

  it('the same key with a different body is 422; another key on a paid refund is 409', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const key = newKey();
    expect((await pay(w.finance, r.id, r.version, body, key)).status).toBe(200);
    const reused = await pay(w.finance, r.id, r.version, { ...body, reference: 'BANK-OTHER' }, key);
    expect(reused.status).toBe(422);
    const paid = await pay(w.finance, r.id, r.version + 1, body);
    expect(paid.status).toBe(409);
    expect(paid.body.message).toMatch(/paid/);
  });

  it('while the first call with a key is still running, the same key is 409', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const key = newKey();
    const financeId = (
      await w.database.db
        .selectFrom('staffUsers')
        .select('id')
        .where('username', '=', 'finance')
        .executeTakeFirstOrThrow()
    ).id;
    // The first call claimed the key and has not answered yet.
    await w.database.db
      .insertInto('refundPayoutKeys')
      .values({
        staffId: financeId,
        idempotencyKey: key,
        refundId: r.id,
        fingerprint: await fingerprintOf(r.id),
        createdAt: new Date('2026-11-25T01:59:00Z'),
      })
      .execute();
    const res = await pay(w.finance, r.id, r.version, body, key);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/still being processed/);
  });

  it('a failed refund is paid again (a retry); a paid refund is never un-paid (fail is 409)', async () => {
    const r = await aRefund(w.database, { status: 'failed', firstApprover: 'finance2' });
    const res = await pay(w.finance, r.id, r.version, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'paid', failureReason: null });
    const unpay = await act(w.finance, r.id, 'fail', res.body.version, { reason: '银行退回' });
    expect(unpay.status).toBe(409);
  });

  it('paidAt in the future is 400', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const res = await pay(w.finance, r.id, r.version, { reference: 'X', paidAt: '2026-12-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('paidAt');
  });

  async function fingerprintOf(refundId: number) {
    const { createHash } = await import('node:crypto');
    return createHash('sha256')
      .update(JSON.stringify({ refundId, reference: body.reference, paidAt: body.paidAt }))
      .digest('hex');
  }

  it('20 concurrent pays with different keys: exactly one 200, one ledger entry, one email + SMS pair', async () => {
    const r = await aRefund(w.database, {
      amountFen: 250_000,
      status: 'approved',
      firstApprover: 'finance',
      secondApprover: 'finance2',
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pay(i % 2 ? w.finance2 : w.finance, r.id, r.version, body)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
    expect(await ledgerEntriesOf(w.database, r.id)).toHaveLength(1);
    const outbox = (await outboxFor(w.database.db, r.requestId!)).filter((n) => n.event === 'refund_paid');
    expect(outbox.map((n) => n.channel).sort()).toEqual(['email', 'sms']);
    expect(await balanceOf(w.database, r.accountId)).toBe(0);
  });

  it('20 concurrent pays with the same key: one payment, every answer a replay of it or 409 while it runs', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay(w.finance, r.id, r.version, body, key)));
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of ok) expect(a.body).toEqual(ok[0]!.body);
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    expect(await ledgerEntriesOf(w.database, r.id)).toHaveLength(1);
  });
});

describe.each(testEngines())('payout gateway failures on %s', (engine) => {
  const gateway = new TestGateway();
  const w = refundWorld(engine, { payoutGateway: gateway });

  it('a timeout after the bank paid records nothing (504); the retry, even with a new key, gets that payment: paid once', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    gateway.timeoutNext(true);
    const lost = await pay(w.finance, r.id, r.version, body);
    expect(lost.status).toBe(504);
    expect(await ledgerEntriesOf(w.database, r.id)).toEqual([]);
    const retry = await pay(w.finance, r.id, r.version, body);
    expect(retry.status).toBe(200);
    expect([...gateway.payments.values()].filter((p) => p.order.refundId === r.id)).toHaveLength(1);
    expect(gateway.calls.filter((k) => k.startsWith(`refund-${r.id}-`))).toEqual([
      `refund-${r.id}-attempt-1`,
      `refund-${r.id}-attempt-1`,
    ]);
    expect(await ledgerEntriesOf(w.database, r.id)).toHaveLength(1);
  });

  it('a timeout with the same key: the key is free again and the retry pays once', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    const key = newKey();
    gateway.timeoutNext(false);
    expect((await pay(w.finance, r.id, r.version, body, key)).status).toBe(504);
    const retry = await pay(w.finance, r.id, r.version, body, key);
    expect(retry.status).toBe(200);
    expect([...gateway.payments.values()].filter((p) => p.order.refundId === r.id)).toHaveLength(1);
  });

  it('a refusal makes the refund failed with the reason (502, replayed for its key); the next attempt has a new key and pays', async () => {
    const r = await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    gateway.refuseNext('收款账户已销户');
    const key = newKey();
    const refused = await pay(w.finance, r.id, r.version, body, key);
    expect(refused.status).toBe(502);
    expect(refused.body.refund).toMatchObject({ status: 'failed', failureReason: '收款账户已销户', payoutAttempts: 1 });
    const replay = await pay(w.finance, r.id, r.version, body, key);
    expect(replay.status).toBe(502);
    expect(replay.body).toEqual(refused.body);
    const retry = await pay(w.finance, r.id, refused.body.refund.version, body);
    expect(retry.status).toBe(200);
    expect(gateway.calls.filter((k) => k.startsWith(`refund-${r.id}-`))).toEqual([
      `refund-${r.id}-attempt-1`,
      `refund-${r.id}-attempt-2`,
    ]);
    expect(await ledgerEntriesOf(w.database, r.id)).toHaveLength(1);
  });
});
