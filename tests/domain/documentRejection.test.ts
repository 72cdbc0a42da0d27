import { describe, expect, it } from 'vitest';
import { documentRejectInput } from '../../src/domain/documentRejection.ts';

describe('the reasons a document rejection gives', () => {
  it('a rejection needs a reason and may be final; nothing else', () => {
    expect(documentRejectInput.safeParse({ reason: '照片模糊' }).data).toEqual({ reason: '照片模糊', final: false });
    expect(documentRejectInput.safeParse({ reason: ' ' }).success).toBe(false);
    expect(documentRejectInput.safeParse({ reason: 'x', extra: 1 }).success).toBe(false);
  });

  it('rejecting no longer asks the customer: that is the request-info step, for every document at once', () => {
    expect(documentRejectInput.safeParse({ reason: 'x', askCustomer: true }).success).toBe(false);
  });
});
