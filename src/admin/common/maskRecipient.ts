import { maskPhone } from '../../domain/mask.ts';

/** 'zhang.wei@example.com' → 'zh*******@example.com': the domain stays readable, most of the name is hidden. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(Math.max(4, email.length));
  const local = email.slice(0, at);
  const keep = local.length <= 2 ? 1 : 2;
  return `${local.slice(0, keep)}${'*'.repeat(Math.max(3, local.length - keep))}${email.slice(at)}`;
};

/** A notification's recipient as staff see it in lists: phone or email, masked. */
export const maskRecipient = (channel: string, recipient: string): string =>
  channel === 'sms' ? maskPhone(recipient) : maskEmail(recipient);
