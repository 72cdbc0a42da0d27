// What staff may do while a request awaits the customer, beyond the lifecycle's
// moves: how often the customer may be reminded, and when silence becomes a
// reason to reject. The server computes the two instants with the working-day
// calendar; the server's checks and the UI's buttons both read them here.

import type { RejectReasonCode, RequestStatus } from './vocabulary.ts';
import {
  DAY_MS,
  addDays,
  addWorkingMs,
  isWorkingDay,
  shanghaiDay,
  startOfShanghaiDay,
  type WorkingCalendar,
} from './workingDays.ts';

/** Working days without an answer after which the request may be rejected for no response (a setting). */
export const DEFAULT_NO_RESPONSE_WORKING_DAYS = 15;

export interface AwaitingFacts {
  /** When the information request was sent (the pause began). */
  pausedAt: Date;
  /** The last reminder, if any (of this or an earlier information request). */
  remindedAt: Date | null;
}

export interface AwaitingDeadlines {
  /** The customer may be reminded from this instant on. */
  nextReminderAt: Date;
  /** The request may be rejected for no response from this instant on. */
  noResponseRejectAt: Date;
}

/** 00:00 Shanghai of the first working day after the day `instant` falls on. */
function nextWorkingDayStart(cal: WorkingCalendar, instant: Date): Date {
  let day = addDays(shanghaiDay(instant), 1);
  // A year has at most a few weeks of consecutive holidays; the calendar throws on an uncovered year.
  while (!isWorkingDay(cal, day)) day = addDays(day, 1);
  return startOfShanghaiDay(day);
}

/**
 * A message a working day at most: the information request itself counts as the
 * first one, so the first reminder is possible from the next working day.
 * Throws CalendarGapError when the calendar does not cover the days involved.
 */
export function awaitingDeadlines(
  cal: WorkingCalendar,
  f: AwaitingFacts,
  noResponseWorkingDays: number,
): AwaitingDeadlines {
  const lastMessage = f.remindedAt && f.remindedAt > f.pausedAt ? f.remindedAt : f.pausedAt;
  return {
    nextReminderAt: nextWorkingDayStart(cal, lastMessage),
    noResponseRejectAt: addWorkingMs(cal, f.pausedAt, noResponseWorkingDays * DAY_MS),
  };
}

export type AwaitingRefusalCode =
  | 'reminded_today'
  | 'no_response_too_early'
  | 'no_response_not_awaiting'
  | 'awaiting_only_no_response'
  | 'calendar_gap';

export type AwaitingCheck =
  { ok: true } | { ok: false; status: 409; code: AwaitingRefusalCode; message: string; from?: Date };

export interface AwaitingRequest {
  status: RequestStatus;
  /** Null when the request is not awaiting the customer, or the calendar does not cover the days. */
  nextReminderAt: Date | null;
  noResponseRejectAt: Date | null;
}

const gap: AwaitingCheck = {
  ok: false,
  status: 409,
  code: 'calendar_gap',
  message: 'the working-day calendar does not cover these days: an admin must add the year first',
};

/** May the customer be reminded now? Run after the lifecycle's check (status, assignee). */
export function checkReminder(r: AwaitingRequest, now: Date): AwaitingCheck {
  if (r.status !== 'awaiting_customer') return { ok: true };
  if (!r.nextReminderAt) return gap;
  if (now < r.nextReminderAt) {
    return {
      ok: false,
      status: 409,
      code: 'reminded_today',
      message: `the customer was already contacted this working day: the next reminder is possible from ${r.nextReminderAt.toISOString()}`,
      from: r.nextReminderAt,
    };
  }
  return { ok: true };
}

/**
 * Which reason a rejection may give in this status: while the customer is
 * asked, only "no response", and only once the set working days have passed;
 * in review, any reason but "no response" (the customer was not asked).
 */
export function checkRejectReason(r: AwaitingRequest, reasonCode: RejectReasonCode | null, now: Date): AwaitingCheck {
  if (r.status === 'in_review') {
    if (reasonCode !== 'no_response') return { ok: true };
    return {
      ok: false,
      status: 409,
      code: 'no_response_not_awaiting',
      message: 'rejecting for no response needs the request to be awaiting the customer: ask the customer first',
    };
  }
  if (r.status !== 'awaiting_customer') return { ok: true };
  if (reasonCode !== null && reasonCode !== 'no_response') {
    return {
      ok: false,
      status: 409,
      code: 'awaiting_only_no_response',
      message:
        'while awaiting the customer a request can only be rejected for no response: take the information request back to reject it for another reason',
    };
  }
  if (!r.noResponseRejectAt) return gap;
  if (now < r.noResponseRejectAt) {
    return {
      ok: false,
      status: 409,
      code: 'no_response_too_early',
      message: `the customer still has time to answer: rejecting for no response is possible from ${r.noResponseRejectAt.toISOString()}`,
      from: r.noResponseRejectAt,
    };
  }
  return { ok: true };
}
