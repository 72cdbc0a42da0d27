import type { Insertable, Transaction } from 'kysely';
import type { DB, NotificationsTable } from '../db/schema.ts';
import { renderMessage, type MessageFacts } from './templates.ts';
import type { NotificationEvent } from '../../domain/vocabulary.ts';

/**
 * Queues the email and the SMS for a customer-visible event, in the customer's
 * language, inside the caller's transaction: the message exists if and only if
 * the change it announces was committed.
 */
export async function enqueueNotifications(
  trx: Transaction<DB>,
  e: {
    event: NotificationEvent;
    requestId: number | null;
    accountId: number;
    now: Date;
    facts: Omit<MessageFacts, 'name'>;
  },
): Promise<void> {
  const account = await trx
    .selectFrom('accounts')
    .select(['holderName', 'email', 'phone', 'language'])
    .where('id', '=', e.accountId)
    .executeTakeFirstOrThrow();
  const { language } = account;
  const text = renderMessage(language, e.event, { ...e.facts, name: account.holderName });
  const common = {
    requestId: e.requestId,
    accountId: e.accountId,
    event: e.event,
    language,
    createdAt: e.now,
    nextAttemptAt: e.now,
  };
  const rows: Insertable<NotificationsTable>[] = [
    { ...common, channel: 'sms', recipient: account.phone, subject: null, body: text.sms },
  ];
  if (account.email)
    rows.unshift({ ...common, channel: 'email', recipient: account.email, subject: text.subject, body: text.email });
  await trx.insertInto('notifications').values(rows).execute();
}
