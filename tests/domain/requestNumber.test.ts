import { describe, expect, it } from 'vitest';
import { REQUEST_NUMBER_PATTERN, requestNumber } from '../../src/domain/requestNumber.ts';

describe('request numbers', () => {
  it('use the submission day in Shanghai, not UTC: 2026-11-24 23:30 UTC is the 25th there', () => {
    expect(requestNumber(new Date('2026-11-24T23:30:00Z'), 42)).toBe('ZX261125-00042');
    expect(requestNumber(Date.parse('2026-11-24T15:59:59Z'), 7)).toBe('ZX261124-00007');
  });

  it('keep sequences past five digits and match the pattern routes accept', () => {
    expect(requestNumber(new Date('2026-01-01T02:00:00Z'), 123456)).toBe('ZX260101-123456');
    expect(REQUEST_NUMBER_PATTERN.test('ZX260101-00001')).toBe(true);
    expect(REQUEST_NUMBER_PATTERN.test('../../etc')).toBe(false);
  });
});
