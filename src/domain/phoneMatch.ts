// A search by part of a phone number finds requests whose holder's phone
// contains it, but lists show phones masked: the row says which part matched
// by showing the masked phone with the searched digits in place. Only digits
// the searcher typed are shown, so nothing new is revealed.

import { maskPhone } from './mask.ts';

/** Searches this short are too common to point at a part of the number. */
const MIN_DIGITS = 3;

export interface PhoneMatch {
  /** The masked phone with the searched digits written in. */
  shown: string;
  /** Where the searched digits are in `shown`: [start, end). */
  start: number;
  end: number;
}

export function phoneMatch(phone: string, search: string | null | undefined): PhoneMatch | null {
  const digits = search?.trim() ?? '';
  if (!new RegExp(`^\\d{${MIN_DIGITS},}$`).test(digits)) return null;
  const compact = phone.trim().replace(/[\s-]/g, '');
  const start = compact.indexOf(digits);
  if (start < 0) return null;
  const masked = maskPhone(compact);
  // Every mask keeps the length; if one ever did not, show no position rather than a wrong one.
  if (masked.length !== compact.length) return null;
  const end = start + digits.length;
  return { shown: masked.slice(0, start) + digits + masked.slice(end), start, end };
}
