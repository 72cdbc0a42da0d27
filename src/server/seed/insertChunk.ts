import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { bulkInsert } from './bulkInsert.ts';
import {
  ACCOUNT_COLUMNS, AUDIT_COLUMNS, DOCUMENT_COLUMNS, NOTIFICATION_COLUMNS, ORDER_COLUMNS, REFUND_COLUMNS,
  REQUEST_COLUMNS,
} from './columns.ts';
import { addDraftRows, emptyChunk, type ChunkRows } from './rows.ts';
import type { RequestDraft } from './requestDraft.ts';

// Writes one chunk of drafts in one transaction: ids first (taken from the
// tables' sequences, so the app's own inserts never collide with demo rows),
// then bulk INSERTs in parent-to-child order.

async function takeIds(trx: Transaction<DB>, sequence: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const result = await sql<{ id: number }>`
    SELECT nextval(${sequence}::regclass)::integer AS id FROM generate_series(1, ${n}::integer)`.execute(trx);
  return result.rows.map((r) => r.id).sort((a, b) => a - b);
}

function take<T>(ids: T[], from: { at: number }, n: number): T[] {
  const slice = ids.slice(from.at, from.at + n);
  from.at += n;
  return slice;
}

export interface ChunkCounts {
  accounts: number;
  orders: number;
  requests: number;
  documents: number;
  refunds: number;
  notifications: number;
  audit: number;
}

export function rowCount(c: ChunkCounts): number {
  return c.accounts + c.orders + c.requests + c.documents + c.refunds + c.notifications + c.audit;
}

export async function insertChunk(db: Kysely<DB>, drafts: RequestDraft[]): Promise<ChunkCounts> {
  return db.transaction().execute(async (trx) => {
    const count = (f: (d: RequestDraft) => number) => drafts.reduce((sum, d) => sum + f(d), 0);
    const [accountIds, requestIds, requestSeqs, orderIds, documentIds, refundIds] = [
      await takeIds(trx, 'accounts_id_seq', drafts.length),
      await takeIds(trx, 'cancellation_requests_id_seq', drafts.length),
      await takeIds(trx, 'request_number_seq', drafts.length),
      await takeIds(trx, 'orders_id_seq', count((d) => d.account.orders.length)),
      await takeIds(trx, 'documents_id_seq', count((d) => d.documents.length)),
      await takeIds(trx, 'refunds_id_seq', count((d) => (d.refund ? 1 : 0))),
    ];
    const orderAt = { at: 0 };
    const documentAt = { at: 0 };
    const refundAt = { at: 0 };
    const rows: ChunkRows = emptyChunk();
    drafts.forEach((d, i) => {
      addDraftRows(rows, d, {
        accountId: accountIds[i] ?? 0,
        requestId: requestIds[i] ?? 0,
        requestSeq: requestSeqs[i] ?? 0,
        orderIds: take(orderIds, orderAt, d.account.orders.length),
        documentIds: take(documentIds, documentAt, d.documents.length),
        refundId: d.refund ? (take(refundIds, refundAt, 1)[0] ?? null) : null,
      });
    });
    await bulkInsert(trx, 'accounts', ACCOUNT_COLUMNS, rows.accounts);
    await bulkInsert(trx, 'orders', ORDER_COLUMNS, rows.orders);
    await bulkInsert(trx, 'cancellation_requests', REQUEST_COLUMNS, rows.requests);
    await bulkInsert(trx, 'documents', DOCUMENT_COLUMNS, rows.documents);
    await bulkInsert(trx, 'refunds', REFUND_COLUMNS, rows.refunds);
    await bulkInsert(trx, 'notifications', NOTIFICATION_COLUMNS, rows.notifications);
    await bulkInsert(trx, 'audit_events', AUDIT_COLUMNS, rows.audit);
    return {
      accounts: rows.accounts.length,
      orders: rows.orders.length,
      requests: rows.requests.length,
      documents: rows.documents.length,
      refunds: rows.refunds.length,
      notifications: rows.notifications.length,
      audit: rows.audit.length,
    };
  });
}
