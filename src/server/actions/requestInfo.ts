import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { documentTypeNames } from '../outbox/documentNames.ts';
import { runRequestAction, type ActionContext, type ActionOutcome } from './requestTransaction.ts';
import type { DocumentType } from '../../domain/vocabulary.ts';

export interface InfoRequest {
  documentTypes: DocumentType[];
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
 * email + SMS in their language, the pause and what is asked. Also used by a
 * document rejection that asks for the document again.
 */
export async function askCustomer({ trx, row, now }: ActionContext, input: InfoRequest): Promise<ActionOutcome> {
  const account = await trx
    .selectFrom('accounts')
    .select('language')
    .where('id', '=', row.accountId)
    .executeTakeFirstOrThrow();
  await enqueueNotifications(trx, {
    event: 'info_requested',
    requestId: row.id,
    accountId: row.accountId,
    now,
    facts: {
      number: row.number,
      documents: documentTypeNames(input.documentTypes, account.language),
      message: input.message,
    },
  });
  return {
    set: { pausedAt: now, requestedDocTypes: input.documentTypes, infoRequestMessage: input.message },
    auditExtra: { documentTypes: input.documentTypes, message: input.message },
  };
}
