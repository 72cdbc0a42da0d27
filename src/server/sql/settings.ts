import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DEFAULT_NO_RESPONSE_WORKING_DAYS } from '../../domain/awaitingCustomer.ts';

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

/** Working days without an answer after which a request awaiting the customer may be rejected (default 15). */
export async function noResponseWorkingDays(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'no_response_working_days')
    .executeTakeFirst();
  const value = Number(row?.value);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_NO_RESPONSE_WORKING_DAYS;
}
