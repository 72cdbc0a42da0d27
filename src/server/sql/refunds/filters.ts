import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { asArray } from '../../http/listParams.ts';
import { fromInstant, toInstant } from '../requests/filters.ts';
import { can } from '../../../domain/permissions.ts';
import type { StaffActor } from '../../../domain/recordAccess.ts';
import type { RefundListFilter } from '../../../domain/refundInputs.ts';

type Tables = DB & { f: DB['refunds']; r: DB['cancellationRequests'] };
export type RefundsQuery<O> = SelectQueryBuilder<Tables, 'f' | 'r', O>;

/**
 * actionable=true: what the caller may approve or pay now. The same rules as
 * refundActions.ts (role, status, never the requester, the decider, whoever
 * changed the amount or gave the first approval), written as SQL so paging
 * and counting stay in the database; refunds.test.ts checks that every row it
 * returns has approve or pay in its availableActions.
 */
function actionableWhere(eb: ExpressionBuilder<Tables, 'f' | 'r'>, actor: StaffActor) {
  const branches = [];
  if (can(actor.roles, 'refunds.approve')) {
    branches.push(
      eb.and([
        eb('f.status', '=', 'pending_approval'),
        sql<boolean>`f.requested_by IS DISTINCT FROM ${actor.id}`,
        sql<boolean>`r.decided_by IS DISTINCT FROM ${actor.id}`,
        sql<boolean>`f.amended_by IS DISTINCT FROM ${actor.id}`,
        sql<boolean>`f.first_approver_id IS DISTINCT FROM ${actor.id}`,
      ]),
    );
  }
  if (can(actor.roles, 'refunds.pay')) branches.push(eb('f.status', 'in', ['approved', 'failed']));
  return branches.length ? eb.or(branches) : sql<boolean>`false`;
}

export function applyRefundFilter<O>(q: RefundsQuery<O>, f: RefundListFilter, actor: StaffActor): RefundsQuery<O> {
  if (f.id !== undefined) q = q.where('f.id', 'in', asArray(f.id));
  if (f.status !== undefined) q = q.where('f.status', 'in', asArray(f.status));
  if (f.accountId !== undefined) q = q.where('f.accountId', '=', f.accountId);
  if (f.requestId !== undefined) q = q.where('f.requestId', '=', f.requestId);
  if (f.amountFrom !== undefined) q = q.where('f.amountFen', '>=', f.amountFrom);
  if (f.amountTo !== undefined) q = q.where('f.amountFen', '<=', f.amountTo);
  if (f.createdFrom) q = q.where('f.createdAt', '>=', fromInstant(f.createdFrom));
  if (f.createdTo) q = q.where('f.createdAt', '<', toInstant(f.createdTo));
  if (f.actionable === true) q = q.where((eb) => actionableWhere(eb, actor));
  if (f.actionable === false) q = q.where((eb) => eb.not(actionableWhere(eb, actor)));
  return q;
}
