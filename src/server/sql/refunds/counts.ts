import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { StaffActor } from '../../../domain/recordAccess.ts';
import type { RefundListFilter } from '../../../domain/refundInputs.ts';
import { REFUND_STATUSES } from '../../../domain/vocabulary.ts';
import { applyRefundFilter } from './filters.ts';

/** The queue's tabs: refunds per status and in all, and the caller's own work (toApprove, toPay). */
export async function refundCounts(db: Kysely<DB>, actor: StaffActor): Promise<Record<string, number>> {
  const count = async (filter: RefundListFilter) => {
    const from = db.selectFrom('refunds as f').leftJoin('cancellationRequests as r', 'r.id', 'f.requestId');
    const row = await applyRefundFilter(from, filter, actor)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const byStatus = await db
    .selectFrom('refunds')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<string, number> = Object.fromEntries(REFUND_STATUSES.map((s) => [s, 0]));
  for (const { status, n } of byStatus) counts[status] = Number(n);
  counts.all = REFUND_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.toApprove = await count({ status: 'pending_approval', actionable: true });
  counts.toPay = await count({ status: ['approved', 'failed'], actionable: true });
  counts.actionable = counts.toApprove + counts.toPay;
  return counts;
}
