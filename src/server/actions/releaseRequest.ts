import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { runRequestAction } from './requestTransaction.ts';

/** in_review → submitted: back to the queue for anyone to claim. */
export function releaseRequest(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'release', expectedVersion, actor: { kind: 'staff', user }, now },
    async () => ({
      set: { assigneeId: null },
    }),
  );
}
