import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { resumeClock } from './resumeClock.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * awaiting_customer → in_review by the assignee, who takes the information
 * request back (the customer answered another way, or it was a mistake): the
 * clock resumes as if the customer had answered. The customer is not told.
 */
export function resumeReview(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'resume_review', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => ({ set: await resumeClock(trx, row, now) }),
  );
}
