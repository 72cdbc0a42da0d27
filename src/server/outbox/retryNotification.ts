import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { writeAudit } from '../sql/audit.ts';

/** Staff put a failed message back in the queue; the worker tries it on its next round. */
export async function retryNotification(db: Kysely<DB>, id: number, user: StaffIdentity, now: Date) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('notifications')
      .select(['id', 'status', 'attempts', 'requestId', 'accountId'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('notification');
    if (row.status !== 'failed')
      throw new ApiError(409, `only a failed message can be retried; this one is ${row.status}`);
    await trx
      .updateTable('notifications')
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'notification.retried',
      entityType: 'notification',
      entityId: id,
      requestId: row.requestId,
      accountId: row.accountId,
      before: { status: 'failed', attempts: row.attempts },
      after: { status: 'pending' },
      at: now,
    });
  });
}
