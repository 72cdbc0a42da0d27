import { describe, it, expect } from 'vitest';
import {
  maskEmail,
  maskIccid,
  maskIdNumber,
  maskPhone,
  maskPiiInJson,
  maskPiiInText,
  maskRecipient,
} from '../../src/domain/mask.ts';

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

describe('masking is idempotent', () => {
  it('a masked phone, ID number, email or ICCID masked again is unchanged', () => {
    for (const [mask, value] of [
      [maskPhone, '13800138000'],
      [maskPhone, '12345678'],
      [maskIdNumber, '110101199003071234'],
      [maskEmail, 'zhang.wei@example.com'],
      [maskIccid, '89860012345678901234'],
    ] as const) {
      expect(mask(mask(value))).toBe(mask(value));
    }
  });
});

describe('masking emails, ICCIDs and recipients', () => {
  it('an email keeps its domain and the first two characters of the name', () => {
    expect(maskEmail('zhang.wei@example.com')).toBe('zh*******@example.com');
    expect(maskEmail('li@qq.com')).toBe('l***@qq.com');
    expect(maskEmail('not-an-email')).toBe('************');
  });

  it('an ICCID keeps the issuer prefix and the last four digits', () => {
    expect(maskIccid('89860012345678901234')).toBe('898600**********1234');
    expect(maskIccid('8986001234567890123')).toBe('898600*********0123');
  });

  it('a recipient is masked as a phone number for SMS and as an email otherwise', () => {
    expect(maskRecipient('sms', '13800138000')).toBe('138****8000');
    expect(maskRecipient('email', 'wang@163.com')).toBe('wa***@163.com');
  });
});

describe('masking personal data inside free text', () => {
  it('phone numbers, emails, ID numbers and ICCIDs in a message are masked', () => {
    const text =
      '请致电 13800138000 或 +86 139-0013-9000，邮件 zhang.wei@example.com；' +
      '身份证 11010119900307123X，卡号 89860012345678901234。';
    expect(maskPiiInText(text)).toBe(
      '请致电 138****8000 或 +86139****9000，邮件 zh*******@example.com；' +
        '身份证 110***********123X，卡号 898600**********1234。',
    );
  });

  it('request, account and payout numbers stay readable', () => {
    const text = 'ZX261129-00012 LL000000123 BANK-20261129-123456 ¥120.50';
    expect(maskPiiInText(text)).toBe(text);
  });

  it('a JSON snapshot has every string inside it masked, other values kept', () => {
    expect(maskPiiInJson({ status: 'rejected', n: 3, msg: ['call 13800138000'], x: null })).toEqual({
      status: 'rejected',
      n: 3,
      msg: ['call 138****8000'],
      x: null,
    });
  });
});
