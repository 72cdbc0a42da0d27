import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { documentTypeNames } from '../outbox/documentNames.ts';
import { checkReminder } from '../../domain/awaitingCustomer.ts';
import { awaitingFacts } from './awaitingFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * Reminds the customer of the open information request (email + SMS through
 * the outbox), at most once a working day: 409 naming when the next one is
 * possible. The request stays awaiting the customer; the clock stays paused.
 */
export function remindCustomer(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'remind', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      const check = checkReminder(await awaitingFacts(trx, row), now);
      if (!check.ok) throw new ApiError(check.status, check.message, undefined, { code: check.code, from: check.from });
      const account = await trx
        .selectFrom('accounts')
        .select('language')
        .where('id', '=', row.accountId)
        .executeTakeFirstOrThrow();
      await enqueueNotifications(trx, {
        event: 'info_reminder',
        requestId: row.id,
        accountId: row.accountId,
        now,
        facts: { number: row.number, documents: documentTypeNames(row.requestedDocTypes, account.language) },
      });
      return { set: { remindedAt: now }, auditExtra: { previousReminderAt: row.remindedAt } };
    },
  );
}
