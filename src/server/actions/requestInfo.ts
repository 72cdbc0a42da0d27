import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { documentTypeNames } from '../outbox/documentNames.ts';
import { badRequest } from '../http/errors.ts';
import { runRequestAction, type ActionContext, type ActionOutcome } from './requestTransaction.ts';
import { unknownOpenOrders } from '../../domain/infoRequest.ts';
import type { DocumentType } from '../../domain/vocabulary.ts';

export interface InfoRequest {
  documentTypes: DocumentType[];
  openOrders?: string[];
  message: string;
}

/**
 * in_review → awaiting_customer: names the documents needed and the message;
 * the SLA clock pauses now (pausedAt) and the customer is told by email + SMS.
 */
export function requestInfo(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  input: InfoRequest,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'request_info', expectedVersion, actor: { kind: 'staff', user }, now },
    (ctx) => askCustomer(ctx, input),
  );
}

/**
 * What a request-info action writes inside its transaction: the customer's
 * email + SMS in their language, the pause and what is asked (documents and
 * open orders to finish or cancel, each order checked to be open: 400 otherwise).
 */
export async function askCustomer({ trx, row, now }: ActionContext, input: InfoRequest): Promise<ActionOutcome> {
  const account = await trx
    .selectFrom('accounts')
    .select('language')
    .where('id', '=', row.accountId)
    .executeTakeFirstOrThrow();
  const openOrders = input.openOrders ?? [];
  if (openOrders.length > 0) {
    const orders = await trx
      .selectFrom('orders')
      .select(['orderNumber', 'status'])
      .where('accountId', '=', row.accountId)
      .execute();
    const unknown = unknownOpenOrders(openOrders, orders);
    if (unknown.length) {
      throw badRequest(`not an open order of this account: ${unknown.join(', ')}`, { openOrders: unknown.join(', ') });
    }
  }
  await enqueueNotifications(trx, {
    event: 'info_requested',
    requestId: row.id,
    accountId: row.accountId,
    now,
    facts: {
      number: row.number,
      documents: documentTypeNames(input.documentTypes, account.language),
      orders: openOrders.join(', '),
      message: input.message,
    },
  });
  return {
    set: { pausedAt: now, requestedDocTypes: input.documentTypes, infoRequestMessage: input.message },
    auditExtra: { documentTypes: input.documentTypes, openOrders, message: input.message },
  };
}
