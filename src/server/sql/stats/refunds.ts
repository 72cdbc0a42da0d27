import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { interpolateRanks, percentileRanks, roundAsPostgres } from '../../../domain/turnaroundStatsMath.ts';
import { isoWeekOfDay, type Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { shanghaiDay } from '../../../domain/workingDays.ts';
import { locateRank } from './percentiles.ts';

interface CountRow {
  status: 'pending_approval' | 'approved' | 'failed' | 'paid';
  /** 'YYYY-MM-DD' of paid_at; null when not paid. */
  paidDay: string | null;
  /** Whole hours from the last approval to payment (capped at 240); -1 where there is none. */
  hours: number;
  n: number;
  fen: number;
}

/**
 * The refund figures' counts, from refund_counts (migration 015, kept by
 * triggers): refunds not paid out yet, now (waiting for approval, approved, or
 * a failed payout to retry), and those paid in the period, per ISO week of
 * payment, with the median wall-clock hours from the last approval (the
 * second when two were needed) to payment, 2 decimals as round(x::numeric, 2)
 * of percentile_cont: the counts per hour locate the median's rank, and
 * refunds_paid_delay_idx gives the two values from that hour on.
 */
export async function refundCounts(db: Kysely<DB>, period: Period) {
  const result = await sql<CountRow>`
    SELECT status, CASE WHEN paid_day = '-infinity' THEN NULL ELSE to_char(paid_day, 'YYYY-MM-DD') END AS paid_day,
           hours, sum(n)::int AS n, sum(fen)::int8 AS fen
      FROM refund_counts
     WHERE status IN ('pending_approval', 'approved', 'failed')
        OR (status = 'paid' AND paid_day >= ${shanghaiDay(period.start)} AND paid_day < ${shanghaiDay(period.end)})
     GROUP BY 1, 2, 3
    HAVING sum(n) <> 0
  `.execute(db);
  const pending = { n: 0, fen: 0 };
  const paidByWeek = new Map<string, { n: number; fen: number }>();
  const byHour = new Map<number, number>();
  for (const r of result.rows) {
    const fen = Number(r.fen);
    if (r.status !== 'paid') {
      pending.n += r.n;
      pending.fen += fen;
      continue;
    }
    const week = isoWeekOfDay(r.paidDay!).start;
    const w = paidByWeek.get(week) ?? { n: 0, fen: 0 };
    paidByWeek.set(week, { n: w.n + r.n, fen: w.fen + fen });
    if (r.hours >= 0) byHour.set(r.hours, (byHour.get(r.hours) ?? 0) + r.n);
  }
  return { pending, paidByWeek, medianHours: await medianHoursToPayment(db, period, byHour) };
}

async function medianHoursToPayment(db: Kysely<DB>, period: Period, byHour: Map<number, number>) {
  const counts = [...byHour].sort(([a], [b]) => a - b);
  const ranks = percentileRanks(
    counts.reduce((sum, [, n]) => sum + n, 0),
    0.5,
  );
  if (ranks === null) return null;
  const { bucket, offset } = locateRank(counts, ranks.lowRank);
  const result = await sql<{ h: number }>`
    SELECT date_part('epoch', refund_delay(paid_at, first_approved_at, second_approved_at)) / 3600 AS h
      FROM refunds
     WHERE status = 'paid' AND paid_at >= ${period.start} AND paid_at < ${period.end}
       AND refund_delay(paid_at, first_approved_at, second_approved_at) >= make_interval(hours => ${bucket})
     ORDER BY refund_delay(paid_at, first_approved_at, second_approved_at) OFFSET ${offset} LIMIT 2
  `.execute(db);
  const [low, high] = result.rows.map((r) => r.h);
  if (low === undefined || (high === undefined && ranks.highRank > ranks.lowRank)) {
    throw new Error('refund_counts and the refunds disagree on the paid delays');
  }
  return roundAsPostgres(interpolateRanks(ranks, low, high ?? low), 2);
}
