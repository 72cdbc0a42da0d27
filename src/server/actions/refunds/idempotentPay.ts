import { createHash } from 'node:crypto';
import { ApiError, badRequest } from '../../http/errors.ts';
import type { PayoutGateway } from '../../payouts/gateway.ts';
import { claimPayoutKey, completePayoutKey, releasePayoutKey } from '../../sql/refunds/index.ts';
import { payRefund, type PayInput } from './payRefund.ts';
import type { RefundTarget } from './refundTransaction.ts';

export interface PayAnswer {
  status: 200 | 502;
  body: unknown;
  /** A replayed answer (same key, same body). */
  replayed: boolean;
}

const MAX_KEY_LENGTH = 255;

/** Same refund, same reference, same date: a retry. Anything else under that key is a reuse (422). */
function fingerprint(refundId: number, input: PayInput): string {
  const canonical = JSON.stringify({ refundId, reference: input.reference, paidAt: input.paidAt ?? null });
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * POST /api/refunds/:id/pay with its Idempotency-Key: claim the key (its own
 * short transaction, so a concurrent call sees it), pay, store the answer in
 * the payment's transaction. A refusal before any payout (403, 409, 412...)
 * or a gateway that did not answer releases the key: nothing happened, and
 * the same key may be sent again.
 */
export async function idempotentPay(
  target: RefundTarget,
  gateway: PayoutGateway,
  idempotencyKey: string | undefined,
  input: PayInput,
): Promise<PayAnswer> {
  const { database, id, user, now } = target;
  const key = idempotencyKey?.trim();
  if (!key) throw badRequest('send an Idempotency-Key header (a unique string per payout you mean to make)');
  if (key.length > MAX_KEY_LENGTH) throw badRequest(`Idempotency-Key is longer than ${MAX_KEY_LENGTH} characters`);
  const ref = { staffId: user.id, idempotencyKey: key };
  const claim = await claimPayoutKey(database.db, { ...ref, refundId: id, fingerprint: fingerprint(id, input) }, now);
  if (claim.kind === 'mismatch') {
    throw new ApiError(422, 'this Idempotency-Key was already used with a different request: use a new key');
  }
  if (claim.kind === 'in_flight') {
    throw new ApiError(409, 'a payout with this Idempotency-Key is still being processed: retry in a moment');
  }
  if (claim.kind === 'replay') {
    return { status: claim.status === 502 ? 502 : 200, body: claim.body, replayed: true };
  }
  try {
    let answer: PayAnswer | undefined;
    await payRefund(target, gateway, input, async (trx, refund) => {
      answer =
        refund.status === 'paid'
          ? { status: 200, body: refund, replayed: false }
          : {
              status: 502,
              body: { message: `the payout was refused: ${refund.failureReason ?? 'no reason given'}`, refund },
              replayed: false,
            };
      await completePayoutKey(trx, ref, answer, now);
    });
    return answer!;
  } catch (e) {
    await releasePayoutKey(database.db, ref);
    throw e;
  }
}
