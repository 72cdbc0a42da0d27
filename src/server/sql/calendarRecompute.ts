import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CalendarSaveResult } from '../../domain/dashboardApi.ts';
import { slaDeadlines, turnaroundMs } from '../../domain/sla.ts';
import { startOfShanghaiDay, unlessCalendarGap, type WorkingCalendar } from '../../domain/workingDays.ts';

const unlessGap = unlessCalendarGap;

const BATCH = 5000;

/**
 * After the calendar of `year` changed (in `trx`, with `cal` read back from
 * it): the stored riskAt/dueAt of open requests, and the stored turnaround of
 * requests decided with an interval touching that year, computed again so
 * the queue, the figures and the request's page follow the new calendar at
 * once. Same transaction as the edit. The working time already spent paused
 * (slaPausedMs) is kept as measured when the pause ended: the pause's own
 * instants are not stored. A request's version is not bumped: its deadlines
 * are derived, not something a reviewer edits against.
 */
export async function recomputeForYear(
  trx: Transaction<DB>,
  cal: WorkingCalendar,
  year: number,
): Promise<CalendarSaveResult> {
  const yearStart = startOfShanghaiDay(`${year}-01-01`);
  const yearEnd = startOfShanghaiDay(`${year + 1}-01-01`);

  // Open: any whose deadlines may reach into the year (or could not be computed before).
  const open = await trx
    .selectFrom('cancellationRequests')
    .select(['id', 'submittedAt', 'slaPausedMs'])
    .where('status', 'in', ['submitted', 'in_review', 'awaiting_customer'])
    .where('submittedAt', '<', yearEnd)
    .where((eb) => eb.or([eb('dueAt', 'is', null), eb('dueAt', '>=', yearStart)]))
    .execute();
  const deadlines = open.map((r) => {
    const d = unlessGap(() => slaDeadlines(cal, r.submittedAt, r.slaPausedMs));
    return { id: r.id, riskAt: d?.riskAt ?? null, dueAt: d?.dueAt ?? null };
  });
  for (let i = 0; i < deadlines.length; i += BATCH) {
    const part = deadlines.slice(i, i + BATCH);
    await sql`
      UPDATE cancellation_requests r SET risk_at = v.risk_at, due_at = v.due_at
        FROM unnest(${part.map((p) => p.id)}::int[], ${part.map((p) => p.riskAt?.toISOString() ?? null)}::timestamptz[],
                    ${part.map((p) => p.dueAt?.toISOString() ?? null)}::timestamptz[]) AS v(id, risk_at, due_at)
       WHERE r.id = v.id`.execute(trx);
  }

  // Decided: those whose submission-to-decision interval touches the year.
  const decided = await trx
    .selectFrom('cancellationRequests')
    .select(['id', 'submittedAt', 'decidedAt', 'slaPausedMs'])
    .where('status', 'in', ['approved', 'rejected', 'paused_instead', 'withdrawn'])
    .where('submittedAt', '<', yearEnd)
    .where('decidedAt', '>=', yearStart)
    .execute();
  const turnarounds = decided.map((r) => ({
    id: r.id,
    ms: unlessGap(() =>
      turnaroundMs(cal, {
        submittedAt: r.submittedAt,
        decidedAt: r.decidedAt,
        pausedAt: null,
        slaPausedMs: r.slaPausedMs,
      }),
    ),
  }));
  for (let i = 0; i < turnarounds.length; i += BATCH) {
    const part = turnarounds.slice(i, i + BATCH);
    await sql`
      UPDATE cancellation_requests r SET turnaround_ms = v.ms
        FROM unnest(${part.map((p) => p.id)}::int[], ${part.map((p) => p.ms)}::int8[]) AS v(id, ms)
       WHERE r.id = v.id`.execute(trx);
  }
  return { openRecomputed: open.length, decidedRecomputed: decided.length };
}
