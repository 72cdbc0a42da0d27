import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ListParams } from '../../http/listParams.ts';
import type { StaffActor } from '../../../domain/recordAccess.ts';
import type { RefundListFilter } from '../../../domain/refundInputs.ts';
import { applyRefundFilter } from './filters.ts';
import { refundRows } from './refundRows.ts';
import { toApiRefund } from './toApiRefund.ts';

/** Fields a list may sort by, mapped to their columns. */
const SORT_COLUMNS = {
  id: 'f.id',
  createdAt: 'f.createdAt',
  updatedAt: 'f.updatedAt',
  amountFen: 'f.amountFen',
  status: 'f.status',
  paidAt: 'f.paidAt',
  accountId: 'f.accountId',
  requestId: 'f.requestId',
} as const;
export const REFUND_SORTABLE = Object.keys(SORT_COLUMNS);

/** One page of refunds, each with what the caller may do, and how many match in all. */
export async function listRefunds(db: Kysely<DB>, p: ListParams<RefundListFilter>, actor: StaffActor) {
  const column = SORT_COLUMNS[p.sort.field as keyof typeof SORT_COLUMNS] ?? 'f.createdAt';
  const from = db.selectFrom('refunds as f').leftJoin('cancellationRequests as r', 'r.id', 'f.requestId');
  const rowsQuery = applyRefundFilter(refundRows(db), p.filter, actor)
    .orderBy(column, p.sort.order)
    .orderBy('f.id', p.sort.order)
    .offset(p.offset)
    .limit(p.limit);
  const countQuery = applyRefundFilter(from, p.filter, actor).select((eb) => eb.fn.countAll<number>().as('n'));
  const [rows, count] = await Promise.all([rowsQuery.execute(), countQuery.executeTakeFirstOrThrow()]);
  return { rows: rows.map((row) => toApiRefund(row, actor)), total: Number(count.n) };
}
