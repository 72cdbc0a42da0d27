import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { writeAudit } from '../sql/audit.ts';

/** An admin resumes a suspended account (the customer chose a pause instead of cancelling). */
export async function resumeAccount(db: Kysely<DB>, id: number, user: StaffIdentity, now: Date) {
  await db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .select(['id', 'status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw notFound('account');
    if (account.status !== 'suspended')
      throw new ApiError(409, `only a suspended account can be resumed; this one is ${account.status}`);
    await trx.updateTable('accounts').set({ status: 'active', updatedAt: now }).where('id', '=', id).execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'account.resumed',
      entityType: 'account',
      entityId: id,
      accountId: id,
      before: { status: 'suspended' },
      after: { status: 'active' },
      at: now,
    });
  });
}
