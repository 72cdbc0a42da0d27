import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { bucketFloorMs, turnaroundWorkingDays } from '../../../domain/turnaroundStatsFigures.ts';
import {
  interpolateRanks,
  percentileRanks,
  roundAsPostgres,
  type PercentileRanks,
} from '../../../domain/turnaroundStatsMath.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';

export interface PercentileAsk {
  key: string;
  fraction: number;
  /** The decisions' counts per histogram bucket (decision_counts), over what the percentile is of. */
  buckets: readonly (number | undefined)[];
  /** Only decisions of this week (shanghai_week, migration 013): the weekly medians. */
  week?: number;
}

/**
 * Which bucket holds the rank-th smallest value (0-based), and how many of
 * its own values come before it, from counts per bucket in ascending order.
 */
function locateRank(counts: readonly (readonly [bucket: number, n: number])[], rank: number) {
  let before = 0;
  for (const [bucket, n] of counts) {
    if (rank < before + n) return { bucket, offset: rank - before };
    before += n;
  }
  throw new RangeError(`rank ${rank} beyond ${before} counted values`);
}

/**
 * Where percentile_cont(fraction) of the counted values reads: its two ranks,
 * the bucket holding the lower one and how many of that bucket's values to
 * skip. null when nothing is counted.
 */
export function planPercentile(counts: readonly (readonly [bucket: number, n: number])[], fraction: number) {
  const ranks = percentileRanks(
    counts.reduce((sum, [, n]) => sum + n, 0),
    fraction,
  );
  return ranks && { ranks, ...locateRank(counts, ranks.lowRank) };
}

/**
 * The percentile from the values read in order from the plan's bucket after
 * skipping its offset (the lower rank's value, then the next one), 2 decimals
 * as round(x::numeric, 2). Throws when they are missing: the counts and the
 * rows they count disagree (`what` says which).
 */
export function percentileFromValues(ranks: PercentileRanks, values: readonly number[], what: string): number {
  const [low, high] = values;
  if (low === undefined || (high === undefined && ranks.highRank > ranks.lowRank)) {
    throw new Error(`no value at rank ${ranks.lowRank}: ${what} and the rows they count disagree`);
  }
  return roundAsPostgres(interpolateRanks(ranks, low, high ?? low), 2);
}

const entriesOf = (buckets: PercentileAsk['buckets']) =>
  [...buckets.entries()].map(([bucket, n = 0]) => [bucket, n] as const);

/**
 * Exact percentile_cont of the stored turnarounds, each rounded to 2 decimals
 * as round(x::numeric, 2), without sorting them: the low rank's bucket is
 * found in the counts, and requests_decided_turnaround_idx (or, for one week,
 * requests_week_turnaround_idx) is read in turnaround order from that
 * bucket's floor, skipping the bucket's smaller entries, for the two values
 * percentile_cont interpolates. One statement for every ask (PGlite has one
 * connection; each subquery is one short index range scan).
 */
export async function percentilesOf(
  db: Kysely<DB>,
  period: Period,
  reviewerId: number | undefined,
  asks: readonly PercentileAsk[],
): Promise<Map<string, number>> {
  const planned = asks.flatMap((ask) => {
    const plan = planPercentile(entriesOf(ask.buckets), ask.fraction);
    return plan ? [{ ask, ...plan }] : [];
  });
  if (planned.length === 0) return new Map();

  const lookups = planned.map(({ ask, bucket, offset }, i) => {
    const floor = bucketFloorMs(bucket);
    return sql`SELECT ${i}::int AS i, ARRAY(
      SELECT turnaround_ms::float8 AS v FROM cancellation_requests
       WHERE decided_at IS NOT NULL AND status <> 'withdrawn' AND turnaround_ms IS NOT NULL
         AND decided_at >= ${period.start} AND decided_at < ${period.end}
         ${ask.week === undefined ? sql`` : sql`AND shanghai_week(decided_at) = ${ask.week}`}
         ${floor === null ? sql`` : sql`AND turnaround_ms > ${floor}`}
         ${reviewerId === undefined ? sql`` : sql`AND decided_by = ${reviewerId}`}
       ORDER BY turnaround_ms OFFSET ${offset} LIMIT 2) AS ms`;
  });
  const result = await sql<{ i: number; ms: number[] }>`${sql.join(lookups, sql` UNION ALL `)}`.execute(db);

  const found = new Map<string, number>();
  for (const { i, ms } of result.rows) {
    const { ask, ranks } = planned[i]!;
    const days = ms.map((m) => turnaroundWorkingDays(m)!);
    found.set(ask.key, percentileFromValues(ranks, days, `decision_counts (${ask.key})`));
  }
  return found;
}
