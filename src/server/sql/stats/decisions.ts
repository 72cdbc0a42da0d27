import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_SLA_POLICY } from '../../../domain/sla.ts';
import { bucketIsMet } from '../../../domain/turnaroundStatsFigures.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { shanghaiDay } from '../../../domain/workingDays.ts';
import { percentilesOf, type PercentileAsk } from './percentiles.ts';
import { mondayOfWeekNumber } from './shanghaiWeek.ts';

interface Counts {
  decided: number;
  met: number;
}

export interface DecisionFigures {
  all: Counts & { withdrawn: number; missed: number; median: number | null; p90: number | null };
  /** By histogram bucket index (turnaroundStatsFigures.histogramOf): decided with a turnaround. */
  buckets: Map<number, number>;
  /** By Monday 'YYYY-MM-DD'. */
  weeks: Map<string, Counts & { median: number | null }>;
  /** Per Monday and decider, only deciders with something decided. */
  reviewerWeeks: { week: string; reviewer: number; approved: number; rejected: number; pausedInstead: number }[];
}

/** A sum over decision_counts: per week and bucket (kind 'b') or per week, reviewer and status (kind 'r'). */
interface CountRow {
  kind: 'b' | 'r';
  wk: number;
  /** Kind 'b': whether these are withdrawals (counted apart, with no turnaround). */
  withdrawn: boolean | null;
  /** Kind 'b': turnaround_bucket (migration 013), -1 for no turnaround. */
  bucket: number | null;
  /** Kind 'r'. */
  reviewer: number | null;
  status: 'approved' | 'rejected' | 'paused_instead' | 'withdrawn' | null;
  n: number;
}

/** Counts by bucket, for one week or the whole range: what the percentiles need to find a rank. */
type BucketCounts = number[];

const addTo = (counts: BucketCounts, bucket: number, n: number) => {
  counts[bucket] = (counts[bucket] ?? 0) + n;
};

/**
 * Every figure over the requests decided in the period, from decision_counts
 * (migration 013: per Shanghai day, reviewer, status and histogram bucket,
 * kept by triggers) rather than from the requests: the totals, histogram,
 * weeks and throughput are sums of its rows. The median and p90 stay exact
 * percentile_cont over the stored turnarounds: the counts say which bucket
 * holds each rank wanted, and percentiles.ts reads that bucket's entries.
 */
export async function decisionFigures(
  db: Kysely<DB>,
  period: Period,
  reviewerId: number | undefined,
): Promise<DecisionFigures> {
  // Period bounds are Shanghai midnights (periodOf), so whole days select the same decisions.
  // Two groupings in one pass, so a year's range returns hundreds of rows, not one per key.
  const result = await sql<CountRow>`
    SELECT CASE WHEN grouping(bucket) = 0 THEN 'b' ELSE 'r' END AS kind, wk, withdrawn, bucket, reviewer_id AS reviewer,
           status, sum(n)::int AS n
      FROM (SELECT (day - date '1969-12-29') / 7 AS wk, status = 'withdrawn' AS withdrawn, bucket, reviewer_id, status, n
              FROM decision_counts
             WHERE day >= ${shanghaiDay(period.start)} AND day < ${shanghaiDay(period.end)}
               ${reviewerId === undefined ? sql`` : sql`AND reviewer_id = ${reviewerId}`}) c
     GROUP BY GROUPING SETS ((wk, withdrawn, bucket), (wk, reviewer_id, status))
    HAVING sum(n) <> 0
  `.execute(db);

  const all = { decided: 0, met: 0, missed: 0, withdrawn: 0 };
  const allBuckets: BucketCounts = [];
  const weeks = new Map<number, Counts & { buckets: BucketCounts }>();
  const reviewerWeeks: DecisionFigures['reviewerWeeks'] = [];
  for (const r of result.rows) {
    if (r.kind === 'r') {
      if (r.reviewer === 0 || r.status === 'withdrawn') continue;
      reviewerWeeks.push({
        week: mondayOfWeekNumber(r.wk),
        reviewer: r.reviewer!,
        approved: r.status === 'approved' ? r.n : 0,
        rejected: r.status === 'rejected' ? r.n : 0,
        pausedInstead: r.status === 'paused_instead' ? r.n : 0,
      });
      continue;
    }
    if (r.withdrawn) {
      all.withdrawn += r.n;
      continue;
    }
    const week = weeks.get(r.wk) ?? { decided: 0, met: 0, buckets: [] };
    weeks.set(r.wk, week);
    all.decided += r.n;
    week.decided += r.n;
    const bucket = r.bucket!;
    if (bucket >= 0) {
      addTo(allBuckets, bucket, r.n);
      addTo(week.buckets, bucket, r.n);
      if (bucketIsMet(bucket, DEFAULT_SLA_POLICY)) {
        all.met += r.n;
        week.met += r.n;
      } else all.missed += r.n;
    }
  }

  const asks: PercentileAsk[] = [
    { key: 'median', fraction: 0.5, buckets: allBuckets },
    { key: 'p90', fraction: 0.9, buckets: allBuckets },
    ...[...weeks].map(([wk, w]) => ({ key: `week ${wk}`, week: wk, fraction: 0.5, buckets: w.buckets })),
  ];
  const found = await percentilesOf(db, period, reviewerId, asks);

  return {
    all: { ...all, median: found.get('median') ?? null, p90: found.get('p90') ?? null },
    buckets: new Map(allBuckets.flatMap((n, bucket) => (n ? [[bucket, n] as const] : []))),
    weeks: new Map(
      [...weeks].map(([wk, w]) => [
        mondayOfWeekNumber(wk),
        { decided: w.decided, met: w.met, median: found.get(`week ${wk}`) ?? null },
      ]),
    ),
    reviewerWeeks: mergeByWeekAndReviewer(reviewerWeeks),
  };
}

/** One row per week and reviewer (the SQL gives one per status). */
function mergeByWeekAndReviewer(rows: DecisionFigures['reviewerWeeks']): DecisionFigures['reviewerWeeks'] {
  const merged = new Map<string, DecisionFigures['reviewerWeeks'][number]>();
  for (const r of rows) {
    const key = `${r.week} ${r.reviewer}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { ...r });
    else {
      m.approved += r.approved;
      m.rejected += r.rejected;
      m.pausedInstead += r.pausedInstead;
    }
  }
  return [...merged.values()];
}
