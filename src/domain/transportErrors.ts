// What a mail server's or SMS gateway's refusal means for the reviewer who reads
// it: the raw text ("SMTP 550 5.1.1 mailbox unavailable") is for whoever runs the
// transport, the kind is what the outbox shows first, in the UI's language. The
// raw text stays available behind the summary.

export const TRANSPORT_ERROR_KINDS = [
  'recipient_unknown',
  'mailbox_full',
  'recipient_unreachable',
  'rejected_as_spam',
  'auth_failed',
  'unreachable_server',
  'timeout',
  'temporarily_refused',
  'permanently_refused',
  'unknown',
] as const;
export type TransportErrorKind = (typeof TRANSPORT_ERROR_KINDS)[number];

/**
 * First match wins, so specific patterns come before the generic SMTP classes
 * (5xx permanent, 4xx temporary) that would also match them.
 */
const PATTERNS: readonly [RegExp, TransportErrorKind][] = [
  [
    /\b5\.1\.[0-3]\b|mailbox unavailable|user unknown|no such user|recipient.*(unknown|not found)|空号|号码不存在/i,
    'recipient_unknown',
  ],
  [/\b(552|452)\b|\b5\.2\.2\b|mailbox full|quota|over quota|邮箱已满/i, 'mailbox_full'],
  [/关机|停机|不在服务区|欠费|unreachable subscriber|absent subscriber/i, 'recipient_unreachable'],
  [/\bspam\b|blocked|blacklist|\b5\.7\.1\b|垃圾|拦截/i, 'rejected_as_spam'],
  [/\b(535|530)\b|invalid login|authentication|\bEAUTH\b|签名错误|鉴权/i, 'auth_failed'],
  [/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ECONNRESET|getaddrinfo|connection refused/i, 'unreachable_server'],
  [/ETIMEDOUT|ESOCKET.*time|timed? ?out|greeting never received|超时/i, 'timeout'],
  [/\b4\d\d\b|\b4\.\d\.\d+\b|try again later|rate limit|重试|限流/i, 'temporarily_refused'],
  [/\b5\d\d\b|\b5\.\d\.\d+\b|rejected|refused|拒绝/i, 'permanently_refused'],
];

/** The kind of a transport's refusal; 'unknown' when no pattern fits (the raw text then says it all). */
export function transportErrorKind(raw: string): TransportErrorKind {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(raw)) return kind;
  return 'unknown';
}
