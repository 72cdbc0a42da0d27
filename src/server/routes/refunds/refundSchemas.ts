import { z } from '@hono/zod-openapi';
import { BALANCE_ENTRY_KINDS } from '../../../domain/refundRecord.ts';
import { REFUND_ACTIONS } from '../../../domain/refundActions.ts';
import { REFUND_STATUSES } from '../../../domain/vocabulary.ts';

// What /api/refunds answers, for the OpenAPI document (the type is ApiRefund in src/domain/refundRecord.ts).

const refusal = z.object({ status: z.number().int(), code: z.string(), message: z.string() });

export const refundSchema = z
  .looseObject({
    id: z.number().int(),
    requestId: z.number().int().nullable(),
    accountId: z.number().int(),
    amountFen: z.number().int(),
    status: z.enum(REFUND_STATUSES),
    approvals: z.array(z.object({ approverId: z.number().int(), approverName: z.string(), approvedAt: z.string() })),
    version: z.number().int(),
    availableActions: z.array(z.enum(REFUND_ACTIONS)),
    blockedActions: z.record(z.string(), refusal),
  })
  .openapi('Refund', {
    description:
      'a refund in integer fen, with its approvals and what the caller may do (availableActions) or why not (blockedActions); `version` is its ETag',
  });

export const balanceEntrySchema = z
  .object({
    id: z.number().int(),
    accountId: z.number().int(),
    kind: z.enum(BALANCE_ENTRY_KINDS),
    amountFen: z.number().int(),
    refundId: z.number().int().nullable(),
    reason: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('BalanceEntry');

export const refundCountsSchema = z.record(z.string(), z.number().int()).openapi('RefundCounts', {
  description: "per status, all, and the caller's own work: toApprove, toPay (actionable = both)",
});
