import type { Database } from '../db/database.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { pauseSpanMs, slaDeadlines } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * awaiting_customer → in_review, same assignee. The pause's working time is
 * added to slaPausedMs and riskAt/dueAt move later by exactly that much.
 */
export function customerAnswer(database: Database, id: number, customerName: string, message: string | null, now: Date) {
  return runRequestAction(database, { id, action: 'customer_answer', expectedVersion: null, actor: { kind: 'customer', name: customerName }, now }, async ({ trx, row }) => {
    const calendar = await loadCalendar(trx);
    let paused = row.sla_paused_ms;
    let deadlines: { risk_at: Date | null; due_at: Date | null } = { risk_at: row.risk_at, due_at: row.due_at };
    try {
      paused += row.paused_at ? pauseSpanMs(calendar, row.paused_at, now) : 0;
      const d = slaDeadlines(calendar, row.submitted_at, paused);
      deadlines = { risk_at: d.riskAt, due_at: d.dueAt };
    } catch (e) {
      if (!(e instanceof CalendarGapError)) throw e;
      deadlines = { risk_at: null, due_at: null };
    }
    return { set: { paused_at: null, sla_paused_ms: paused, ...deadlines }, auditExtra: { message } };
  });
}
