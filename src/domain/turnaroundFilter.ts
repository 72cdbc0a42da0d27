// The request list's turnaround filter, and the histogram bucket each bar of the
// dashboard turns into: the same half-open intervals, so a bar's click lists
// exactly the requests the bar counts (docs/sla-figures.md, "histogram").

import { TURNAROUND_DECISIONS } from './turnaroundStatsFigures.ts';
import type { HistogramBucket } from './turnaroundStatsTypes.ts';

/**
 * `turnaroundFrom` exclusive, `turnaroundTo` inclusive, in working days: the
 * histogram's buckets are (a, b] (the SLA's own "at most 7 is met"). Either end
 * may be left out.
 */
export interface TurnaroundFilter {
  turnaroundFrom?: number;
  turnaroundTo?: number;
}

/**
 * Whether a request is in the filter: approved, rejected or paused instead,
 * with a stored turnaround (in working days, unrounded, as the list shows it)
 * in (from, to]. Open and withdrawn requests and a decision with no turnaround
 * (calendar gap) have none and are never in it.
 */
export function inTurnaroundFilter(
  request: { status: string; turnaroundWorkingDays: number | null },
  { turnaroundFrom, turnaroundTo }: TurnaroundFilter,
): boolean {
  const days = request.turnaroundWorkingDays;
  if (days === null || !(TURNAROUND_DECISIONS as readonly string[]).includes(request.status)) return false;
  return (
    (turnaroundFrom === undefined || days > turnaroundFrom) && (turnaroundTo === undefined || days <= turnaroundTo)
  );
}

/**
 * The list filter of one histogram bar. The first bucket is [0, 0.5]: a request
 * decided the instant it came in (0) is in it, so it has no lower end; the
 * last, "> 10", has no upper end.
 */
export function turnaroundFilterOf(bucket: Pick<HistogramBucket, 'from' | 'to'>): TurnaroundFilter {
  return {
    ...(bucket.from > 0 ? { turnaroundFrom: bucket.from } : {}),
    ...(bucket.to === null ? {} : { turnaroundTo: bucket.to }),
  };
}

/** "from after to" (an empty (a, a] is allowed, and lists nothing). */
export const turnaroundFilterReversed = ({ turnaroundFrom, turnaroundTo }: TurnaroundFilter) =>
  turnaroundFrom !== undefined && turnaroundTo !== undefined && turnaroundFrom > turnaroundTo;
