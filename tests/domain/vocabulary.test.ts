import { describe, it, expect } from 'vitest';
import {
  DECIDED_STATUSES,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  isDecidedStatus,
  isOpenStatus,
} from '../../src/domain/vocabulary.ts';

describe('request statuses', () => {
  it('every status is either open or decided, never both', () => {
    expect([...OPEN_STATUSES, ...DECIDED_STATUSES].sort()).toEqual([...REQUEST_STATUSES].sort());
    for (const s of REQUEST_STATUSES) expect(isOpenStatus(s)).toBe(!isDecidedStatus(s));
  });

  it('awaiting_customer is open and withdrawn is decided; an unknown word is neither', () => {
    expect(isOpenStatus('awaiting_customer')).toBe(true);
    expect(isDecidedStatus('withdrawn')).toBe(true);
    expect(isOpenStatus('open')).toBe(false);
    expect(isDecidedStatus('open')).toBe(false);
  });
});
