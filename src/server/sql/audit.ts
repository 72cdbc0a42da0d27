import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import type { AuditEntityType } from '../../domain/vocabulary.ts';

export interface AuditEntry {
  actor: { type: 'staff'; user: StaffIdentity } | { type: 'customer'; name: string } | { type: 'system' };
  action: string;
  entityType: AuditEntityType;
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
    .insertInto('auditEvents')
    .values({
      occurredAt: e.at,
      actorType: e.actor.type,
      actorId: e.actor.type === 'staff' ? e.actor.user.id : null,
      actorName:
        e.actor.type === 'staff' ? e.actor.user.displayName : e.actor.type === 'customer' ? e.actor.name : 'system',
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      requestId: e.requestId ?? null,
      accountId: e.accountId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}
