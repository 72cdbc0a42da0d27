import type { StaffActor } from '../../../domain/recordAccess.ts';
import { refundActionsFor } from '../../../domain/refundActions.ts';
import type { ApiRefund, RefundApproval } from '../../../domain/refundRecord.ts';
import type { RefundRowData } from './refundRows.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function approvalsOf(row: RefundRowData): RefundApproval[] {
  const approvals: RefundApproval[] = [];
  if (row.firstApproverId !== null && row.firstApprovedAt) {
    approvals.push({
      approverId: row.firstApproverId,
      approverName: row.firstApproverName ?? `#${row.firstApproverId}`,
      approvedAt: row.firstApprovedAt.toISOString(),
    });
  }
  if (row.secondApproverId !== null && row.secondApprovedAt) {
    approvals.push({
      approverId: row.secondApproverId,
      approverName: row.secondApproverName ?? `#${row.secondApproverId}`,
      approvedAt: row.secondApprovedAt.toISOString(),
    });
  }
  return approvals;
}

/** A row as the API sends it, with what this caller may do (the same domain function the actions run). */
export function toApiRefund(row: RefundRowData, actor: StaffActor): ApiRefund {
  const view = refundActionsFor(row, actor);
  return {
    id: row.id,
    requestId: row.requestId,
    requestNumber: row.requestNumber,
    accountId: row.accountId,
    accountNumber: row.accountNumber,
    holderName: row.holderName,
    amountFen: row.amountFen,
    status: row.status,
    reason: row.reason,
    requestedBy: row.requestedBy,
    requestedByName: row.requestedByName,
    requestDecidedBy: row.requestDecidedBy,
    amendedBy: row.amendedBy,
    approvalsNeeded: row.approvalsNeeded === 2 ? 2 : 1,
    approvals: approvalsOf(row),
    rejectedBy: row.rejectedBy,
    rejectionReason: row.rejectionReason,
    payoutReference: row.payoutReference,
    payoutAttempts: row.payoutAttempts,
    failureReason: row.failureReason,
    paidAt: iso(row.paidAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...view,
  };
}
