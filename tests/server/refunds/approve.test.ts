import { describe, expect, it } from 'vitest';
import { staffId } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { act, aRefund, refundAudit, refundWorld } from './refundWorld.ts';

describe.each(testEngines())('approving a refund on %s', (engine) => {
  const w = refundWorld(engine);

  it('exactly ¥1,000.00 needs one approval: pending_approval → approved, approver and time recorded', async () => {
    const r = await aRefund(w.database, { amountFen: 100_000 });
    const res = await act(w.finance, r.id, 'approve', r.version);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', version: r.version + 1, approvalsNeeded: 1 });
    expect(res.body.approvals).toEqual([
      { approverId: await staffId(w.database.db, 'finance'), approverName: '刘洋', approvedAt: expect.any(String) },
    ]);
    expect(res.headers.get('etag')).toBe(`"${r.version + 1}"`);
    expect(await refundAudit(w.database, r.id, 'refund.approved')).toHaveLength(1);
  });

  it('¥1,000.01 needs two: the first keeps it pending, the same person again is 403, a second finance user approves', async () => {
    const r = await aRefund(w.database, { amountFen: 100_001 });
    const first = await act(w.finance, r.id, 'approve', r.version);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'pending_approval', approvalsNeeded: 2 });
    expect(first.body.approvals).toHaveLength(1);
    expect(first.body.blockedActions.approve).toMatchObject({ code: 'same_approver' });

    const again = await act(w.finance, r.id, 'approve', first.body.version);
    expect(again.status).toBe(403);
    expect(again.body.message).toMatch(/different finance approver/);

    const second = await act(w.finance2, r.id, 'approve', first.body.version);
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('approved');
    expect(second.body.approvals.map((a: { approverName: string }) => a.approverName)).toEqual(['刘洋', '赵敏']);
  });

  it('the person who requested the refund may not approve it (403, saying why)', async () => {
    const r = await aRefund(w.database, { requestedBy: 'finance', decidedBy: 'reviewer' });
    const res = await act(w.finance, r.id, 'approve', r.version);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'own_request', message: expect.stringMatching(/requested it/) });
  });

  it('the person who decided the cancellation request may not approve its refund (403)', async () => {
    const r = await aRefund(w.database, { requestedBy: null, decidedBy: 'finance' });
    const res = await act(w.finance, r.id, 'approve', r.version);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'own_decision' });
    expect((await act(w.finance2, r.id, 'approve', r.version)).status).toBe(200);
  });

  it('a manager may not approve (403 naming the finance role); an approved refund is not approved again (409)', async () => {
    const r = await aRefund(w.database);
    const byManager = await act(w.manager, r.id, 'approve', r.version);
    expect(byManager.status).toBe(403);
    expect(byManager.body.message).toMatch(/finance/);
    const ok = await act(w.finance, r.id, 'approve', r.version);
    const twice = await act(w.finance2, r.id, 'approve', ok.body.version);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/approved/);
  });

  it('without If-Match 428; with a stale version 412 and the current refund; nothing changes', async () => {
    const r = await aRefund(w.database);
    expect((await act(w.finance, r.id, 'approve', null)).status).toBe(428);
    await w.database.db
      .updateTable('refunds')
      .set({ version: r.version + 1 })
      .where('id', '=', r.id)
      .execute();
    const stale = await act(w.finance, r.id, 'approve', r.version);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ id: r.id, version: r.version + 1, status: 'pending_approval' });
    expect(await refundAudit(w.database, r.id)).toHaveLength(0);
  });

  it('an unknown refund is 404', async () => {
    expect((await act(w.finance, 999_999, 'approve', 1)).status).toBe(404);
  });
});
