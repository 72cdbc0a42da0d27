import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB, DocumentRow, RequestRow } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { writeAudit } from '../sql/audit.ts';
import { assigneeDisplayName } from '../sql/users.ts';
import type { DocumentRejectInput } from '../../domain/documentRejection.ts';
import { checkDocumentReview, type DocumentDecision } from '../../domain/documentReview.ts';
import { latestDocumentByType } from '../../domain/requiredDocuments.ts';
import { staffDocumentView } from './documentSql.ts';

export type ReviewInput = { decision: 'verify' } | ({ decision: 'reject' } & DocumentRejectInput);

/**
 * Verify or reject one document, in one transaction: lock the request, then
 * the document; check with the domain's checkDocumentReview (409/403), then
 * the document version the reviewer saw (412); write the decision and its
 * audit event. A rejection only marks the document: the request stays in
 * review, and asking the customer (request info) gathers every rejected or
 * missing document into one message.
 */
export async function reviewDocument(
  database: Database,
  documentId: number,
  expectedVersion: number,
  user: StaffIdentity,
  input: ReviewInput,
  now: Date,
): Promise<DocumentRow> {
  // request_id never changes, so it can be read before the locks.
  const located = await database.db
    .selectFrom('documents')
    .select('requestId')
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!located) throw notFound('document');

  return database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', located.requestId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    return decide(trx, row, documentId, expectedVersion, user, input, now);
  });
}

async function decide(
  trx: Transaction<DB>,
  request: RequestRow,
  documentId: number,
  expectedVersion: number,
  user: StaffIdentity,
  input: ReviewInput,
  now: Date,
): Promise<DocumentRow> {
  const doc = await trx
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const sameType = await trx
    .selectFrom('documents')
    .select(['id', 'type', 'status', 'attempt', 'uploadedAt'])
    .where('requestId', '=', doc.requestId)
    .where('type', '=', doc.type)
    .execute();
  const latest = latestDocumentByType(sameType);
  const assigneeName = await assigneeDisplayName(trx, request.assigneeId);

  const check = checkDocumentReview(
    input.decision as DocumentDecision,
    { status: request.status, assigneeId: request.assigneeId, assigneeName },
    { status: doc.status, rejectionFinal: doc.rejectionFinal, superseded: latest.get(doc.type)?.id !== doc.id },
    { kind: 'staff', id: user.id, roles: user.roles },
  );
  if (!check.ok) throw new ApiError(check.status, check.message, undefined, { code: check.code });
  if (doc.version !== expectedVersion) {
    throw new ApiError(412, 'this document changed since you opened it', undefined, {
      current: staffDocumentView(doc),
    });
  }

  const rejection =
    input.decision === 'reject'
      ? { rejectionReason: input.reason, rejectionFinal: input.final }
      : { rejectionReason: null, rejectionFinal: false };
  const updated = await trx
    .updateTable('documents')
    .set({ status: check.next, ...rejection, reviewedBy: user.id, reviewedAt: now, version: doc.version + 1 })
    .where('id', '=', doc.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, {
    actor: { type: 'staff', user },
    action: `document.${check.next}`,
    entityType: 'document',
    entityId: doc.id,
    requestId: doc.requestId,
    accountId: doc.accountId,
    at: now,
    before: {
      status: doc.status,
      version: doc.version,
      ...(doc.status === 'rejected' ? { reason: doc.rejectionReason, final: doc.rejectionFinal } : {}),
    },
    after: {
      type: doc.type,
      attempt: doc.attempt,
      status: check.next,
      version: updated.version,
      ...(input.decision === 'reject' ? { reason: input.reason, final: input.final } : {}),
    },
  });
  return updated;
}
