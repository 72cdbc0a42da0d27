import type { Database } from '../db/database.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { pauseSpanMs, slaDeadlines } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * awaiting_customer → in_review, same assignee. The pause's working time is
 * added to slaPausedMs and riskAt/dueAt move later by exactly that much.
 */
export function customerAnswer(
  database: Database,
  id: number,
  customerName: string,
  message: string | null,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'customer_answer', expectedVersion: null, actor: { kind: 'customer', name: customerName }, now },
    async ({ trx, row }) => {
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
      return { set: { pausedAt: null, slaPausedMs: paused, ...deadlines }, auditExtra: { message } };
    },
  );
}
