import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { dualApprovalThresholdFen } from '../sql/settings.ts';
import { writeAudit } from '../sql/audit.ts';
import { approvalChecklist, type Gate } from '../../domain/approvalGates.ts';
import { refundableFen } from '../../domain/refundAmount.ts';
import { approvalsNeeded } from '../../domain/refundApproval.ts';
import { lockRefundable } from '../sql/refunds/index.ts';
import { decisionFields } from './decisionFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

function gateProblems(gates: Gate[]): string[] {
  const problems: string[] = [];
  for (const g of gates.filter((x) => x.blocking && !x.ok)) {
    if (g.key === 'identity_verified')
      problems.push(
        "the holder's identity is not verified: verify the ID documents, then use verify holder's identity (POST /api/requests/:id/verify-identity)",
      );
    if (g.key === 'documents_verified') {
      if (g.missingDocuments?.length) problems.push(`documents missing: ${g.missingDocuments.join(', ')}`);
      if (g.unverifiedDocuments?.length) problems.push(`documents not verified: ${g.unverifiedDocuments.join(', ')}`);
    }
    if (g.key === 'no_open_orders') problems.push(`orders still open: ${g.openOrders?.join(', ')}`);
  }
  return problems;
}

/**
 * in_review → approved, only when every gate holds (rechecked here, under the
 * row lock). In the same transaction: the account is cancelled and its
 * services stop, a refund of any positive balance awaits finance, and the
 * customer gets the final confirmation by email + SMS.
 */
export function approveRequest(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'approve', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      const account = await trx
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', row.accountId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const [documents, orders] = await Promise.all([
        trx
          .selectFrom('documents')
          .select(['id', 'type', 'status', 'attempt', 'uploadedAt'])
          .where('requestId', '=', row.id)
          .execute(),
        trx
          .selectFrom('orders')
          .select(['id', 'orderNumber', 'name', 'status'])
          .where('accountId', '=', row.accountId)
          .execute(),
      ]);
      const checklist = approvalChecklist({
        account: { identityVerified: account.identityVerified, balanceFen: account.balanceFen },
        request: row,
        documents,
        orders,
      });
      if (!checklist.canApprove) {
        const problems = gateProblems(checklist.gates);
        throw new ApiError(409, `cannot approve: ${problems.join('; ')}`, undefined, {
          code: 'approval_gates',
          gates: checklist.gates,
        });
      }

      await trx
        .updateTable('accounts')
        .set({ status: 'cancelled', serviceEndedAt: now, updatedAt: now })
        .where('id', '=', account.id)
        .execute();
      await writeAudit(trx, {
        actor: { type: 'staff', user },
        action: 'account.cancelled',
        entityType: 'account',
        entityId: account.id,
        requestId: row.id,
        accountId: account.id,
        before: { status: account.status },
        after: { status: 'cancelled' },
        at: now,
      });

      // What is left to refund: the balance less refunds already raised on request.
      const refundFen = refundableFen(await lockRefundable(trx, account.id, null));
      let refundId: number | null = null;
      if (refundFen > 0) {
        const threshold = await dualApprovalThresholdFen(trx);
        const refund = await trx
          .insertInto('refunds')
          .values({
            requestId: row.id,
            accountId: account.id,
            amountFen: refundFen,
            status: 'pending_approval',
            requestedBy: user.id,
            approvalsNeeded: approvalsNeeded(refundFen, threshold),
            createdAt: now,
            updatedAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        refundId = refund.id;
        await writeAudit(trx, {
          actor: { type: 'staff', user },
          action: 'refund.created',
          entityType: 'refund',
          entityId: refund.id,
          requestId: row.id,
          accountId: account.id,
          after: { status: 'pending_approval', amountFen: refundFen },
          at: now,
        });
      }

      await enqueueNotifications(trx, {
        event: 'approved',
        requestId: row.id,
        accountId: account.id,
        now,
        facts: { number: row.number },
      });
      return {
        set: await decisionFields(trx, row, user.id, now),
        auditExtra: { refundId, refundFen: refundFen || null },
      };
    },
  );
}
