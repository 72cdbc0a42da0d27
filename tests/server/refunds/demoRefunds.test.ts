import { beforeAll, describe, expect, it } from 'vitest';
import { REFUND_STATUSES } from '../../../src/domain/vocabulary.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { refundWorld, type Row } from './refundWorld.ts';

// The seeded demo (here the tests' template) shows finance every case of the queue.
describe.each(testEngines())('demo refunds on %s', (engine) => {
  const w = refundWorld(engine);
  let refunds: Row[];
  beforeAll(async () => {
    refunds = (await w.finance.list<Row[]>('refunds', { range: [0, 999] })).body;
  });

  it('has refunds in every status', () => {
    expect(new Set(refunds.map((r) => r.status))).toEqual(new Set(REFUND_STATUSES));
  });

  it('small and large refunds await their first approval, large ones have one, a few failed', () => {
    const pending = refunds.filter((r) => r.status === 'pending_approval');
    expect(pending.some((r) => r.approvals.length === 0 && r.amountFen <= 100_000)).toBe(true);
    expect(pending.filter((r) => r.approvals.length === 0 && r.amountFen > 100_000).length).toBeGreaterThanOrEqual(2);
    expect(pending.filter((r) => r.approvals.length === 1 && r.approvalsNeeded === 2).length).toBeGreaterThanOrEqual(2);
    expect(refunds.filter((r) => r.status === 'failed').length).toBeGreaterThanOrEqual(2);
    expect(refunds.filter((r) => r.status === 'failed').every((r) => r.failureReason && !r.payoutReference)).toBe(true);
  });

  it('finance and finance2 each have refunds to approve and to pay, and ones only the other may approve', async () => {
    for (const who of [w.finance, w.finance2]) {
      const counts = (await who.get<Record<string, number>>('/api/refunds/counts')).body;
      expect(counts.toApprove).toBeGreaterThan(0);
      expect(counts.toPay).toBeGreaterThan(0);
      const rows = (await who.list<Row[]>('refunds', { filter: { status: 'pending_approval' }, range: [0, 999] })).body;
      expect(rows.some((r) => r.blockedActions.approve?.code === 'own_request')).toBe(true);
      expect(rows.some((r) => r.blockedActions.approve?.code === 'same_approver')).toBe(true);
    }
  });
});
