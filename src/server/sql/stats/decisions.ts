import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_SLA_POLICY } from '../../../domain/sla.ts';
import type { Period } from '../../../domain/turnaroundStatsPeriod.ts';
import { DAY_MS } from '../../../domain/workingDays.ts';

/** One group of the decisions in a period: the whole, a histogram bucket, a week, or a reviewer's week. */
export interface DecisionGroup {
  /** 'all' | 'bucket' | 'week' | 'reviewerWeek' */
  kind: string;
  bucket: number | null;
  /** Monday 'YYYY-MM-DD' (Asia/Shanghai) of the decision's ISO week. */
  week: string | null;
  reviewer: number | null;
  decided: number;
  withdrawn: number;
  met: number;
  missed: number;
  approved: number;
  rejected: number;
  pausedInstead: number;
  median: number | null;
  p90: number | null;
}

// Whose decisions one reviewer's figures count (belongsToReviewer): the ones
// they made, and the withdrawn ones they held.
const reviewerFilter = (reviewerId: number | undefined) =>
  reviewerId === undefined
    ? sql``
    : sql`AND (CASE WHEN status = 'withdrawn' THEN assignee_id ELSE decided_by END) = ${reviewerId}`;

/**
 * Every figure over the requests decided in the period, in one pass over
 * requests_decided_stats_idx (migration 011): the grouping sets are the
 * totals, the histogram buckets (turnaroundStatsFigures.histogramOf), ISO
 * weeks and reviewer × week (throughput). Turnarounds are the stored
 * turnaround_ms, never recomputed here.
 */
export async function decisionGroups(
  db: Kysely<DB>,
  period: Period,
  reviewerId: number | undefined,
): Promise<DecisionGroup[]> {
  const due = DEFAULT_SLA_POLICY.dueWorkingDays;
  const result = await sql<DecisionGroup>`
    WITH d AS (
      SELECT status, decided_by,
             CASE WHEN status <> 'withdrawn' THEN turnaround_ms::float8 / ${DAY_MS} END AS days,
             date_trunc('week', decided_at AT TIME ZONE 'Asia/Shanghai') AS wk
        FROM cancellation_requests
       WHERE decided_at >= ${period.start} AND decided_at < ${period.end}
         AND status IN ('approved', 'rejected', 'paused_instead', 'withdrawn')
         ${reviewerFilter(reviewerId)}
    ), g AS (
      SELECT d.*, least(greatest(ceil(days * 2) - 1, 0), 20)::int AS bucket FROM d
    )
    SELECT CASE grouping(bucket, wk, decided_by)
             WHEN 7 THEN 'all' WHEN 3 THEN 'bucket' WHEN 5 THEN 'week' ELSE 'reviewerWeek' END AS kind,
           bucket,
           to_char(wk, 'YYYY-MM-DD') AS week,
           decided_by AS reviewer,
           count(*) FILTER (WHERE status <> 'withdrawn')::int AS decided,
           count(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn,
           count(*) FILTER (WHERE days <= ${due})::int AS met,
           count(*) FILTER (WHERE days > ${due})::int AS missed,
           count(*) FILTER (WHERE status = 'approved')::int AS approved,
           count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
           count(*) FILTER (WHERE status = 'paused_instead')::int AS paused_instead,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::numeric, 2)::float8 AS median,
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY days))::numeric, 2)::float8 AS p90
      FROM g
     GROUP BY GROUPING SETS ((), (bucket), (wk), (wk, decided_by))
  `.execute(db);
  return result.rows;
}
