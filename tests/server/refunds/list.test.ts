import { describe, expect, it } from 'vitest';
import { REFUND_ACTIONS } from '../../../src/domain/refundActions.ts';
import { totalOf } from '../../support/apiClient.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { aRefund, refundWorld, type Client, type Row } from './refundWorld.ts';

describe.each(testEngines())('GET /api/refunds on %s', (engine) => {
  const w = refundWorld(engine);

  const list = (who: Client, filter: Row = {}, range = [0, 999]) =>
    who.list<Row[]>('refunds', { filter, range, sort: ['createdAt', 'DESC'] });

  it('every row: amounts in integer fen, approvals, and each action either available or refused with a reason', async () => {
    const res = await list(w.finance);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const row of res.body) {
      expect(Number.isInteger(row.amountFen)).toBe(true);
      expect(row).toHaveProperty('approvals');
      expect(row).toHaveProperty('version');
      const answered = [...row.availableActions, ...Object.keys(row.blockedActions)].sort();
      expect(answered).toEqual([...REFUND_ACTIONS].sort());
      for (const refusal of Object.values(row.blockedActions) as Row[]) {
        expect(refusal).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }
    }
  });

  it('the reason is per caller: the decider of the request reads own_decision, the other finance user may approve', async () => {
    const r = await aRefund(w.database, { requestedBy: null, decidedBy: 'finance' });
    const [mine] = (await list(w.finance, { id: r.id })).body;
    expect(mine!.availableActions).not.toContain('approve');
    expect(mine!.blockedActions.approve).toMatchObject({ code: 'own_decision', status: 403 });
    const [theirs] = (await list(w.finance2, { id: r.id })).body;
    expect(theirs!.availableActions).toEqual(['approve', 'reject', 'amend']);
    const [managers] = (await list(w.manager, { id: r.id })).body;
    expect(managers!.availableActions).toEqual([]);
    expect(managers!.blockedActions.approve).toMatchObject({ code: 'role_forbidden' });
  });

  it('actionable=true: exactly the rows the caller may approve or pay now', async () => {
    await aRefund(w.database, { requestedBy: 'finance' });
    await aRefund(w.database, { status: 'approved', firstApprover: 'finance2' });
    for (const who of [w.finance, w.finance2]) {
      const actionable = await list(who, { actionable: true });
      expect(actionable.body.length).toBeGreaterThan(0);
      for (const row of actionable.body) {
        expect(row.availableActions.some((a: string) => a === 'approve' || a === 'pay')).toBe(true);
      }
      const all = await list(who);
      const expected = all.body.filter(
        (row) => row.availableActions.includes('approve') || row.availableActions.includes('pay'),
      );
      expect(totalOf(actionable)).toBe(expected.length);
    }
    expect((await list(w.manager, { actionable: true })).body).toEqual([]);
  });

  it('filters: status (one or a list), accountId, requestId, amount range (fen, inclusive), created range', async () => {
    const a = await aRefund(w.database, { amountFen: 99_999 });
    const b = await aRefund(w.database, { amountFen: 100_000, status: 'approved', firstApprover: 'finance' });
    const ids = (res: { body: Row[] }) => res.body.map((row) => row.id);
    expect(ids(await list(w.finance, { accountId: a.accountId }))).toEqual([a.id]);
    expect(ids(await list(w.finance, { requestId: b.requestId }))).toEqual([b.id]);
    const byAmount = await list(w.finance, {
      amountFrom: 99_999,
      amountTo: 100_000,
      createdFrom: '2026-11-25',
      createdTo: '2026-11-25',
    });
    expect(ids(byAmount)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(byAmount.body.every((row) => row.amountFen >= 99_999 && row.amountFen <= 100_000)).toBe(true);
    const statuses = await list(w.finance, { status: ['approved', 'failed'] });
    expect(new Set(statuses.body.map((row) => row.status))).toEqual(new Set(['approved', 'failed']));
    expect(ids(await list(w.finance, { createdFrom: '2026-11-26' }))).not.toContain(a.id);
  });

  it('an unknown filter, a float amount bound or an unsortable field is 400', async () => {
    expect((await list(w.finance, { nope: 1 })).status).toBe(400);
    expect((await list(w.finance, { amountFrom: 1.5 })).status).toBe(400);
    expect((await w.finance.list('refunds', { sort: ['holderName', 'ASC'] })).status).toBe(400);
  });

  it('who may read: reviewer, finance, manager; the admin may not (403)', async () => {
    for (const who of [w.reviewer, w.finance, w.manager]) expect((await list(who)).status).toBe(200);
    expect((await list(w.admin)).status).toBe(403);
  });

  it('GET /api/refunds/:id carries its version as the ETag; counts give the tabs', async () => {
    const r = await aRefund(w.database, { requestedBy: 'finance2' });
    const one = await w.finance.get<Row>(`/api/refunds/${r.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe(`"${r.version}"`);
    expect(one.body).toMatchObject({ id: r.id, requestNumber: r.requestNumber, requestedByName: '赵敏' });
    const counts = (await w.finance.get<Record<string, number>>('/api/refunds/counts')).body;
    const toApprove = await list(w.finance, { status: 'pending_approval', actionable: true });
    expect(counts.toApprove).toBe(totalOf(toApprove));
    expect(counts.all).toBe(totalOf(await list(w.finance)));
    expect(counts.pending_approval! + counts.approved! + counts.paid! + counts.failed! + counts.rejected!).toBe(
      counts.all,
    );
  });
});
