import type { Transaction } from 'kysely';
import type { DB, RequestRow } from '../db/schema.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { noResponseWorkingDays } from '../sql/settings.ts';
import { awaitingDeadlinesOrNull } from '../sql/requests/awaitingDeadlines.ts';
import type { AwaitingRequest } from '../../domain/awaitingCustomer.ts';

/** The locked row as the awaiting-customer rules read it (reminders, no-response rejection). */
export async function awaitingFacts(trx: Transaction<DB>, row: RequestRow): Promise<AwaitingRequest> {
  const [calendar, days] = await Promise.all([loadCalendar(trx), noResponseWorkingDays(trx)]);
  return { status: row.status, ...awaitingDeadlinesOrNull(calendar, row, days) };
}
