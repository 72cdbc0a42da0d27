import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './columnTypes.ts';
import type { BalanceEntryKind } from '../../domain/refundRecord.ts';

// The refund side's own tables (migration 010): the balance ledger and pay's Idempotency-Keys.

/** Append-only: the database refuses UPDATE and DELETE; accounts.balance_fen is their sum. */
export interface BalanceEntriesTable {
  id: Generated<number>;
  accountId: number;
  kind: BalanceEntryKind;
  /** Signed fen: a refund paid is negative. */
  amountFen: number;
  refundId: number | null;
  reason: string | null;
  createdBy: number | null;
  createdAt: CreatedAt;
}

/** One row per (caller, Idempotency-Key) of POST /api/refunds/:id/pay; completedAt null = still running. */
export interface RefundPayoutKeysTable {
  staffId: number;
  idempotencyKey: string;
  refundId: number;
  fingerprint: string;
  createdAt: CreatedAt;
  completedAt: Timestamp | null;
  responseStatus: number | null;
  responseBody: unknown;
}
