import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ApiBalanceEntry } from '../../../domain/refundRecord.ts';
import { HOLDING_STATUSES, type RefundableFacts } from '../../../domain/refundAmount.ts';
import type { RefundDb } from './refundRows.ts';

/**
 * Locks the account row (every refund change on an account queues here, so
 * two refunds can never both fit a balance that holds one) and reads what the
 * over-refund rule needs: the ledger's balance and what other refunds hold.
 */
export async function lockRefundable(
  trx: Transaction<DB>,
  accountId: number,
  exceptRefundId: number | null,
): Promise<RefundableFacts> {
  const account = await trx
    .selectFrom('accounts')
    .select('balanceFen')
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { balanceFen: account.balanceFen, heldFen: await heldFen(trx, accountId, exceptRefundId) };
}

/** The same facts without a lock, for a screen that shows how much may be refunded; null for no such account. */
export async function refundableFacts(db: RefundDb, accountId: number): Promise<RefundableFacts | null> {
  const account = await db.selectFrom('accounts').select('balanceFen').where('id', '=', accountId).executeTakeFirst();
  return account ? { balanceFen: account.balanceFen, heldFen: await heldFen(db, accountId, null) } : null;
}

/** What the account's refunds not yet paid hold (HOLDING_STATUSES), but for `exceptRefundId`. */
async function heldFen(db: RefundDb, accountId: number, exceptRefundId: number | null): Promise<number> {
  let held = db
    .selectFrom('refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountFen'), eb.lit(0)).as('held'))
    .where('accountId', '=', accountId)
    .where('status', 'in', HOLDING_STATUSES);
  if (exceptRefundId !== null) held = held.where('id', '<>', exceptRefundId);
  return Number((await held.executeTakeFirstOrThrow()).held);
}

/** An account's ledger in the order it was written (append-only: the id is that order). */
export async function ledgerOf(db: RefundDb, accountId: number): Promise<ApiBalanceEntry[]> {
  const rows = await db
    .selectFrom('balanceEntries')
    .selectAll()
    .where('accountId', '=', accountId)
    .orderBy('id')
    .execute();
  return rows.map((e) => ({ ...e, id: Number(e.id), createdAt: e.createdAt.toISOString() }));
}
