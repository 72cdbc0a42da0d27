import type { PayoutGateway, PayoutOrder, PayoutResult } from './gateway.ts';

/**
 * The built-in gateway: finance made the bank transfer by hand and enters its
 * reference; paying records it. Nothing leaves the building, so the key has
 * nothing to deduplicate here: the refund's row lock and status do that.
 */
export const manualGateway: PayoutGateway = {
  name: 'manual',
  async pay(order: PayoutOrder): Promise<PayoutResult> {
    return { reference: order.reference, paidAt: order.paidAt };
  },
};
