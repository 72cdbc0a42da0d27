import { describe, expect, it } from 'vitest';
import { refundCsv } from '../../src/admin/refunds/refundCsv.ts';
import { getMessages } from '../../src/admin/i18n/i18nProvider.ts';
import { aRefund } from './refundFixtures.ts';
import polyglotI18nProvider from 'ra-i18n-polyglot';

const translator = async (locale: 'zh-CN' | 'en') => {
  const messages = await getMessages(locale);
  const provider = polyglotI18nProvider(() => messages, locale);
  return (key: string, options?: object) => provider.translate(key, options as never);
};

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('refund CSV', () => {
  const refunds = [
    aRefund({ id: 1, amountFen: 10, accountId: 11 }),
    aRefund({ id: 2, amountFen: 20, accountId: 11, status: 'paid', payoutReference: 'BANK,"42"' }),
    aRefund({ id: 3, amountFen: 100_001, accountId: 12, status: 'failed', failureReason: '户名不符' }),
  ];
  const accounts = {
    '11': { phone: '13800138000', idNumberMasked: '110101199003071234' },
    '12': { phone: '139****0000', idNumberMasked: '110***********1234' },
  };

  it('starts with a BOM, has Chinese headers, yuan amounts and masked phone and ID numbers', async () => {
    const csv = refundCsv(refunds, accounts, await translator('zh-CN'), 'zh-CN');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first, second, third] = lines(csv);
    expect(header).toContain('金额（元）');
    expect(header).toContain('手机号');
    expect(first).toContain(',0.10,');
    expect(first).toContain('138****8000');
    expect(first).toContain('110***********1234');
    expect(csv).not.toContain('13800138000');
    expect(csv).not.toContain('110101199003071234');
    expect(second).toContain('"BANK,""42"""');
    expect(second).toContain('已付款');
    expect(third).toContain(',1000.01,');
    expect(third).toContain('户名不符');
  });

  it('ends with a total line that adds fen, not floats (0.10 + 0.20 + 1000.01)', async () => {
    const csv = refundCsv(refunds, accounts, await translator('zh-CN'), 'zh-CN');
    const total = lines(csv).at(-1)!.split(',');
    expect(total[0]).toBe('合计（3 笔）');
    expect(total).toContain('1000.31');
  });

  it('writes English headers for an English user', async () => {
    const csv = refundCsv(refunds.slice(0, 1), accounts, await translator('en'), 'en');
    expect(lines(csv)[0]).toContain('Amount (yuan)');
    expect(lines(csv).at(-1)).toMatch(/^Total \(1 refund\)/);
  });
});
