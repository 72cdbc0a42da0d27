import { describe, it, expect } from 'vitest';
import { maskIdNumber, maskPhone } from '../../src/domain/mask.ts';

describe('masking phone numbers', () => {
  it('a mainland mobile shows the first 3 and last 4 digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('a +86 prefix, spaces and dashes are handled', () => {
    expect(maskPhone('+86 138-0013-8000')).toBe('+86138****8000');
  });

  it('a number that is not a mainland mobile still hides at least half of it', () => {
    expect(maskPhone('021-12345678')).toBe('02******678');
    expect(maskPhone('12345678')).toBe('12****78');
  });

  it('a short value is hidden entirely and an empty one stays empty', () => {
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
});

describe('masking ID numbers', () => {
  it('an 18-character resident ID keeps the first 3 and last 4, hiding the birth date', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110***********1234');
  });

  it('a lowercase check letter x is shown as X', () => {
    expect(maskIdNumber('11010119900307123x')).toBe('110***********123X');
  });

  it('an old 15-character ID is masked the same way', () => {
    expect(maskIdNumber('110101900307123')).toBe('110********7123');
  });

  it('anything else still hides at least half', () => {
    expect(maskIdNumber('A1234567')).toBe('A1****67');
  });
});
