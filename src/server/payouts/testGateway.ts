import { PayoutRefused, PayoutTimeout, type PayoutGateway, type PayoutOrder, type PayoutResult } from './gateway.ts';

type Next = { kind: 'refuse'; reason: string } | { kind: 'timeout'; afterPaying: boolean };

/**
 * For tests only: a bank that keeps its payments by idempotency key, and
 * refuses or times out on demand. A timeout "afterPaying" is the worst case:
 * the money left but the answer was lost; the retry must get that same
 * payment back, never a second one.
 */
export class TestGateway implements PayoutGateway {
  readonly name = 'test';
  /** Every payment the bank made, by key: what "paid twice" would show. */
  readonly payments = new Map<string, PayoutResult & { order: PayoutOrder }>();
  readonly calls: string[] = [];
  private queue: Next[] = [];

  refuseNext(reason = 'beneficiary account closed'): this {
    this.queue.push({ kind: 'refuse', reason });
    return this;
  }

  timeoutNext(afterPaying = true): this {
    this.queue.push({ kind: 'timeout', afterPaying });
    return this;
  }

  async pay(order: PayoutOrder, idempotencyKey: string): Promise<PayoutResult> {
    this.calls.push(idempotencyKey);
    const made = this.payments.get(idempotencyKey);
    const next = this.queue.shift();
    if (next?.kind === 'refuse' && !made) throw new PayoutRefused(next.reason);
    const payment = made ?? { reference: `TEST-${idempotencyKey}`, paidAt: order.paidAt, order };
    if (!made && (next?.kind !== 'timeout' || next.afterPaying)) this.payments.set(idempotencyKey, payment);
    if (next?.kind === 'timeout') throw new PayoutTimeout();
    return { reference: payment.reference, paidAt: payment.paidAt };
  }
}
