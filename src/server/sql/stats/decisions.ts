import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_SLA_POLICY } from '../../../domain/sla.ts';
import { roundAsPostgres } from '../../../domain/turnaroundStatsMath.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { DAY_MS } from '../../../domain/workingDays.ts';
import { mondayOfWeekNumber, weekNumberSql } from './shanghaiWeek.ts';

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

interface Row {
  kind: number;
  k1: number | null;
  k2: number | null;
  a: number;
  b: number;
  c: number;
  d: number;
  /** Unrounded percentile_cont results; null elements where nothing had a turnaround. */
  p: (number | null)[] | null;
}

// Whose decisions one reviewer's figures count (belongsToReviewer): the ones
// they made, and the withdrawn ones they held.
const reviewerFilter = (reviewerId: number | undefined) =>
  reviewerId === undefined
    ? sql``
    : sql`AND (CASE WHEN status = 'withdrawn' THEN assignee_id ELSE decided_by END) = ${reviewerId}`;

// Rounded here rather than in SQL: roundAsPostgres is round(x::numeric, 2)
// digit for digit, and the two percentiles then come from one sort.
const round2 = (x: number | null | undefined) => (x === null || x === undefined ? null : roundAsPostgres(x, 2));

/**
 * Every figure over the requests decided in the period, from one index-only
 * scan of requests_decided_stats_idx (migration 011) kept as a materialized
 * CTE: kind 0 the totals with percentile_cont(0.5 and 0.9), 1 the weeks with
 * their medians, 2 the histogram buckets, 3 reviewer × week (throughput).
 * Turnarounds are the stored turnaround_ms, never recomputed here.
 */
export async function decisionFigures(
  db: Kysely<DB>,
  period: Period,
  reviewerId: number | undefined,
): Promise<DecisionFigures> {
  const due = DEFAULT_SLA_POLICY.dueWorkingDays;
  const result = await sql<Row>`
    WITH d AS MATERIALIZED (
      SELECT status, decided_by,
             CASE WHEN status <> 'withdrawn' THEN turnaround_ms::float8 / ${DAY_MS} END AS days,
             ${weekNumberSql(sql.ref('decided_at'))} AS wk
        FROM cancellation_requests
       -- Only decided requests have a decided_at (a CHECK of migration 001), so no status filter.
       WHERE decided_at >= ${period.start} AND decided_at < ${period.end}
         ${reviewerFilter(reviewerId)}
    )
    SELECT 0 AS kind, NULL::int AS k1, NULL::int AS k2,
           count(*) FILTER (WHERE status <> 'withdrawn')::int AS a,
           count(*) FILTER (WHERE days <= ${due})::int AS b,
           count(*) FILTER (WHERE days > ${due})::int AS c,
           count(*) FILTER (WHERE status = 'withdrawn')::int AS d,
           percentile_cont(array[0.5, 0.9]) WITHIN GROUP (ORDER BY days) AS p
      FROM d
    UNION ALL
    SELECT 1, wk, NULL, count(*) FILTER (WHERE status <> 'withdrawn')::int, count(*) FILTER (WHERE days <= ${due})::int,
           0, 0, array[percentile_cont(0.5) WITHIN GROUP (ORDER BY days)]
      FROM d GROUP BY wk
    UNION ALL
    SELECT 2, least(greatest(ceil(days * 2) - 1, 0), 20)::int, NULL, count(*)::int, 0, 0, 0, NULL
      FROM d WHERE days IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 3, wk, decided_by, count(*) FILTER (WHERE status = 'approved')::int,
           count(*) FILTER (WHERE status = 'rejected')::int, count(*) FILTER (WHERE status = 'paused_instead')::int, 0, NULL
      FROM d WHERE status <> 'withdrawn' AND decided_by IS NOT NULL GROUP BY 2, 3
  `.execute(db);

  const figures: DecisionFigures = {
    all: { decided: 0, met: 0, missed: 0, withdrawn: 0, median: null, p90: null },
    buckets: new Map(),
    weeks: new Map(),
    reviewerWeeks: [],
  };
  for (const r of result.rows) {
    if (r.kind === 0) {
      figures.all = {
        decided: r.a,
        met: r.b,
        missed: r.c,
        withdrawn: r.d,
        median: round2(r.p?.[0]),
        p90: round2(r.p?.[1]),
      };
    } else if (r.kind === 1) {
      figures.weeks.set(mondayOfWeekNumber(r.k1!), { decided: r.a, met: r.b, median: round2(r.p?.[0]) });
    } else if (r.kind === 2) {
      figures.buckets.set(r.k1!, r.a);
    } else {
      figures.reviewerWeeks.push({
        week: mondayOfWeekNumber(r.k1!),
        reviewer: r.k2!,
        approved: r.a,
        rejected: r.b,
        pausedInstead: r.c,
      });
    }
  }
  return figures;
}
