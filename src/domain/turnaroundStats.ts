// The turnaround figures managers read (PRODUCT.md, SLA), defined once: the
// server's GET /api/stats/turnaround computes the same in SQL and its tests
// compare the two on a hand-built set. The rules, and where each lives, are in
// docs/sla-figures.md.

import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla.ts';
import { backlogOf } from './turnaroundStatsBacklog.ts';
import {
  decidedIn,
  histogramOf,
  isTurnaroundDecision,
  medianWorkingDays,
  openBreachedIn,
  p90WorkingDays,
  withdrawnIn,
  withinSlaOf,
} from './turnaroundStatsFigures.ts';
import { periodOf } from './turnaroundStatsPeriod.ts';
import { throughputOf, weeklyOf } from './turnaroundStatsWeeks.ts';
import type { InfoRequestEvent, StatsQuery, StatsRequest, TurnaroundStats } from './turnaroundStatsTypes.ts';

export type * from './turnaroundStatsTypes.ts';
export { turnaroundWorkingDays } from './turnaroundStatsFigures.ts';

/**
 * Whose a request is for one reviewer's figures: a decided one is the decider's
 * (approve, reject and pause instead are the assignee's own acts); an open or
 * withdrawn one is its assignee's.
 */
export function belongsToReviewer(request: StatsRequest, reviewerId: number): boolean {
  return isTurnaroundDecision(request) ? request.decidedBy === reviewerId : request.assigneeId === reviewerId;
}

/**
 * Every figure for a range of Asia/Shanghai days (both inclusive, by decision
 * time) read at `now`. `requests` may hold any requests: each figure picks the
 * ones it counts. The backlog is the open requests now, whatever the range.
 */
export function turnaroundStats(
  requests: readonly StatsRequest[],
  infoRequests: readonly InfoRequestEvent[],
  query: StatsQuery,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): TurnaroundStats {
  const { range, now, reviewerId } = query;
  const period = periodOf(range);
  const mine = reviewerId === undefined ? requests : requests.filter((r) => belongsToReviewer(r, reviewerId));
  const asked = reviewerId === undefined ? infoRequests : infoRequests.filter((e) => e.actorId === reviewerId);
  const decided = decidedIn(mine, period);
  return {
    decided: decided.length,
    withdrawn: withdrawnIn(mine, period),
    medianWorkingDays: medianWorkingDays(decided),
    p90WorkingDays: p90WorkingDays(decided),
    withinSla: withinSlaOf(decided, openBreachedIn(mine, period, now), policy),
    histogram: histogramOf(decided),
    weekly: weeklyOf(mine, range, now, policy),
    backlog: backlogOf(mine, now),
    throughput: throughputOf(mine, asked, range),
  };
}
