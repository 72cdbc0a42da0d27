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
  let paused = row.sla_paused_ms;
  try {
    if (row.paused_at) paused += pauseSpanMs(calendar, row.paused_at, now);
    turnaround = turnaroundMs(calendar, { submittedAt: row.submitted_at, decidedAt: now, pausedAt: null, slaPausedMs: paused });
  } catch (e) {
    // A year without a calendar is flagged, never guessed: the turnaround stays unknown.
    if (!(e instanceof CalendarGapError)) throw e;
  }
  return { decided_at: now, decided_by: deciderId, turnaround_ms: turnaround, paused_at: null, sla_paused_ms: paused };
}
