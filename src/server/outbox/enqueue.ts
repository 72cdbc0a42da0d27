import type { Insertable, Transaction } from 'kysely';
import type { DB, NotificationsTable } from '../db/schema.ts';
import { renderMessage, type MessageFacts, type NotificationEvent } from './templates.ts';
import type { Language } from '../../domain/vocabulary.ts';

/**
 * Queues the email and the SMS for a customer-visible event, in the customer's
 * language, inside the caller's transaction: the message exists if and only if
 * the change it announces was committed.
 */
export async function enqueueNotifications(
  trx: Transaction<DB>,
  e: { event: NotificationEvent; requestId: number | null; accountId: number; now: Date; facts: Omit<MessageFacts, 'name'> },
): Promise<void> {
  const account = await trx
    .selectFrom('accounts')
    .select(['holder_name', 'email', 'phone', 'language'])
    .where('id', '=', e.accountId)
    .executeTakeFirstOrThrow();
  const language = (account.language === 'en' ? 'en' : 'zh-CN') as Language;
  const text = renderMessage(language, e.event, { ...e.facts, name: account.holder_name });
  const common = { request_id: e.requestId, account_id: e.accountId, event: e.event, language, created_at: e.now, next_attempt_at: e.now };
  const rows: Insertable<NotificationsTable>[] = [{ ...common, channel: 'sms', recipient: account.phone, subject: null, body: text.sms }];
  if (account.email) rows.unshift({ ...common, channel: 'email', recipient: account.email, subject: text.subject, body: text.email });
  await trx.insertInto('notifications').values(rows).execute();
}
