import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

const DEFAULT_DUAL_APPROVAL_FEN = 100_000;

/** Refunds above this many fen need two different finance approvals (default ¥1,000). */
export async function dualApprovalThresholdFen(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'refund_dual_approval_fen')
    .executeTakeFirst();
  const value = Number(row?.value);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_DUAL_APPROVAL_FEN;
}
