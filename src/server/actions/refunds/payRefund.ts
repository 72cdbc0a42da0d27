import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ApiError, badRequest } from '../../http/errors.ts';
import { enqueueNotifications } from '../../outbox/enqueue.ts';
import { PayoutRefused, PayoutTimeout, payoutKey, type PayoutGateway } from '../../payouts/gateway.ts';
import { fromInstant } from '../../sql/requests/filters.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import { refundMessageNumber } from './refundMessage.ts';
import { runRefundAction, type RefundTarget } from './refundTransaction.ts';

export interface PayInput {
  reference: string;
  /** A bare date is that Shanghai day; default now. */
  paidAt?: string;
}

/**
 * approved | failed → paid, in one transaction under the refund's row lock:
 * the gateway pays (with the attempt's own key, so a retry after a timeout
 * can never pay twice), the ledger gets its refund_paid entry (at most one per
 * refund: a unique index), the customer's email + SMS are queued. A refusal
 * the gateway reports is recorded (failed, with why) and answered 502; a
 * gateway that does not answer leaves nothing recorded (504).
 */
export function payRefund(
  target: RefundTarget,
  gateway: PayoutGateway,
  input: PayInput,
  finish?: (trx: Transaction<DB>, refund: ApiRefund) => Promise<void>,
) {
  return runRefundAction(
    target,
    'pay',
    async ({ trx, row, user, now }) => {
      const paidAt = input.paidAt ? fromInstant(input.paidAt) : now;
      if (paidAt.getTime() > now.getTime()) throw badRequest('paidAt is in the future', { paidAt: 'not after now' });
      if (paidAt.getTime() < row.createdAt.getTime() - 86_400_000) {
        throw badRequest('paidAt is before the refund was created', { paidAt: 'not before the refund' });
      }
      const key = payoutKey(row.id, row.payoutAttempts);
      let result;
      try {
        const order = {
          refundId: row.id,
          accountId: row.accountId,
          amountFen: row.amountFen,
          reference: input.reference,
          paidAt,
        };
        result = await gateway.pay(order, key);
      } catch (e) {
        if (e instanceof PayoutRefused) {
          return {
            status: 'failed' as const,
            set: { failureReason: e.reason, payoutAttempts: row.payoutAttempts + 1, gateway: gateway.name },
            audit: { action: 'refund.payout_refused', after: { reason: e.reason, gatewayKey: key } },
          };
        }
        if (e instanceof PayoutTimeout) {
          throw new ApiError(
            504,
            'the payout gateway did not answer: nothing was recorded; paying again asks it with the same payout key, so it cannot pay twice',
          );
        }
        throw e;
      }
      const entry = await trx
        .insertInto('balanceEntries')
        .values({
          accountId: row.accountId,
          kind: 'refund_paid',
          amountFen: -row.amountFen,
          refundId: row.id,
          createdBy: user.id,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await enqueueNotifications(trx, {
        event: 'refund_paid',
        requestId: row.requestId,
        accountId: row.accountId,
        now,
        facts: {
          number: await refundMessageNumber(trx, row),
          amountFen: row.amountFen,
          payoutReference: result.reference,
        },
      });
      return {
        set: { payoutReference: result.reference, paidAt: result.paidAt, failureReason: null, gateway: gateway.name },
        audit: {
          action: 'refund.paid',
          after: {
            amountFen: row.amountFen,
            payoutReference: result.reference,
            paidAt: result.paidAt.toISOString(),
            ledgerEntryId: Number(entry.id),
            gatewayKey: key,
          },
        },
      };
    },
    finish,
  );
}
