import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { runRequestAction } from './requestTransaction.ts';

/** A manager hands an open request to a reviewer; an unclaimed one becomes in_review. */
export function reassignRequest(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  assigneeId: number,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'reassign', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      const target = await trx
        .selectFrom('staffUsers')
        .select(['id', 'roles', 'active', 'displayName'])
        .where('id', '=', assigneeId)
        .executeTakeFirst();
      if (!target || !target.active)
        throw new ApiError(422, 'the new assignee is not an active staff member', {
          assigneeId: 'unknown or inactive',
        });
      if (!target.roles.includes('reviewer'))
        throw new ApiError(422, `${target.displayName} is not a reviewer`, { assigneeId: 'not a reviewer' });
      if (row.assigneeId === assigneeId)
        throw new ApiError(409, `the request is already assigned to ${target.displayName}`);
      return { set: { assigneeId }, auditExtra: { assigneeName: target.displayName } };
    },
  );
}
