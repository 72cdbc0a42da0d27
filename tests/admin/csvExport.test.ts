import { describe, expect, it } from 'vitest';
import { accountCsvColumns } from '../../src/admin/accounts/accountExport.ts';
import { csvCell, toCsv, yuan, type CsvContext } from '../../src/admin/common/csv.ts';
import { en } from '../../src/admin/i18n/en.ts';
import { zhCN } from '../../src/admin/i18n/zh-CN.ts';
import { notificationCsvColumns } from '../../src/admin/notifications/notificationExport.ts';
import { requestCsvColumns } from '../../src/admin/requests/requestExport.ts';
import type { Account, OutboxNotification } from '../../src/admin/types.ts';
import { aRequestRecord as aRequest } from './requestRecord.ts';

/** The UI's translate over one message file: nested keys, `_` fallback, %{name} values. */
const translatorFor =
  (messages: object) =>
  (key: string, options: Record<string, unknown> = {}): string => {
    let value: unknown = messages;
    for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    const text = typeof value === 'string' ? value : String(options._ ?? key);
    return text.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name] ?? ''));
  };

const ctx = (locale: 'zh-CN' | 'en', roles: string[]): CsvContext => ({
  translate: translatorFor(locale === 'en' ? en : zhCN),
  locale,
  roles,
});

/** The CSV as rows of cells (no quoted commas in these fixtures), BOM checked and dropped. */
const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
};

describe('a CSV a spreadsheet opens', () => {
  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    const csv = toCsv([{ header: '姓名', value: (r: { name: string }) => r.name }], [{ name: '张三' }]);
    expect(csv).toBe('\uFEFF姓名\r\n张三\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('never lets a value run as a formula, but keeps negative amounts numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-12.50')).toBe('-12.50');
  });

  it('writes amounts as yuan a spreadsheet can sum', () => {
    expect(yuan(123456)).toBe('1234.56');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-100)).toBe('-1.00');
    expect(yuan(null)).toBe('');
  });
});

describe('the queue export', () => {
  it('has Chinese headers, labels not codes, Shanghai times, yuan and the phone masked as on screen', () => {
    const [header, row] = parse(toCsv(requestCsvColumns(ctx('zh-CN', ['reviewer'])), [aRequest()]));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(header).toEqual(expect.arrayContaining(['申请编号', '手机号', '状态', '提交时间', '余额（元）']));
    expect(cell('手机号')).toBe('137****7895');
    expect(cell('状态')).toBe('审核中');
    expect(cell('注销原因')).toBe('更换运营商');
    expect(cell('提交时间')).toBe('2026-10-13 15:56');
    expect(cell('余额（元）')).toBe('1234.56');
    expect(cell('证明材料')).toBe('1/2');
    expect(row!.join(',')).not.toContain('13712347895');
  });

  it('has English headers and labels in English', () => {
    const [header, row] = parse(toCsv(requestCsvColumns(ctx('en', ['reviewer'])), [aRequest()]));
    expect(header).toEqual(expect.arrayContaining(['Request no.', 'Phone', 'Status', 'Balance (¥)']));
    expect(row![header!.indexOf('Status')]).toBe('In review');
  });

  it('includes the internal note only for roles that may read it', () => {
    const reviewer = parse(toCsv(requestCsvColumns(ctx('zh-CN', ['reviewer'])), [aRequest()]));
    const finance = parse(toCsv(requestCsvColumns(ctx('zh-CN', ['finance'])), [aRequest()]));
    expect(reviewer[0]).toContain('内部备注');
    expect(reviewer[1]).toContain('客户来电催促');
    expect(finance[0]).not.toContain('内部备注');
    expect(finance.flat()).not.toContain('客户来电催促');
  });
});

describe('the accounts export', () => {
  const anAccount: Account = {
    id: 3,
    accountNumber: 'A100003',
    holderName: '张伟雨',
    accountType: 'personal',
    companyName: null,
    idNumberMasked: '110***********1234',
    phone: '13712347895',
    email: 'zhang.wei@example.com',
    iccid: '89860012345678901234',
    msisdn: '13712347895',
    cardKind: 'esim',
    planName: '畅享 59',
    status: 'suspended',
    balanceFen: 990,
    dataRemainingMb: 0,
    identityVerified: true,
    language: 'zh-CN',
    openedAt: '2020-01-01T16:30:00.000Z',
    serviceEndedAt: null,
  };

  it('masks phone, email and ICCID, and shows labels and yuan', () => {
    const [header, row] = parse(toCsv(accountCsvColumns(ctx('zh-CN', ['reviewer'])), [anAccount]));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('手机号')).toBe('137****7895');
    expect(cell('电子邮箱')).toMatch(/^zh\*+@example\.com$/);
    expect(cell('ICCID')).not.toContain('12345678901');
    expect(cell('状态')).toBe('已暂停');
    expect(cell('开户时间')).toBe('2020-01-02');
    expect(row!.join(',')).not.toContain('13712347895');
  });
});

describe('the outbox export', () => {
  const aMessage: OutboxNotification = {
    id: 40,
    requestId: 7,
    accountId: 3,
    event: 'paused_instead',
    channel: 'sms',
    language: 'zh-CN',
    recipient: '13712347895',
    subject: null,
    body: '…',
    status: 'failed',
    attempts: 5,
    nextAttemptAt: '2026-11-29T01:00:00.000Z',
    lastError: 'SMTP 550 5.1.1 mailbox unavailable',
    createdAt: '2026-11-29T01:00:00.000Z',
    sentAt: null,
  };

  it('masks the recipient and summarises the refusal with the raw text beside it', () => {
    const [header, row] = parse(toCsv(notificationCsvColumns(ctx('en', ['manager'])), [aMessage]));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Recipient')).toBe('137****7895');
    expect(cell('Event')).toBe('Paused service instead');
    expect(cell('Status')).toBe('Failed');
    expect(cell('Last error')).toBe('Address or number does not exist');
    expect(cell('Raw error')).toBe('SMTP 550 5.1.1 mailbox unavailable');
  });
});
