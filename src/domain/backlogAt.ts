// The backlog at an instant in the past, from stored columns only, so the
// backlog KPI can be compared with the previous period like the other cards
// (docs/sla-figures.md, "backlog at the range's start and end").

import { belongsToReviewer } from './turnaroundStats.ts';
import { periodOf } from './turnaroundStatsPeriod.ts';
import type { BacklogAtRange, StatsQuery, StatsRequest } from './turnaroundStatsTypes.ts';

export type { BacklogAtRange };

/**
 * Open at instant `at`: submitted before it and not decided (approved, rejected,
 * paused instead or withdrawn: decidedAt) before it. "Before" on both sides, so
 * between two instants the backlog grows by what was submitted in [a, b) and
 * shrinks by what was decided in [a, b): the range's own half-open days.
 */
export function isOpenAt(request: Pick<StatsRequest, 'submittedAt' | 'decidedAt'>, at: Date): boolean {
  return request.submittedAt < at && (request.decidedAt === null || request.decidedAt >= at);
}

/**
 * How many requests were open at `at`. A reviewer's (reviewerId) are those
 * belongsToReviewer gives them today: the decider of a decided one, the current
 * assignee of an open or withdrawn one. Who held a request at `at` is only in
 * the audit log, and the figures read stored columns only.
 */
export function backlogAt(requests: readonly StatsRequest[], at: Date, reviewerId?: number): number {
  return requests.filter((r) => isOpenAt(r, at) && (reviewerId === undefined || belongsToReviewer(r, reviewerId)))
    .length;
}

/** The instants backlogAtRange reads: the range's start and end, neither later than now (the future has no backlog yet). */
export function backlogInstants({ range, now }: Pick<StatsQuery, 'range' | 'now'>): { start: Date; end: Date } {
  const period = periodOf(range);
  const notAfterNow = (d: Date) => (d > now ? now : d);
  return { start: notAfterNow(period.start), end: notAfterNow(period.end) };
}

export function backlogAtRange(requests: readonly StatsRequest[], query: StatsQuery): BacklogAtRange {
  const { start, end } = backlogInstants(query);
  return {
    backlogAtStart: backlogAt(requests, start, query.reviewerId),
    backlogAtEnd: backlogAt(requests, end, query.reviewerId),
  };
}
