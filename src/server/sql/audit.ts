import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../env.ts';

export interface AuditEntry {
  actor: { type: 'staff'; user: StaffIdentity } | { type: 'customer'; name: string } | { type: 'system' };
  action: string;
  entityType: 'request' | 'account' | 'order' | 'document' | 'refund' | 'notification' | 'user' | 'calendar' | 'setting';
  entityId: number | string;
  requestId?: number | null;
  accountId?: number | null;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: e.at,
      actor_type: e.actor.type,
      actor_id: e.actor.type === 'staff' ? e.actor.user.id : null,
      actor_name: e.actor.type === 'staff' ? e.actor.user.displayName : e.actor.type === 'customer' ? e.actor.name : 'system',
      action: e.action,
      entity_type: e.entityType,
      entity_id: String(e.entityId),
      request_id: e.requestId ?? null,
      account_id: e.accountId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}
