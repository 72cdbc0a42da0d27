import type { Transaction } from 'kysely';
import type { DB, RequestRow } from '../db/schema.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { pauseSpanMs, turnaroundMs } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';

/** The SLA fields every decision writes: when, by whom, and the working-time turnaround. */
export async function decisionFields(trx: Transaction<DB>, row: RequestRow, deciderId: number | null, now: Date) {
  const calendar = await loadCalendar(trx);
  let turnaround: number | null = null;
  // A request withdrawn while awaiting the customer ends its pause now: that
  // span joins slaPausedMs, so the stored columns and the turnaround agree.
  let paused = row.slaPausedMs;
  try {
    if (row.pausedAt) paused += pauseSpanMs(calendar, row.pausedAt, now);
    turnaround = turnaroundMs(calendar, {
      submittedAt: row.submittedAt,
      decidedAt: now,
      pausedAt: null,
      slaPausedMs: paused,
    });
  } catch (e) {
    // A year without a calendar is flagged, never guessed: the turnaround stays unknown.
    if (!(e instanceof CalendarGapError)) throw e;
  }
  return { decidedAt: now, decidedBy: deciderId, turnaroundMs: turnaround, pausedAt: null, slaPausedMs: paused };
}
