import type { Transaction } from 'kysely';
import type { DB, RequestRow } from '../db/schema.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { turnaroundMs } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';

/** The SLA fields every decision writes: when, by whom, and the working-time turnaround. */
export async function decisionFields(trx: Transaction<DB>, row: RequestRow, deciderId: number | null, now: Date) {
  const calendar = await loadCalendar(trx);
  let turnaround: number | null = null;
  try {
    turnaround = turnaroundMs(calendar, { submittedAt: row.submitted_at, decidedAt: now, pausedAt: row.paused_at, slaPausedMs: row.sla_paused_ms });
  } catch (e) {
    // A year without a calendar is flagged, never guessed: the turnaround stays unknown.
    if (!(e instanceof CalendarGapError)) throw e;
  }
  return { decided_at: now, decided_by: deciderId, turnaround_ms: turnaround, paused_at: null };
}
