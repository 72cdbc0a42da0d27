import { describe, expect, it } from 'vitest';
import { transportErrorKind } from '../../src/domain/transportErrors.ts';

describe('summarising a transport refusal', () => {
  it.each([
    ['SMTP 550 5.1.1 mailbox unavailable', 'recipient_unknown'],
    ["Can't send mail - all recipients were rejected: 550 5.1.1 <x@example.com>: User unknown", 'recipient_unknown'],
    ['短信网关返回：号码为空号 (code 15)', 'recipient_unknown'],
    ['SMTP 552 mailbox full', 'mailbox_full'],
    ['452 4.2.2 The email account that you tried to reach is over quota', 'mailbox_full'],
    ['短信网关返回：用户已关机，重试超限', 'recipient_unreachable'],
    ['550 5.7.1 Message rejected as spam', 'rejected_as_spam'],
    ['Invalid login: 535 5.7.8 Username and Password not accepted', 'auth_failed'],
    ['connect ECONNREFUSED 127.0.0.1:25', 'unreachable_server'],
    ['getaddrinfo ENOTFOUND smtp.example.com', 'unreachable_server'],
    ['connect ETIMEDOUT smtp relay', 'timeout'],
    ['sms gateway timeout', 'timeout'],
    ['Greeting never received', 'timeout'],
    ['421 4.7.0 Try again later, closing connection', 'temporarily_refused'],
    ['554 Transaction failed', 'permanently_refused'],
  ])('%s → %s', (raw, kind) => {
    expect(transportErrorKind(raw)).toBe(kind);
  });

  it('text no pattern fits is unknown, so the raw text is shown as it is', () => {
    expect(transportErrorKind('something odd happened')).toBe('unknown');
    expect(transportErrorKind('')).toBe('unknown');
  });

  it('a specific refusal wins over the generic SMTP class it also belongs to', () => {
    expect(transportErrorKind('550 5.1.1 rejected')).toBe('recipient_unknown');
    expect(transportErrorKind('550 5.7.1 blocked')).toBe('rejected_as_spam');
  });
});
