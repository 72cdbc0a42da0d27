import type { Transaction, Updateable } from 'kysely';
import type { StaffIdentity } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import type { DB, RefundsTable } from '../../db/schema.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { writeAudit } from '../../sql/audit.ts';
import { getRefund } from '../../sql/refunds/index.ts';
import type { StaffActor } from '../../../domain/recordAccess.ts';
import { checkRefundAction, type RefundAction } from '../../../domain/refundActions.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import type { RefundStatus } from '../../../domain/vocabulary.ts';

export const staffActor = (user: StaffIdentity): StaffActor => ({ kind: 'staff', id: user.id, roles: user.roles });

/** The refund row as locked, with who decided its request (never an approver). */
export async function lockRefund(trx: Transaction<DB>, id: number) {
  const row = await trx.selectFrom('refunds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('refund');
  const request =
    row.requestId === null
      ? undefined
      : await trx
          .selectFrom('cancellationRequests')
          .select('decidedBy')
          .where('id', '=', row.requestId)
          .executeTakeFirst();
  return { ...row, requestDecidedBy: request?.decidedBy ?? null };
}
export type LockedRefund = Awaited<ReturnType<typeof lockRefund>>;

/** What every action on one refund starts from: the refund, the version its caller saw, who and when. */
export interface RefundTarget {
  database: Database;
  id: number;
  version: number;
  user: StaffIdentity;
  now: Date;
}

export interface RefundActionContext {
  trx: Transaction<DB>;
  row: LockedRefund;
  next: RefundStatus;
  now: Date;
  user: StaffIdentity;
}

/** What an action changes besides status and version, and what the audit event says of it. */
export interface RefundOutcome {
  set?: Updateable<RefundsTable>;
  /** Overrides the status the lifecycle gives (a refused payout ends failed, not paid). */
  status?: RefundStatus;
  audit: { action: string; before?: Record<string, unknown>; after?: Record<string, unknown> };
}

/**
 * Every refund action's spine, in one transaction, as the request actions:
 * lock the refund row, recheck with the domain (403/409 naming why), compare
 * the version the caller saw (412 with the current refund), let the action
 * write its changes (ledger, outbox), bump the version, append the audit event.
 */
export async function runRefundAction(
  target: RefundTarget,
  action: RefundAction,
  apply: (ctx: RefundActionContext) => Promise<RefundOutcome>,
  /** Runs last, in the same transaction, with the answer (pay stores it under its Idempotency-Key). */
  finish?: (trx: Transaction<DB>, refund: ApiRefund) => Promise<void>,
): Promise<ApiRefund> {
  const { database, id, version: expectedVersion, user, now } = target;
  const actor = staffActor(user);
  return database.db.transaction().execute(async (trx) => {
    const row = await lockRefund(trx, id);
    const check = checkRefundAction(action, row, actor);
    if (!check.ok) throw new ApiError(check.status, check.message, undefined, { code: check.code });
    if (row.version !== expectedVersion) {
      const current = await getRefund(trx, id, actor);
      throw new ApiError(412, 'this refund changed since you opened it', undefined, { current });
    }
    const outcome = await apply({ trx, row, next: check.next, now, user });
    const status = outcome.status ?? check.next;
    await trx
      .updateTable('refunds')
      .set({ ...outcome.set, status, version: row.version + 1, updatedAt: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: outcome.audit.action,
      entityType: 'refund',
      entityId: id,
      requestId: row.requestId,
      accountId: row.accountId,
      before: { status: row.status, version: row.version, ...outcome.audit.before },
      after: { status, version: row.version + 1, ...outcome.audit.after },
      at: now,
    });
    const refund = (await getRefund(trx, id, actor))!;
    await finish?.(trx, refund);
    return refund;
  });
}
