// Masks for personal data shown to staff who do not need the full value
// (lists, exports, notifications, audit snapshots). Input that is not the
// expected shape is still masked, never shown in full. Each mask is idempotent:
// the SPA may mask a value the server already masked without hiding more.

function maskMiddle(value: string, head: number, tail: number, stars = value.length - head - tail): string {
  return value.slice(0, head) + '*'.repeat(stars) + value.slice(value.length - tail);
}

// For anything of unknown shape: hide at least half, keep a little at each end.
function maskGeneric(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const visible = value.length - Math.ceil(value.length / 2);
  const head = Math.floor(visible / 2);
  return maskMiddle(value, head, visible - head);
}

/** '13800138000' → '138****8000'; '+86 138-0013-8000' → '+86138****8000'. */
export function maskPhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, '');
  // The middle may already be stars: masking a masked number changes nothing.
  const mainland = /^(\+?86)?(1\d\d[\d*]{4}\d{4})$/.exec(compact);
  if (mainland) return (mainland[1] ?? '') + maskMiddle(mainland[2] ?? '', 3, 4);
  return maskGeneric(compact);
}

/**
 * Resident ID (18 or 15 characters): keep the first 3 and the last 4, hiding
 * the region detail and the birth date. '110101199003071234' → '110***********1234'.
 */
export function maskIdNumber(id: string): string {
  const compact = id.trim().replace(/\s/g, '').toUpperCase();
  if (compact.length === 18 || compact.length === 15) return maskMiddle(compact, 3, 4);
  return maskGeneric(compact);
}

/** 'zhang.wei@example.com' → 'zh*******@example.com': the domain stays readable, most of the name is hidden. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(Math.max(4, email.length));
  const local = email.slice(0, at);
  const keep = local.length <= 2 ? 1 : 2;
  return `${local.slice(0, keep)}${'*'.repeat(Math.max(3, local.length - keep))}${email.slice(at)}`;
}

/**
 * A SIM card's ICCID (19 or 20 digits, '89' + country + issuer ...): keep the
 * issuer prefix (6) and the last 4, as printed on the card's sleeve.
 */
export function maskIccid(iccid: string): string {
  const compact = iccid.trim().replace(/\s/g, '');
  if (compact.length >= 19 && compact.length <= 20) return maskMiddle(compact, 6, 4);
  return maskGeneric(compact);
}

/** A notification's recipient: a phone number for SMS, an email address otherwise. */
export const maskRecipient = (channel: string, recipient: string): string =>
  channel === 'sms' ? maskPhone(recipient) : maskEmail(recipient);

const EMAIL_IN_TEXT = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/g;
const ICCID_IN_TEXT = /(?<![\d*])89\d{17,18}(?![\d*])/g;
const ID_IN_TEXT = /(?<![\d*])(?:\d{17}[\dXx]|\d{15})(?![\w*])/g;
const PHONE_IN_TEXT = /(?<![\d*])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d*])/g;

/**
 * Free text (a message body, a note, an error) with the email addresses,
 * ICCIDs, ID numbers and mainland mobile numbers in it masked; request,
 * account and payout numbers stay readable.
 */
export function maskPiiInText(text: string): string {
  return text
    .replace(EMAIL_IN_TEXT, maskEmail)
    .replace(ICCID_IN_TEXT, maskIccid)
    .replace(ID_IN_TEXT, maskIdNumber)
    .replace(PHONE_IN_TEXT, maskPhone);
}

/** Every string inside a JSON value (an audit snapshot) through maskPiiInText. */
export function maskPiiInJson(value: unknown): unknown {
  if (typeof value === 'string') return maskPiiInText(value);
  if (Array.isArray(value)) return value.map(maskPiiInJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPiiInJson(v)]));
  }
  return value;
}
