import { describe, it, expect } from 'vitest';
import { formatFen, typedYuanToFen, yuanToFen } from '../../src/domain/money.ts';

describe('formatting fen', () => {
  it('123456 fen reads ¥1,234.56', () => {
    expect(formatFen(123_456)).toBe('¥1,234.56');
  });

  it('zero reads ¥0.00 and single fen keep two digits', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(1_000_00)).toBe('¥1,000.00');
  });

  it('the largest safe amount is formatted exactly, without float drift', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('a negative amount keeps its sign in front', () => {
    expect(formatFen(-1_050)).toBe('-¥10.50');
  });

  it('reads the same in English', () => {
    expect(formatFen(123_456, 'en')).toBe('¥1,234.56');
  });

  it('a fractional or unsafe fen amount is refused (money is integer fen)', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('parsing yuan', () => {
  it('a field being typed: the amount in fen, or null while it is not one', () => {
    expect(typedYuanToFen('12.5')).toBe(1250);
    expect(typedYuanToFen('0')).toBe(0);
    for (const partial of ['', '12.', '1.234', '-5', 'abc']) expect(typedYuanToFen(partial), partial).toBeNull();
  });

  it('"12.5" is exactly 1250 fen', () => {
    expect(yuanToFen('12.5')).toBe(1250);
  });

  it('"0.29" is exactly 29 fen (0.29 * 100 in floating point is 28.999…)', () => {
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1.15')).toBe(115);
  });

  it('whole yuan, a yuan sign, grouping commas and spaces are accepted', () => {
    expect(yuanToFen('8')).toBe(800);
    expect(yuanToFen(' ¥1,234.56 ')).toBe(123_456);
    expect(yuanToFen('0')).toBe(0);
  });

  it('more than 2 decimals is refused', () => {
    expect(() => yuanToFen('1.234')).toThrow(/more than 2 decimals/);
  });

  it('a negative amount is refused', () => {
    expect(() => yuanToFen('-5')).toThrow(/negative/);
  });

  it('text that is not an amount is refused', () => {
    for (const bad of ['', 'abc', '1.2.3', '12.', '.5', '1,23', '1e3']) {
      expect(() => yuanToFen(bad), bad).toThrow(RangeError);
    }
  });

  it('an amount too large to be exact is refused', () => {
    expect(() => yuanToFen('999999999999999999')).toThrow(/too large/);
  });
});
