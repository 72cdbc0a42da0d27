import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DEFAULT_NO_RESPONSE_WORKING_DAYS } from '../../domain/awaitingCustomer.ts';

const DEFAULT_DUAL_APPROVAL_FEN = 100_000;
const DEFAULT_SLA_TARGET_SHARE = 0.9;

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

/** The share within the SLA the dashboard holds up as the goal (default 0.9; a number in (0, 1]). */
export async function slaTargetShare(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'sla_target_share').executeTakeFirst();
  const value = Number(row?.value);
  return value > 0 && value <= 1 ? value : DEFAULT_SLA_TARGET_SHARE;
}
