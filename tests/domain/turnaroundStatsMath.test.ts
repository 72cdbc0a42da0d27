import { describe, it, expect } from 'vitest';
import { percentileCont, roundAsPostgres } from '../../src/domain/turnaroundStatsMath.ts';

// Expected values are PostgreSQL 15's answers to the same queries:
// SELECT percentile_cont(p) WITHIN GROUP (ORDER BY x) ..., SELECT round(x::float8::numeric, n).

describe('percentileCont, as percentile_cont', () => {
  it('interpolates between the two ranks around fraction × (n − 1)', () => {
    // 0.9 × 3 = 2.7: 0.7 + (1.3 − 0.7) × 0.7.
    expect(percentileCont([1.3, 0.1, 0.7, 0.2], 0.9)).toBe(1.12);
    expect(percentileCont([0, 0.75, 3.25, 4.5, 188 / 24], 0.9)).toBe(6.5);
  });

  it('takes a rank itself when the position is whole, and the middle two for an even median', () => {
    expect(percentileCont([5, 1, 3], 0.5)).toBe(3);
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('of one value is that value, of none is null', () => {
    expect(percentileCont([4.2], 0.9)).toBe(4.2);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('refuses a fraction outside [0, 1]', () => {
    expect(() => percentileCont([1], 90)).toThrow(RangeError);
  });
});

describe('roundAsPostgres, as round(x::numeric, n)', () => {
  it('rounds halves away from zero on the 15 significant digits PostgreSQL keeps', () => {
    expect(roundAsPostgres(1.005, 2)).toBe(1.01);
    expect(roundAsPostgres(0.145, 2)).toBe(0.15);
    expect(roundAsPostgres(2.675, 2)).toBe(2.68);
    expect(roundAsPostgres(0.125, 2)).toBe(0.13);
    expect(roundAsPostgres(188 / 24, 2)).toBe(7.83);
  });

  it('rounds a share to 4 decimals', () => {
    expect(roundAsPostgres(2 / 3, 4)).toBe(0.6667);
    expect(roundAsPostgres(1 / 32, 4)).toBe(0.0313);
  });

  it('leaves 0 and whole numbers alone and takes tiny values to 0', () => {
    expect(roundAsPostgres(0, 2)).toBe(0);
    expect(roundAsPostgres(7, 2)).toBe(7);
    expect(roundAsPostgres(1e-9, 2)).toBe(0);
    expect(roundAsPostgres(0.004999, 2)).toBe(0);
  });
});
