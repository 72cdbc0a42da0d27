import { awaitingDeadlines, type AwaitingDeadlines } from '../../../domain/awaitingCustomer.ts';
import { CalendarGapError, type WorkingCalendar } from '../../../domain/workingDays.ts';

/** The awaiting-customer instants of a paused request; nulls when not paused or the calendar has a gap. */
export function awaitingDeadlinesOrNull(
  calendar: WorkingCalendar,
  f: { pausedAt: Date | null; remindedAt: Date | null },
  noResponseDays: number,
): { [K in keyof AwaitingDeadlines]: Date | null } {
  if (!f.pausedAt) return { nextReminderAt: null, noResponseRejectAt: null };
  try {
    return awaitingDeadlines(calendar, { pausedAt: f.pausedAt, remindedAt: f.remindedAt }, noResponseDays);
  } catch (e) {
    // A year without a calendar is flagged, never guessed: the actions refuse until an admin adds it.
    if (!(e instanceof CalendarGapError)) throw e;
    return { nextReminderAt: null, noResponseRejectAt: null };
  }
}
