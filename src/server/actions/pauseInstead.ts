import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { writeAudit } from '../sql/audit.ts';
import { decisionFields } from './decisionFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

/** in_review → paused_instead: the customer keeps the account, suspended (an admin can resume it). */
export function pauseInstead(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'pause_instead', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      const account = await trx
        .selectFrom('accounts')
        .select(['id', 'status'])
        .where('id', '=', row.accountId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('accounts')
        .set({ status: 'suspended', updatedAt: now })
        .where('id', '=', account.id)
        .execute();
      await writeAudit(trx, {
        actor: { type: 'staff', user },
        action: 'account.suspended',
        entityType: 'account',
        entityId: account.id,
        requestId: row.id,
        accountId: account.id,
        before: { status: account.status },
        after: { status: 'suspended' },
        at: now,
      });
      await enqueueNotifications(trx, {
        event: 'paused_instead',
        requestId: row.id,
        accountId: row.accountId,
        now,
        facts: { number: row.number },
      });
      return { set: await decisionFields(trx, row, user.id, now) };
    },
  );
}
