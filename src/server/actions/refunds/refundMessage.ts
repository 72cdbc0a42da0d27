import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** What the customer's message names the refund by: its cancellation request's number, or the account's. */
export async function refundMessageNumber(
  trx: Transaction<DB>,
  refund: { requestId: number | null; accountId: number },
): Promise<string> {
  if (refund.requestId !== null) {
    const request = await trx
      .selectFrom('cancellationRequests')
      .select('number')
      .where('id', '=', refund.requestId)
      .executeTakeFirst();
    if (request) return request.number;
  }
  const account = await trx
    .selectFrom('accounts')
    .select('accountNumber')
    .where('id', '=', refund.accountId)
    .executeTakeFirstOrThrow();
  return account.accountNumber;
}
