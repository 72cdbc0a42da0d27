import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { getRequest } from './requests.ts';

// What the customer may see of their request: status, progress, what is asked
// of them, and a timeline of events without staff names or internal notes.
export async function customerView(db: Kysely<DB>, id: number, now: Date) {
  const r = await getRequest(db, id, now);
  if (!r) return undefined;
  const events = await db
    .selectFrom('audit_events')
    .select(['occurred_at', 'action', 'actor_type', 'after'])
    .where('request_id', '=', id)
    .where('entity_type', 'in', ['request', 'document', 'refund'])
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
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
    timeline: events
      .filter((e) => !e.action.endsWith('note_updated'))
      .map((e) => ({ at: e.occurred_at, event: e.action, by: e.actor_type === 'staff' ? 'operator' : e.actor_type, status: (e.after as { status?: string } | null)?.status ?? null })),
  };
}
