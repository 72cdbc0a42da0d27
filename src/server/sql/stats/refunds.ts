import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { mondayOfWeekNumber, weekNumberSql } from './shanghaiWeek.ts';

/** Refunds not paid out yet, now: waiting for approval, approved, or a failed payout to retry. */
export async function pendingRefunds(db: Kysely<DB>) {
  const result = await sql<{ n: number; fen: number }>`
    SELECT count(*)::int AS n, coalesce(sum(amount_fen), 0)::int8 AS fen
      FROM refunds WHERE status IN ('pending_approval', 'approved', 'failed')
  `.execute(db);
  return result.rows[0] ?? { n: 0, fen: 0 };
}

/**
 * Refunds paid in the period per ISO week of payment, and over the whole
 * period the median wall-clock hours from the last approval (the second when
 * two were needed) to payment, 2 decimals as round(x::numeric, 2).
 */
export async function paidRefunds(db: Kysely<DB>, period: Period) {
  const result = await sql<{ wk: number | null; n: number; fen: number; medianHours: number | null }>`
    WITH p AS (
      SELECT amount_fen, ${weekNumberSql(sql.ref('paid_at'))} AS wk,
             date_part('epoch', paid_at - coalesce(second_approved_at, first_approved_at)) / 3600 AS hours
        FROM refunds
       WHERE status = 'paid' AND paid_at >= ${period.start} AND paid_at < ${period.end}
    )
    SELECT wk, count(*)::int AS n, coalesce(sum(amount_fen), 0)::int8 AS fen,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::numeric, 2)::float8 AS median_hours
      FROM p
     GROUP BY GROUPING SETS ((), (wk))
  `.execute(db);
  return result.rows.map(({ wk, ...r }) => ({ ...r, week: wk === null ? null : mondayOfWeekNumber(wk) }));
}
