import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { runRequestAction } from './requestTransaction.ts';

/** submitted → in_review, the claimer becomes the assignee. */
export function claimRequest(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'claim', expectedVersion, actor: { kind: 'staff', user }, now },
    async () => ({
      set: { assigneeId: user.id },
    }),
  );
}
