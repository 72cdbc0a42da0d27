import { describe, expect, it } from 'vitest';
import { documentRejectInput } from '../../src/domain/documentRejection.ts';

describe('the reasons a document rejection gives', () => {
  it('a rejection needs a reason and cannot be both final and sent back to the customer', () => {
    expect(documentRejectInput.safeParse({ reason: '照片模糊' }).data).toEqual({
      reason: '照片模糊',
      final: false,
      askCustomer: false,
    });
    expect(documentRejectInput.safeParse({ reason: ' ' }).success).toBe(false);
    expect(documentRejectInput.safeParse({ reason: 'x', final: true, askCustomer: true }).success).toBe(false);
    expect(documentRejectInput.safeParse({ reason: 'x', extra: 1 }).success).toBe(false);
  });
});
