// "Due next" on the dashboard: open requests whose deadline comes within the
// next working days, so a manager can move work before it breaches.

import { DUE_NEXT_WORKING_DAYS } from './dashboardApi.ts';
import type { OpenStatus } from './vocabulary.ts';
import { CalendarGapError, DAY_MS, addWorkingMs, type WorkingCalendar } from './workingDays.ts';

/**
 * The open requests whose clock runs: one awaiting the customer cannot
 * breach while it waits (its deadline moves on when they answer).
 */
export const DUE_NEXT_STATUSES = ['submitted', 'in_review'] as const satisfies readonly OpenStatus[];

/**
 * The stored dueAt values that count as due next at `now`: [now, now +
 * DUE_NEXT_WORKING_DAYS working days). Already-breached ones are not "next"
 * (the backlog's ">7" lists them). `to` is null when the calendar ends before
 * the window does: everything due from now on is shown rather than guessed.
 */
export function dueNextWindow(cal: WorkingCalendar, now: Date): { from: Date; to: Date | null } {
  try {
    return { from: now, to: addWorkingMs(cal, now, DUE_NEXT_WORKING_DAYS * DAY_MS) };
  } catch (e) {
    if (e instanceof CalendarGapError) return { from: now, to: null };
    throw e;
  }
}
