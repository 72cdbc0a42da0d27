import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { documentChecklist } from '../../domain/requiredDocuments.ts';
import { getRequest } from './requests/index.ts';

// What the customer may see of their request: status, progress, what is asked
// of them, their documents (the same checklist the reviewer works from, with
// the reason a rejected one was turned down), and a timeline of events without
// staff names or internal notes.
export async function customerView(db: Kysely<DB>, id: number, now: Date) {
  const r = await getRequest(db, id, now);
  if (!r) return undefined;
  const [events, docs] = await Promise.all([
    db
      .selectFrom('auditEvents')
      .select(['occurredAt', 'action', 'actorType', 'entityType', 'after'])
      .where('requestId', '=', id)
      .where('entityType', 'in', ['request', 'document', 'refund'])
      .orderBy('occurredAt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('documents')
      .select(['id', 'type', 'status', 'attempt', 'uploadedAt', 'rejectionReason', 'rejectionFinal'])
      .where('requestId', '=', id)
      .execute(),
  ]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const checklist = documentChecklist(
    r.requiredDocTypes,
    docs.map((d) => ({ id: d.id, type: d.type, status: d.status, attempt: d.attempt, uploadedAt: d.uploadedAt })),
  );
  return {
    id: r.id,
    number: r.number,
    accountNumber: r.accountNumber,
    status: r.status,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    requestedDocTypes: r.status === 'awaiting_customer' ? r.requestedDocTypes : [],
    infoRequestMessage: r.status === 'awaiting_customer' ? r.infoRequestMessage : null,
    rejectReasonCode: r.rejectReasonCode,
    customerMessage: r.customerMessage,
    dueAt: r.dueAt,
    documents: checklist.map((entry) => {
      const latest = entry.documentId === null ? undefined : byId.get(entry.documentId);
      const rejected = latest?.status === 'rejected';
      return {
        type: entry.type,
        required: entry.required,
        status: entry.status,
        attempts: entry.attempts,
        uploadedAt: latest?.uploadedAt ?? null,
        // The reviewer writes this reason for the customer to read (the reject dialog says so).
        rejectionReason: rejected ? latest.rejectionReason : null,
        /** A final rejection: uploading this type again will not change it. */
        rejectionFinal: rejected ? latest.rejectionFinal : false,
      };
    }),
    timeline: events
      .filter((e) => !e.action.endsWith('note_updated'))
      .map((e) => {
        const after = e.after as { status?: string; type?: string } | null;
        return {
          at: e.occurredAt,
          event: e.action,
          by: e.actorType === 'staff' ? 'operator' : e.actorType,
          status: after?.status ?? null,
          ...(e.entityType === 'document' ? { documentType: after?.type ?? null } : {}),
        };
      }),
  };
}
