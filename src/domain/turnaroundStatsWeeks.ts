// The per-week figures: the SLA week by week, and what each reviewer did.
// Weeks are ISO weeks of Asia/Shanghai days, cut by the range at both ends.

import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla.ts';
import { decidedIn, medianWorkingDays, openBreachedIn, withinSlaOf } from './turnaroundStatsFigures.ts';
import { intersect, isIn, isoWeekOf, isoWeeksOf, periodOf, periodOfWeek } from './turnaroundStatsPeriod.ts';
import type { InfoRequestEvent, StatsRange, StatsRequest, ThroughputRow, WeekFigures } from './turnaroundStatsTypes.ts';

/**
 * Every ISO week overlapping the range, in order, empty ones included (share
 * and median null): decided, met, open breaches and share as withinSla over
 * the part of the week inside the range, and the median turnaround.
 */
export function weeklyOf(
  requests: readonly StatsRequest[],
  range: StatsRange,
  now: Date,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): WeekFigures[] {
  const period = periodOf(range);
  return isoWeeksOf(range).map((week) => {
    const part = intersect(periodOfWeek(week), period)!;
    const decided = decidedIn(requests, part);
    const { met, openBreached, share } = withinSlaOf(decided, openBreachedIn(requests, part, now), policy);
    return {
      ...week,
      decided: decided.length,
      met,
      openBreached,
      share,
      medianWorkingDays: medianWorkingDays(decided),
    };
  });
}

type Tally = Omit<ThroughputRow, 'week' | 'start' | 'reviewerId'>;

const decisionColumn = { approved: 'approved', rejected: 'rejected', paused_instead: 'pausedInstead' } as const;

/**
 * Per reviewer per ISO week, inside the range: decisions by the reviewer who
 * made them (decidedBy, the week of decidedAt) and requests for information by
 * the staff member who asked (the week they asked). Only rows with something
 * in them, ordered by week, then reviewer id. Withdrawals are the customer's,
 * not a reviewer's, and do not appear.
 */
export function throughputOf(
  requests: readonly StatsRequest[],
  infoRequests: readonly InfoRequestEvent[],
  range: StatsRange,
): ThroughputRow[] {
  const period = periodOf(range);
  const rows = new Map<string, ThroughputRow>();
  const tally = (reviewerId: number, at: Date, column: keyof Tally) => {
    const week = isoWeekOf(at);
    const key = `${week.start} ${reviewerId}`;
    let row = rows.get(key);
    if (!row) {
      row = { ...week, reviewerId, approved: 0, rejected: 0, pausedInstead: 0, infoRequested: 0 };
      rows.set(key, row);
    }
    row[column] += 1;
  };
  for (const r of decidedIn(requests, period)) {
    if (r.decidedBy !== null) tally(r.decidedBy, r.decidedAt, decisionColumn[r.status]);
  }
  for (const event of infoRequests) {
    if (isIn(period, event.at)) tally(event.actorId, event.at, 'infoRequested');
  }
  return [...rows.values()].sort((a, b) => a.start.localeCompare(b.start) || a.reviewerId - b.reviewerId);
}
