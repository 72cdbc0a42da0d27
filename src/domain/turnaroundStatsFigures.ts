// The figures over one period: what was decided in it, how fast, and how the
// SLA was kept. Each function is the reference definition the server's SQL
// reproduces; docs/sla-figures.md lists the SQL side of every rule.

import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla.ts';
import { isOpenStatus } from './vocabulary.ts';
import { DAY_MS } from './workingDays.ts';
import { backlogAgeAt } from './turnaroundStatsBacklog.ts';
import { percentileCont, roundAsPostgres } from './turnaroundStatsMath.ts';
import { isIn, type Period } from './turnaroundStatsPeriod.ts';
import type { HistogramBucket, StatsRequest, WithinSla } from './turnaroundStatsTypes.ts';

/** The decisions that have a turnaround; withdrawn requests are counted apart. */
export const TURNAROUND_DECISIONS = ['approved', 'rejected', 'paused_instead'] as const;
export type TurnaroundDecision = (typeof TURNAROUND_DECISIONS)[number];

export type DecidedRequest = StatsRequest & { status: TurnaroundDecision; decidedAt: Date };

/**
 * A stored turnaround (turnaround_ms) in working days, unrounded: the number
 * the request list shows and every figure reads. In SQL,
 * `turnaround_ms::float8 / 86400000` gives the same double.
 */
export function turnaroundWorkingDays(turnaroundMs: number | null): number | null {
  return turnaroundMs === null ? null : turnaroundMs / DAY_MS;
}

/**
 * The turnaround a request shows (the list's turnaroundWorkingDays): its
 * stored turnaround_ms in working days for approved, rejected and paused
 * instead; null for open and withdrawn ones (withdrawing is no decision on
 * the review, so the figures leave it out too).
 */
export function shownTurnaroundWorkingDays(status: string, turnaroundMs: number | null): number | null {
  return (TURNAROUND_DECISIONS as readonly string[]).includes(status) ? turnaroundWorkingDays(turnaroundMs) : null;
}

export function isTurnaroundDecision(request: StatsRequest): request is DecidedRequest {
  return (TURNAROUND_DECISIONS as readonly string[]).includes(request.status) && request.decidedAt !== null;
}

/** Approved, rejected or paused instead, with the decision inside the period. */
export function decidedIn(requests: readonly StatsRequest[], period: Period): DecidedRequest[] {
  return requests.filter((r): r is DecidedRequest => isTurnaroundDecision(r) && isIn(period, r.decidedAt));
}

export function withdrawnIn(requests: readonly StatsRequest[], period: Period): number {
  return requests.filter((r) => r.status === 'withdrawn' && isIn(period, r.decidedAt)).length;
}

// A decided request without a turnaround (its interval touched a year with no
// calendar) counts as decided but is in no percentile, bucket, met or missed.
function turnaroundsOf(decided: readonly StatsRequest[]): number[] {
  return decided.flatMap((r) => (r.turnaroundWorkingDays === null ? [] : [r.turnaroundWorkingDays]));
}

function roundedPercentile(decided: readonly StatsRequest[], fraction: number): number | null {
  const value = percentileCont(turnaroundsOf(decided), fraction);
  return value === null ? null : roundAsPostgres(value, 2);
}

/** percentile_cont(0.5) of the turnarounds, 2 decimals; null when none has one. */
export function medianWorkingDays(decided: readonly StatsRequest[]): number | null {
  return roundedPercentile(decided, 0.5);
}

/** percentile_cont(0.9) of the turnarounds, 2 decimals; null when none has one. */
export function p90WorkingDays(decided: readonly StatsRequest[]): number | null {
  return roundedPercentile(decided, 0.9);
}

/**
 * Open requests breached now (backlogAgeAt) whose dueAt fell inside the period.
 * A request breached before the period, or due after it, is not counted; one
 * decided since is counted in the period of its decision instead.
 */
