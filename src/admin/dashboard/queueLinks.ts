import { DECIDED_STATUSES, OPEN_STATUSES, type OpenStatus, type RequestStatus } from '../../domain/vocabulary.ts';
import { turnaroundFilterOf } from '../../domain/turnaroundFilter.ts';
import type { BacklogAge, HistogramBucket, StatsRange } from '../../domain/turnaroundStatsTypes.ts';
import { addDays } from '../../domain/workingDays.ts';

/**
 * Where a click on a chart leads: the queue (or the refunds list) filtered to
 * what the bar shows, as a react-admin list URL (`/requests?filter={…}`).
 * Filter keys are the list API's (docs/dashboard-api.md).
 */
type Filter = Record<string, unknown>;

const listUrl = (resource: string, filter: Filter) =>
  `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter), page: '1' })}`;

/** The statuses that carry a turnaround: withdrawn is decided but has none. */
export const TURNAROUND_STATUSES: RequestStatus[] = DECIDED_STATUSES.filter((s) => s !== 'withdrawn');

const whose = (reviewerId: number | undefined): Filter => (reviewerId === undefined ? {} : { assigneeId: reviewerId });
// A reviewer's decisions in the figures are the ones they made (decided_by),
// not the ones they hold now: the same rule in the list (docs/sla-figures.md).
const decidedByWhom = (reviewerId: number | undefined): Filter =>
  reviewerId === undefined ? {} : { decidedBy: reviewerId };

/** Requests decided in the range (the weekly bars, a throughput segment): the turnarounds the chart counts. */
export const decidedQueue = (
  range: StatsRange,
  reviewerId?: number,
  statuses: RequestStatus[] = TURNAROUND_STATUSES,
  more: Filter = {},
) =>
  listUrl('requests', {
    status: statuses,
    decidedFrom: range.from,
    decidedTo: range.to,
    ...decidedByWhom(reviewerId),
    ...more,
  });

/** One histogram bar: decided in the range with a turnaround in the bar's (from, to]. */
export const histogramQueue = (range: StatsRange, bucket: Pick<HistogramBucket, 'from' | 'to'>, reviewerId?: number) =>
  decidedQueue(range, reviewerId, TURNAROUND_STATUSES, { ...turnaroundFilterOf(bucket) });

/** One ISO week (its Monday), cut by the range as the figures are. */
export const weekRange = (start: string, range: StatsRange): StatsRange => {
  const end = addDays(start, 6);
  return { from: start < range.from ? range.from : start, to: end > range.to ? range.to : end };
};

/**
 * A backlog segment: open requests of that status and age now. The ages are the
 * queue's slaState values (">7" is `breached`: the stored dueAt has passed); an
 * unknown age (calendar gap) has no queue filter, so it opens the status only.
 */
export const backlogQueue = (status: OpenStatus, age: BacklogAge, reviewerId?: number) =>
  listUrl('requests', { status, ...(age === 'unknown' ? {} : { slaState: age }), ...whose(reviewerId) });

/** Refunds paid: the refunds list at its "paid" status. */
export const paidRefunds = () => listUrl('refunds', { status: 'paid' });

/** A reviewer's open requests in one status (an information request's bar, for a reviewer: those awaiting the customer). */
export const reviewerQueue = (reviewerId: number, status: OpenStatus) =>
  listUrl('requests', { status, assigneeId: reviewerId });

/**
 * The information requests a reviewer made in the range, as the throughput
 * chart counts them (audit events `request.info_requested` by day in
 * Shanghai): the audit log, for those who read it.
 */
export const infoRequestsLog = (range: StatsRange, reviewerId: number) =>
  listUrl('audit-events', {
    actorId: reviewerId,
    action: 'request.info_requested',
    occurredFrom: range.from,
    occurredTo: range.to,
  });

/** navigate()'s options for a chart's link: the list opens at its top, not at the dashboard's scroll. */
export const FROM_THE_TOP = { state: { _scrollToTop: true } };

/** Every open request (one reviewer's, when given): the backlog as a whole, a workload row. */
export const openQueue = (reviewerId?: number) =>
  listUrl('requests', { status: [...OPEN_STATUSES], ...whose(reviewerId) });
