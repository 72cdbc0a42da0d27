import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { compileBulkInsert } from './bulkInsert.ts';
import {
  ACCOUNT_COLUMNS,
  AUDIT_COLUMNS,
  BALANCE_ENTRY_COLUMNS,
  DOCUMENT_COLUMNS,
  NOTIFICATION_COLUMNS,
  ORDER_COLUMNS,
  REFUND_COLUMNS,
  REQUEST_COLUMNS,
} from './columns.ts';
import { addDraftRows, emptyChunk } from './rows.ts';
import type { RequestDraft } from './draftTypes.ts';

// A chunk of drafts is written in two steps. prepareChunk takes ids from the
// tables' own sequences (so the app's later inserts never collide with demo rows,
// and an append never collides with what is there), builds the rows and compiles
// the INSERTs; it needs no transaction, so on PostgreSQL it runs on another
// connection while the previous chunk is written. writeChunk then runs the
// INSERTs, parents first, in one transaction.

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

interface IdBlocks {
  accounts: number[];
  requests: number[];
  numbers: number[];
  orders: number[];
  documents: number[];
  refunds: number[];
}

/** All of a chunk's ids in one round trip; nextval is never rolled back, so gaps are the only cost. */
async function takeIds(
  db: Kysely<DB>,
  n: { requests: number; orders: number; documents: number; refunds: number },
): Promise<IdBlocks> {
  const block = (sequence: string, count: number) =>
    sql<
      number[]
    >`ARRAY(SELECT nextval(${sequence}::regclass)::integer FROM generate_series(1, ${count}::integer) ORDER BY 1)`;
  const result = await sql<IdBlocks>`SELECT
      ${block('accounts_id_seq', n.requests)} AS accounts,
      ${block('cancellation_requests_id_seq', n.requests)} AS requests,
      ${block('request_number_seq', n.requests)} AS numbers,
      ${block('orders_id_seq', n.orders)} AS orders,
      ${block('documents_id_seq', n.documents)} AS documents,
      ${block('refunds_id_seq', n.refunds)} AS refunds`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('no ids returned');
  return row;
}

export interface PreparedChunk {
  queries: CompiledQuery[];
  counts: ChunkCounts;
}

export async function prepareChunk(db: Kysely<DB>, drafts: readonly RequestDraft[]): Promise<PreparedChunk> {
  const count = (f: (d: RequestDraft) => number) => drafts.reduce((sum, d) => sum + f(d), 0);
  const ids = await takeIds(db, {
    requests: drafts.length,
    orders: count((d) => d.account.orders.length),
    documents: count((d) => d.documents.length),
    refunds: count((d) => (d.refund ? 1 : 0)),
  });
  let order = 0;
  let document = 0;
  let refund = 0;
  const rows = emptyChunk();
  drafts.forEach((d, i) => {
    addDraftRows(rows, d, {
      accountId: ids.accounts[i] ?? 0,
      requestId: ids.requests[i] ?? 0,
      requestSeq: ids.numbers[i] ?? 0,
      orderIds: ids.orders.slice(order, (order += d.account.orders.length)),
      documentIds: ids.documents.slice(document, (document += d.documents.length)),
      refundId: d.refund ? (ids.refunds[refund++] ?? null) : null,
    });
  });
  return {
    queries: [
      ...compileBulkInsert(db, 'accounts', ACCOUNT_COLUMNS, rows.accounts),
      ...compileBulkInsert(db, 'orders', ORDER_COLUMNS, rows.orders),
      ...compileBulkInsert(db, 'cancellationRequests', REQUEST_COLUMNS, rows.requests),
      ...compileBulkInsert(db, 'documents', DOCUMENT_COLUMNS, rows.documents),
      ...compileBulkInsert(db, 'refunds', REFUND_COLUMNS, rows.refunds),
      // Paid refunds' ledger entries (the trigger lowers each account's balance by them).
      ...compileBulkInsert(db, 'balanceEntries', BALANCE_ENTRY_COLUMNS, rows.balanceEntries),
      ...compileBulkInsert(db, 'notifications', NOTIFICATION_COLUMNS, rows.notifications),
      ...compileBulkInsert(db, 'auditEvents', AUDIT_COLUMNS, rows.audit),
    ],
    counts: {
      accounts: rows.accounts.length,
      orders: rows.orders.length,
      requests: rows.requests.length,
      documents: rows.documents.length,
      refunds: rows.refunds.length,
      notifications: rows.notifications.length,
      audit: rows.audit.length,
    },
  };
}

export async function writeChunk(db: Kysely<DB>, chunk: PreparedChunk): Promise<ChunkCounts> {
  await db.transaction().execute(async (trx) => {
    for (const query of chunk.queries) await trx.executeQuery(query);
  });
  return chunk.counts;
}
