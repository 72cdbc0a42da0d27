// The SLA age of open requests, judged as the queue's SLA filter judges it
// in server sql/requests.ts: the stored deadlines against the request's
// clock. So the backlog's ">7" bar and the open breaches are exactly the
// requests the queue lists under "breached", and SQL reads them from stored
// columns without walking the calendar per row.

import { isOpenStatus, OPEN_STATUSES } from './vocabulary.ts';
import type { BacklogAge, BacklogRow, StatsRequest } from './turnaroundStatsTypes.ts';

/**
 * The instant an open request's SLA clock reads: now while it runs, the start
 * of the pause while it awaits the customer (a paused clock does not advance).
 */
export function slaClock(request: StatsRequest, now: Date): Date {
  return request.status === 'awaiting_customer' && request.pausedAt ? request.pausedAt : now;
}

/**
 * An open request's age bucket now, by working time so far with pauses
 * excluded, read from its stored deadlines (sla.ts slaDeadlines):
 * - on_track "<3": clock < riskAt;
 * - at_risk "3-7": riskAt ≤ clock ≤ dueAt (3 and exactly 7 working days are here);
 * - breached ">7": dueAt < clock;
 * - unknown: a deadline is missing because the calendar had a gap.
 * This is what sla.ts computeSla says of an open request: when dueAt is the
 * end (24:00) of a working day followed by days off, both call it breached
 * from dueAt on, although the working time still reads exactly 7.
 */
export function backlogAgeAt(request: StatsRequest, now: Date): BacklogAge {
  if (request.riskAt === null || request.dueAt === null) return 'unknown';
  const clock = slaClock(request, now);
  if (request.dueAt < clock) return 'breached';
  if (request.riskAt <= clock) return 'at_risk';
  return 'on_track';
}

/** Open requests now by status × age, one row per open status, zeros included. */
export function backlogOf(requests: readonly StatsRequest[], now: Date): BacklogRow[] {
  const rows = OPEN_STATUSES.map((status) => ({ status, age: { on_track: 0, at_risk: 0, breached: 0, unknown: 0 } }));
  for (const request of requests) {
    if (!isOpenStatus(request.status)) continue;
    rows[OPEN_STATUSES.indexOf(request.status)]!.age[backlogAgeAt(request, now)] += 1;
  }
  return rows;
}

/**
 * backlogAgeAt for a running clock, known from the Shanghai days ('YYYY-MM-DD',
 * null when missing) of the deadlines alone, or 'today' when a deadline falls
 * on today and only its instant can tell. So the server can age open requests
 * from counts per day (open_counts, migration 015) and read only today's from
 * the rows. A deadline on an earlier day has passed by any instant of today;
 * one on a later day has not.
 */
export function backlogAgeOnDays(dueDay: string | null, riskDay: string | null, today: string): BacklogAge | 'today' {
  if (dueDay === null || riskDay === null) return 'unknown';
  if (dueDay < today) return 'breached';
  if (dueDay === today) return 'today';
  if (riskDay < today) return 'at_risk';
  if (riskDay === today) return 'today';
  return 'on_track';
}
