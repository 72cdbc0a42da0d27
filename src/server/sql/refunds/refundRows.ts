import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The refund's own columns plus what a row shows around it: the account, the
// request and the staff names. One query shape for the list, one refund and
// every action's answer.

export type RefundDb = Kysely<DB> | Transaction<DB>;

export function refundRows(db: RefundDb) {
  return db
    .selectFrom('refunds as f')
    .innerJoin('accounts as a', 'a.id', 'f.accountId')
    .leftJoin('cancellationRequests as r', 'r.id', 'f.requestId')
    .leftJoin('staffUsers as rq', 'rq.id', 'f.requestedBy')
    .leftJoin('staffUsers as s1', 's1.id', 'f.firstApproverId')
    .leftJoin('staffUsers as s2', 's2.id', 'f.secondApproverId')
    .select([
      'f.id',
      'f.requestId',
      'r.number as requestNumber',
      'r.decidedBy as requestDecidedBy',
      'f.accountId',
      'a.accountNumber',
      'a.holderName',
      'f.amountFen',
      'f.status',
      'f.requestedBy',
      'rq.displayName as requestedByName',
      'f.amendedBy',
      'f.reason',
      'f.approvalsNeeded',
      'f.firstApproverId',
      's1.displayName as firstApproverName',
      'f.firstApprovedAt',
      'f.secondApproverId',
      's2.displayName as secondApproverName',
      'f.secondApprovedAt',
      'f.rejectedBy',
      'f.rejectionReason',
      'f.payoutReference',
      'f.payoutAttempts',
      'f.failureReason',
      'f.paidAt',
      'f.version',
      'f.createdAt',
      'f.updatedAt',
    ]);
}

export type RefundRowData = Awaited<ReturnType<ReturnType<typeof refundRows>['executeTakeFirstOrThrow']>>;