export function openBreachedIn(requests: readonly StatsRequest[], period: Period, now: Date): number {
  return requests.filter((r) => isOpenStatus(r.status) && isIn(period, r.dueAt) && backlogAgeAt(r, now) === 'breached')
    .length;
}

/** Share within SLA as a fraction, 4 decimals (round(met::numeric / denominator, 4)); null over nothing. */
export function slaShare(met: number, denominator: number): number | null {
  return denominator === 0 ? null : roundAsPostgres(met / denominator, 4);
}

/**
 * met: turnaround ≤ dueWorkingDays (7 working days exactly is met); missed: over it.
 * The share's denominator is every decided request plus the open breaches, so
 * neither a backlog of breaches nor a turnaround lost to a calendar gap can
 * make it look better.
 */
export function withinSlaOf(
  decided: readonly StatsRequest[],
  openBreached: number,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): WithinSla {
  const turnarounds = turnaroundsOf(decided);
  const met = turnarounds.filter((days) => days <= policy.dueWorkingDays).length;
  const missed = turnarounds.length - met;
  return { met, missed, openBreached, share: slaShare(met, decided.length + openBreached) };
}

export const HISTOGRAM_STEP_DAYS = 0.5;
export const HISTOGRAM_LAST_DAYS = 10;

/**
 * Half-working-day buckets (from, to], the first [0, 0.5] so a request decided
 * the minute it came in (0) is in it, up to (9.5, 10], then "> 10" (to null).
 * Upper bounds are inclusive like the SLA's: exactly 7 is in (6.5, 7], on the
 * met side of the line at 7. All 21 buckets are listed, empty ones as 0.
 * In SQL: least(greatest(ceil(days * 2) - 1, 0), 20).
 */
export function histogramOf(decided: readonly StatsRequest[]): HistogramBucket[] {
  const last = HISTOGRAM_LAST_DAYS / HISTOGRAM_STEP_DAYS;
  const buckets: HistogramBucket[] = [];
  for (let i = 0; i < last; i++) {
    buckets.push({ from: i * HISTOGRAM_STEP_DAYS, to: (i + 1) * HISTOGRAM_STEP_DAYS, count: 0 });
  }
  buckets.push({ from: HISTOGRAM_LAST_DAYS, to: null, count: 0 });
  for (const days of turnaroundsOf(decided)) buckets[histogramBucketOf(days)]!.count += 1;
  return buckets;
}

/** The index in histogramOf of a turnaround in working days (SQL: turnaround_bucket, migration 013). */
export function histogramBucketOf(days: number): number {
  const last = HISTOGRAM_LAST_DAYS / HISTOGRAM_STEP_DAYS;
  return Math.min(Math.max(Math.ceil(days / HISTOGRAM_STEP_DAYS) - 1, 0), last);
}

/**
 * Whether every turnaround in a histogram bucket met the SLA (at most
 * dueWorkingDays). The due line falls on a bucket boundary, so a bucket is
 * wholly met or wholly missed, and the figures can count met from buckets.
 */
export function bucketIsMet(bucket: number, policy: SlaPolicy = DEFAULT_SLA_POLICY): boolean {
  const edge = policy.dueWorkingDays / HISTOGRAM_STEP_DAYS;
  if (!Number.isInteger(edge) || policy.dueWorkingDays >= HISTOGRAM_LAST_DAYS) {
    throw new RangeError(`the due line (${policy.dueWorkingDays}) must fall on a bucket boundary below the last`);
  }
  return bucket < edge;
}

/**
 * The stored turnaround (ms) that a bucket's turnarounds are all above, null
 * for the first (it holds 0 and anything below half a day). Whole ms: a half
 * working day is 43,200,000 ms, so the SQL can compare integers.
 */
export function bucketFloorMs(bucket: number): number | null {
  return bucket <= 0 ? null : bucket * HISTOGRAM_STEP_DAYS * DAY_MS;
}
