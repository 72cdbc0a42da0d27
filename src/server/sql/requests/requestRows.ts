import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * A request as the API reads it: its own columns, the account's that staff
 * see beside it and the assignee's name; `pausedAt` and `slaPausedMs` feed the
 * SLA only, `turnaroundMs` becomes turnaroundWorkingDays and `remindedAt` the
 * awaiting deadlines (toApiRequest).
 */
export function requestRows(db: Kysely<DB>) {
  return db
    .selectFrom('cancellationRequests as r')
    .innerJoin('accounts as a', 'a.id', 'r.accountId')
    .leftJoin('staffUsers as u', 'u.id', 'r.assigneeId')
    .select([
      'r.id',
      'r.number',
      'r.accountId',
      'a.accountNumber',
      'a.holderName',
      'a.phone',
      'a.companyName',
      'r.accountType',
      'a.status as accountStatus',
      'a.identityVerified',
      'a.balanceFen',
      'r.reasonCode',
      'r.reasonText',
      'r.filedBy',
      'r.agentName',
      'r.channel',
      'r.status',
      'r.assigneeId',
      'u.displayName as assigneeName',
      'r.submittedAt',
      'r.decidedAt',
      'r.decidedBy',
      'r.requestedDocTypes',
      'r.infoRequestMessage',
      'r.rejectReasonCode',
      'r.customerMessage',
      'r.internalNote',
      'r.version',
      'r.createdAt',
      'r.updatedAt',
      'r.pausedAt',
      'r.slaPausedMs',
      'r.turnaroundMs',
      'r.remindedAt',
    ]);
}

export type RequestJoinedRow = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;
