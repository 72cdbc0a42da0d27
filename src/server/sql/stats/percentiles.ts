import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { bucketFloorMs, turnaroundWorkingDays } from '../../../domain/turnaroundStatsFigures.ts';
import { interpolateRanks, percentileRanks, roundAsPostgres } from '../../../domain/turnaroundStatsMath.ts';
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
export function locateRank(counts: Iterable<readonly [bucket: number, n: number]>, rank: number) {
  let before = 0;
  for (const [bucket, n] of counts) {
    if (rank < before + n) return { bucket, offset: rank - before };
    before += n;
  }
  throw new RangeError(`rank ${rank} beyond ${before} counted values`);
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
    const total = ask.buckets.reduce<number>((sum, n = 0) => sum + n, 0);
    const ranks = percentileRanks(total, ask.fraction);
    return ranks ? [{ ask, ranks, ...locateRank(entriesOf(ask.buckets), ranks.lowRank) }] : [];
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
    const [low, high] = ms.map((m) => turnaroundWorkingDays(m)!);
    if (low === undefined || (high === undefined && ranks.highRank > ranks.lowRank)) {
      throw new Error(
        `no turnaround at rank ${ranks.lowRank} for ${ask.key}: decision_counts and the requests disagree`,
      );
    }
    found.set(ask.key, roundAsPostgres(interpolateRanks(ranks, low, high ?? low), 2));
  }
  return found;
}
