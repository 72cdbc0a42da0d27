import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { shanghaiDay } from '../../../domain/workingDays.ts';
import { percentileFromValues, planPercentile } from './percentiles.ts';
import { mondayOfWeekNumber } from './shanghaiWeek.ts';

interface CountRow {
  /** 'pending' (waiting for approval, approved, or failed), 'week' (paid, per week), 'hours' (paid, per hour). */
  kind: 'pending' | 'week' | 'hours';
  /** The Monday of the week paid in, or the whole hours from the last approval to payment (capped at 240). */
  key: string | null;
  n: number;
  fen: string;
}

/**
 * The refund figures' counts, from refund_counts (migration 015, kept by
 * triggers): refunds not paid out yet, now (waiting for approval, approved, or
 * a failed payout to retry), and those paid in the period, per ISO week of
 * payment, with the median wall-clock hours from the last approval (the
 * second when two were needed) to payment, 2 decimals as round(x::numeric, 2)
 * of percentile_cont: the counts per hour locate the median's rank, and
 * refunds_paid_delay_idx gives the two values from that hour on. Summed in
 * SQL to a few rows: per day and hour they are thousands.
 */
export async function refundCounts(db: Kysely<DB>, period: Period) {
  const result = await sql<CountRow>`
    WITH c AS (
      SELECT status, CASE WHEN status = 'paid' THEN (paid_day - date '1969-12-29') / 7 END AS wk, hours, n, fen
        FROM refund_counts
       WHERE status IN ('pending_approval', 'approved', 'failed')
          OR (status = 'paid' AND paid_day >= ${shanghaiDay(period.start)} AND paid_day < ${shanghaiDay(period.end)})
    )
    SELECT 'pending' AS kind, NULL AS key, sum(n)::int AS n, sum(fen)::text AS fen FROM c WHERE status <> 'paid'
    UNION ALL
    SELECT 'week', wk::text, sum(n)::int, sum(fen)::text FROM c WHERE status = 'paid' GROUP BY wk HAVING sum(n) <> 0
    UNION ALL
    SELECT 'hours', hours::text, sum(n)::int, '0' FROM c WHERE status = 'paid' AND hours >= 0 GROUP BY hours HAVING sum(n) <> 0
  `.execute(db);
  const pending = { n: 0, fen: 0 };
  const paidByWeek = new Map<string, { n: number; fen: number }>();
  const byHour = new Map<number, number>();
  for (const r of result.rows) {
    if (r.kind === 'pending') Object.assign(pending, { n: r.n ?? 0, fen: Number(r.fen ?? 0) });
    else if (r.kind === 'week') paidByWeek.set(mondayOfWeekNumber(Number(r.key)), { n: r.n, fen: Number(r.fen) });
    else byHour.set(Number(r.key), r.n);
  }
  return { pending, paidByWeek, medianHours: await medianHoursToPayment(db, period, byHour) };
}

async function medianHoursToPayment(db: Kysely<DB>, period: Period, byHour: Map<number, number>) {
  const plan = planPercentile(
    [...byHour].sort(([a], [b]) => a - b),
    0.5,
  );
  if (plan === null) return null;
  const result = await sql<{ h: number }>`
    SELECT date_part('epoch', refund_delay(paid_at, first_approved_at, second_approved_at)) / 3600 AS h
      FROM refunds
     WHERE status = 'paid' AND paid_at >= ${period.start} AND paid_at < ${period.end}
       AND refund_delay(paid_at, first_approved_at, second_approved_at) >= make_interval(hours => ${plan.bucket})
     ORDER BY refund_delay(paid_at, first_approved_at, second_approved_at) OFFSET ${plan.offset} LIMIT 2
  `.execute(db);
  return percentileFromValues(
    plan.ranks,
    result.rows.map((r) => r.h),
    'refund_counts',
  );
}
