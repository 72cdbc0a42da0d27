import { z } from 'zod';
import { dateOrDateTimeSchema } from './schemas.ts';
import { REFUND_STATUSES } from './vocabulary.ts';

// Bodies and the list filter of /api/refunds: the server validates with
// these, the UI's dialogs and filters use the same limits. Money is integer
// fen: 10.5 is refused, never rounded.

export const fenAmount = z
  .number()
  .int('amountFen is a whole number of fen')
  .positive('amountFen must be more than 0')
  .max(Number.MAX_SAFE_INTEGER);
const reason = z.string().trim().min(1, 'say why').max(500);
const positiveId = z.number().int().positive();

/** POST /api/refunds: a refund on request. */
export const refundCreateInput = z.strictObject({ accountId: positiveId, amountFen: fenAmount, reason });

/** reject (the customer reads it) and fail (why the bank refused). */
export const refundReasonInput = z.strictObject({ reason });

/** pay: the bank-transfer reference, and when it was paid (default now; a bare date is that Shanghai day). */
export const refundPayInput = z.strictObject({
  reference: z.string().trim().min(1, 'the bank-transfer reference').max(100),
  paidAt: dateOrDateTimeSchema.optional(),
});

/** amend: a new amount voids every approval. */
export const refundAmendInput = z.strictObject({ amountFen: fenAmount, reason });

const status = z.enum(REFUND_STATUSES);

/** The `filter` of GET /api/refunds. Amounts in fen, both ends inclusive; a bare date is that Shanghai day. */
export const refundListFilter = z.strictObject({
  id: z.union([positiveId, z.array(positiveId).max(1000)]).optional(),
  status: z.union([status, z.array(status)]).optional(),
  accountId: positiveId.optional(),
  requestId: positiveId.optional(),
  amountFrom: z.number().int().min(0).optional(),
  amountTo: z.number().int().min(0).optional(),
  createdFrom: dateOrDateTimeSchema.optional(),
  createdTo: dateOrDateTimeSchema.optional(),
  /** true: only the refunds the caller may approve or pay now. */
  actionable: z.boolean().optional(),
});
export type RefundListFilter = z.infer<typeof refundListFilter>;
