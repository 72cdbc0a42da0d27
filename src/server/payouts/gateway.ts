// How a refund's money leaves: a gateway adapter. The server calls
// pay(refund, idempotencyKey) inside the refund's transaction, with a key
// that names the payout attempt (not the HTTP call): a retry after a timeout
// asks the gateway again with the same key, and a gateway that honours keys
// (every bank API does) answers with the payment it already made instead of
// paying twice. Only a refusal the gateway reports (PayoutRefused) starts a
// new attempt, with a new key.

export interface PayoutOrder {
  refundId: number;
  accountId: number;
  amountFen: number;
  /** What finance entered: the bank-transfer reference (manual payout) or a note for an API gateway. */
  reference: string;
  /** When finance says it was paid (manual), or now. */
  paidAt: Date;
}

export interface PayoutResult {
  /** The reference recorded on the refund and told to the customer. */
  reference: string;
  paidAt: Date;
}

/** The gateway said no (account closed, name mismatch...): nothing was paid; the refund becomes failed. */
export class PayoutRefused extends Error {
  constructor(readonly reason: string) {
    super(`payout refused: ${reason}`);
  }
}

/** No answer in time: the payment may or may not exist, so nothing is recorded and the same key is retried. */
export class PayoutTimeout extends Error {
  constructor() {
    super('the payout gateway did not answer in time');
  }
}

export interface PayoutGateway {
  /** Stored on the refund (refunds.gateway). */
  readonly name: string;
  pay(order: PayoutOrder, idempotencyKey: string): Promise<PayoutResult>;
}

/** The key of a refund's payout attempt: the same until the gateway refuses one. */
export const payoutKey = (refundId: number, payoutAttempts: number) =>
  `refund-${refundId}-attempt-${payoutAttempts + 1}`;
