import type { Transaction } from 'kysely';
import type { DB, RequestRow } from '../db/schema.ts';
import type { Database } from '../db/database.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { writeAudit, type AuditEntry } from '../sql/audit.ts';
import { getRequest, type ApiRequest } from '../sql/requests/index.ts';
import { assigneeDisplayName } from '../sql/users.ts';
import { checkAction, type Actor, type RequestAction } from '../../domain/lifecycle.ts';
import type { RequestStatus } from '../../domain/vocabulary.ts';
import type { StaffIdentity } from '../context.ts';

export type ActionActor = { kind: 'staff'; user: StaffIdentity } | { kind: 'customer'; name: string };

export interface ActionContext {
  trx: Transaction<DB>;
  row: RequestRow;
  next: RequestStatus;
  now: Date;
  actor: ActionActor;
}

/** What an action changes besides status and version, plus what it tells the customer. */
export interface ActionOutcome {
  set?: Partial<Omit<RequestRow, 'id' | 'status' | 'version'>>;
  auditExtra?: Record<string, unknown>;
}

const domainActor = (a: ActionActor): Actor =>
  a.kind === 'staff' ? { kind: 'staff', id: a.user.id, roles: a.user.roles } : { kind: 'customer' };

/**
 * Every workflow action has the same spine, in one transaction:
 * lock the request row, recheck the lifecycle and who may act (409/403) with
 * the domain's checkAction, compare the version the user saw (412), let the
 * action write its changes (and outbox rows), bump the version, append the
 * audit event. Anything thrown rolls all of it back.
 */
export async function runRequestAction(
  database: Database,
  params: { id: number; action: RequestAction; expectedVersion: number | null; actor: ActionActor; now: Date },
  apply: (ctx: ActionContext) => Promise<ActionOutcome | void>,
): Promise<ApiRequest> {
  const { id, action, expectedVersion, actor, now } = params;
  return database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('request');
    const assigneeName = await assigneeDisplayName(trx, row.assigneeId);
    // The lifecycle answer comes first: "claimed by 王芳" tells a reviewer who
    // lost a race more than "changed since you opened it" would.
    const check = checkAction(
      action,
      { status: row.status, assigneeId: row.assigneeId, assigneeName },
      domainActor(actor),
    );
    if (!check.ok) throw new ApiError(check.status, check.message, undefined, { code: check.code });
    if (expectedVersion !== null && row.version !== expectedVersion) {
      const current = await getRequest(trx, id, now);
      throw new ApiError(412, 'this request changed since you opened it', undefined, { current });
    }

    const outcome = (await apply({ trx, row, next: check.next, now, actor })) ?? {};
    const set = outcome.set ?? {};
    await trx
      .updateTable('cancellationRequests')
      .set({ ...set, status: check.next, version: row.version + 1, updatedAt: now })
      .where('id', '=', id)
      .execute();
    const before: Record<string, unknown> = { status: row.status, assigneeId: row.assigneeId, version: row.version };
    const after: Record<string, unknown> = {
      status: check.next,
      assigneeId: set.assigneeId === undefined ? row.assigneeId : set.assigneeId,
      version: row.version + 1,
      ...outcome.auditExtra,
    };
    const auditActor: AuditEntry['actor'] =
      actor.kind === 'staff' ? { type: 'staff', user: actor.user } : { type: 'customer', name: actor.name };
    await writeAudit(trx, {
      actor: auditActor,
      action: `request.${auditVerb[action]}`,
      entityType: 'request',
      entityId: id,
      requestId: id,
      accountId: row.accountId,
      before,
      after,
      at: now,
    });
    return (await getRequest(trx, id, now))!;
  });
}

// Audit action names: the past tense the timeline reads.
const auditVerb: Record<RequestAction, string> = {
  claim: 'claimed',
  release: 'released',
  reassign: 'reassigned',
  request_info: 'info_requested',
  customer_answer: 'customer_answered',
  approve: 'approved',
  reject: 'rejected',
  pause_instead: 'paused_instead',
  withdraw: 'withdrawn',
  verify_identity: 'identity_verified',
  resume_review: 'review_resumed',
  remind: 'customer_reminded',
};
