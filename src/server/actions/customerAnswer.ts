import type { Database } from '../db/database.ts';
import { resumeClock } from './resumeClock.ts';
import { runRequestAction } from './requestTransaction.ts';

/** awaiting_customer → in_review, same assignee; the clock resumes (resumeClock). */
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
    async ({ trx, row }) => ({ set: await resumeClock(trx, row, now), auditExtra: { message } }),
  );
}
