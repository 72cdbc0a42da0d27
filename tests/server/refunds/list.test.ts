import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { REFUND_ACTIONS } from '../../../src/domain/refundActions.ts';
import { totalOf } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { aRefund, refundClients, type Client, type Row } from './refundWorld.ts';

describe.each(testEngines())('GET /api/refunds on %s', (engine) => {
  let database: Database;
  let finance: Client;
  let finance2: Client;
  let manager: Client;
  let reviewer: Client;
  let admin: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    ({ finance, finance2, manager, reviewer, admin } = await refundClients(database));
  });
  afterAll(() => database.close());

  const list = (who: Client, filter: Row = {}, range = [0, 999]) =>
    who.list<Row[]>('refunds', { filter, range, sort: ['createdAt', 'DESC'] });

  it('every row: amounts in integer fen, approvals, and each action either available or refused with a reason', async () => {
    const res = await list(finance);
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
    const r = await aRefund(database, { requestedBy: null, decidedBy: 'finance' });
    const [mine] = (await list(finance, { id: r.id })).body;
    expect(mine!.availableActions).not.toContain('approve');
    expect(mine!.blockedActions.approve).toMatchObject({ code: 'own_decision', status: 403 });
    const [theirs] = (await list(finance2, { id: r.id })).body;
    expect(theirs!.availableActions).toEqual(['approve', 'reject', 'amend']);
    const [managers] = (await list(manager, { id: r.id })).body;
    expect(managers!.availableActions).toEqual([]);
    expect(managers!.blockedActions.approve).toMatchObject({ code: 'role_forbidden' });
  });

  it('actionable=true: exactly the rows the caller may approve or pay now', async () => {
    await aRefund(database, { requestedBy: 'finance' });
    await aRefund(database, { status: 'approved', firstApprover: 'finance2' });
    for (const who of [finance, finance2]) {
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
    expect((await list(manager, { actionable: true })).body).toEqual([]);
  });

  it('filters: status (one or a list), accountId, requestId, amount range (fen, inclusive), created range', async () => {
    const a = await aRefund(database, { amountFen: 99_999 });
    const b = await aRefund(database, { amountFen: 100_000, status: 'approved', firstApprover: 'finance' });
    const ids = (res: { body: Row[] }) => res.body.map((row) => row.id);
    expect(ids(await list(finance, { accountId: a.accountId }))).toEqual([a.id]);
    expect(ids(await list(finance, { requestId: b.requestId }))).toEqual([b.id]);
    const byAmount = await list(finance, {
      amountFrom: 99_999,
      amountTo: 100_000,
      createdFrom: '2026-11-25',
      createdTo: '2026-11-25',
    });
    expect(ids(byAmount)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(byAmount.body.every((row) => row.amountFen >= 99_999 && row.amountFen <= 100_000)).toBe(true);
    const statuses = await list(finance, { status: ['approved', 'failed'] });
    expect(new Set(statuses.body.map((row) => row.status))).toEqual(new Set(['approved', 'failed']));
    expect(ids(await list(finance, { createdFrom: '2026-11-26' }))).not.toContain(a.id);
  });

  it('an unknown filter, a float amount bound or an unsortable field is 400', async () => {
    expect((await list(finance, { nope: 1 })).status).toBe(400);
    expect((await list(finance, { amountFrom: 1.5 })).status).toBe(400);
    expect((await finance.list('refunds', { sort: ['holderName', 'ASC'] })).status).toBe(400);
  });

  it('who may read: reviewer, finance, manager; the admin may not (403)', async () => {
    for (const who of [reviewer, finance, manager]) expect((await list(who)).status).toBe(200);
    expect((await list(admin)).status).toBe(403);
  });

  it('GET /api/refunds/:id carries its version as the ETag; counts give the tabs', async () => {
    const r = await aRefund(database, { requestedBy: 'finance2' });
    const one = await finance.get<Row>(`/api/refunds/${r.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe(`"${r.version}"`);
    expect(one.body).toMatchObject({ id: r.id, requestNumber: r.requestNumber, requestedByName: '赵敏' });
    const counts = (await finance.get<Record<string, number>>('/api/refunds/counts')).body;
    const toApprove = await list(finance, { status: 'pending_approval', actionable: true });
    expect(counts.toApprove).toBe(totalOf(toApprove));
    expect(counts.all).toBe(totalOf(await list(finance)));
    expect(counts.pending_approval! + counts.approved! + counts.paid! + counts.failed! + counts.rejected!).toBe(
      counts.all,
    );
  });
});
