import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { raChinese } from '../../src/admin/i18n/raChinese.ts';
import { en } from '../../src/admin/i18n/en.ts';
import { zhCN } from '../../src/admin/i18n/zh-CN.ts';
import { getMessages } from '../../src/admin/i18n/i18nProvider.ts';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, NOTIFICATION_STATUSES } from '../../src/domain/vocabulary.ts';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  CHANNELS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  FILED_BY,
  ORDER_KINDS,
  ORDER_STATUSES,
  REASON_CODES,
  REFUND_STATUSES,
  REJECT_REASON_CODES,
  REQUEST_STATUSES,
  ROLES,
  SLA_STATES,
} from '../../src/domain/vocabulary.ts';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: object, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
  }
  return out;
};

const keysMissingIn = (reference: object, candidate: object) => {
  const have = flatten(candidate);
  return [...flatten(reference).keys()].filter((key) => !have.has(key));
};

// English is loaded on demand, as the app loads it when the user switches.
const zh = flatten(await getMessages('zh-CN'));
const english = flatten(await getMessages('en'));

describe('Chinese is complete', () => {
  it('react-admin: raChinese has every key of ra-language-english', () => {
    expect(keysMissingIn(englishMessages, raChinese)).toEqual([]);
  });

  it('ours: zh-CN has every key of en, and no key en lacks', () => {
    expect(keysMissingIn(en, zhCN)).toEqual([]);
    expect(keysMissingIn(zhCN, en)).toEqual([]);
  });

  it('the zh-CN bundle has every key of the en bundle, react-admin’s and ours', () => {
    expect([...english.keys()].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('no Chinese message is empty or left in English', () => {
    const suspicious = [...zh].filter(([key, value]) => {
      if (value.trim() === '') return key !== 'ra.boolean.null';
      return value === english.get(key) && /[a-z]{4,}/i.test(value.replace(/%\{\w+\}/g, ''));
    });
    // Product and technical names are the same in both languages.
    const sameOnPurpose = new Set(['ICCID', 'App', 'eSIM', 'English', '%{mb} MB', '%{gb} GB']);
    expect(suspicious.filter(([, value]) => !sameOnPurpose.has(value))).toEqual([]);
  });

  it('placeholders survive translation', () => {
    const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    const broken = [...english]
      .filter(([key, value]) => zh.has(key) && placeholders(value).join() !== placeholders(zh.get(key)!).join())
      // polyglot's smart_count chooses the plural form; Chinese has one form and may omit it.
      .filter(
        ([key, value]) =>
          placeholders(value)
            .filter((p) => p !== 'smart_count')
            .join() !==
          placeholders(zh.get(key)!)
            .filter((p) => p !== 'smart_count')
            .join(),
      );
    expect(broken.map(([key]) => key)).toEqual([]);
  });
});

describe('every word of the vocabulary has a label in both languages', () => {
  const vocabulary: [string, readonly string[]][] = [
    ['resources.requests.enums.status', REQUEST_STATUSES],
    ['resources.requests.enums.accountType', ACCOUNT_TYPES],
    ['resources.requests.enums.reasonCode', REASON_CODES],
    ['resources.requests.enums.rejectReasonCode', REJECT_REASON_CODES],
    ['resources.requests.enums.filedBy', FILED_BY],
    ['resources.requests.enums.channel', CHANNELS],
    ['resources.requests.enums.slaState', SLA_STATES],
    ['resources.accounts.enums.status', ACCOUNT_STATUSES],
    ['resources.accounts.enums.accountType', ACCOUNT_TYPES],
    ['resources.documents.enums.type', DOCUMENT_TYPES],
    ['resources.documents.enums.status', [...DOCUMENT_STATUSES, 'missing']],
    ['resources.orders.enums.kind', ORDER_KINDS],
    ['resources.orders.enums.status', ORDER_STATUSES],
    ['resources.refunds.enums.status', REFUND_STATUSES],
    ['resources.users.enums.roles', ROLES],
    ['resources.notifications.enums.status', NOTIFICATION_STATUSES],
    ['resources.notifications.enums.channel', NOTIFICATION_CHANNELS],
    ['resources.notifications.enums.event', NOTIFICATION_EVENTS],
    ['sla.state', SLA_STATES],
  ];
  it.each(vocabulary)('%s', (prefix, values) => {
    for (const bundle of [zh, english]) {
      expect(values.filter((value) => !bundle.has(`${prefix}.${value}`))).toEqual([]);
    }
  });

  it('the request statuses read as the product names them', () => {
    expect(REQUEST_STATUSES.map((s) => zh.get(`resources.requests.enums.status.${s}`))).toEqual([
      '待审核',
      '审核中',
      '待补充',
      '已批准',
      '已驳回',
      '改为暂停服务',
      '已撤回',
    ]);
  });
});
