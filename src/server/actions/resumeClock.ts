import type { Transaction } from 'kysely';
import type { DB, RequestRow } from '../db/schema.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { pauseSpanMs, slaDeadlines } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';

/**
 * The fields that end a pause (awaiting_customer → in_review): its working time
 * joins slaPausedMs and riskAt/dueAt move later by exactly that much.
 */
export async function resumeClock(trx: Transaction<DB>, row: RequestRow, now: Date) {
  const calendar = await loadCalendar(trx);
  let paused = row.slaPausedMs;
  let deadlines: { riskAt: Date | null; dueAt: Date | null } = { riskAt: row.riskAt, dueAt: row.dueAt };
  try {
    paused += row.pausedAt ? pauseSpanMs(calendar, row.pausedAt, now) : 0;
    const d = slaDeadlines(calendar, row.submittedAt, paused);
    deadlines = { riskAt: d.riskAt, dueAt: d.dueAt };
  } catch (e) {
    if (!(e instanceof CalendarGapError)) throw e;
    deadlines = { riskAt: null, dueAt: null };
  }
  return { pausedAt: null, slaPausedMs: paused, ...deadlines };
}
