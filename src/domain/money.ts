// Money is integer fen (1 yuan = 100 fen). Nothing here goes through floating
// point: 0.1 + 0.2 style drift must never reach a refund.

import type { Language } from './vocabulary.ts';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * "¥1,234.56". The yuan sign and grouping read the same in both product
 * languages; callers pass their locale so a language that writes amounts
 * differently is a change here only.
 */
export function formatFen(fen: number, _locale: Language = 'zh-CN'): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
  const abs = Math.abs(fen);
  // Integer steps only (% and an exact division), so no float rounding to reason about.
  const cents = abs % 100;
  const yuan = (abs - cents) / 100;
  return `${fen < 0 ? '-' : ''}¥${groupThousands(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

const YUAN_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses an amount in yuan typed by a person ("12.5", " 1,234.56 ", "¥8") into fen.
 * Throws RangeError on negatives, more than 2 decimals or anything that is not an amount.
 */
export function yuanToFen(input: string): number {
  const cleaned = input
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned.startsWith('-')) throw new RangeError(`amount cannot be negative: ${input}`);
  if (/^\d+\.\d{3,}$/.test(cleaned)) throw new RangeError(`amount has more than 2 decimals: ${input}`);
  const m = YUAN_PATTERN.exec(cleaned);
  if (!m) throw new RangeError(`not an amount in yuan: ${JSON.stringify(input)}`);
  const yuan = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  const fen = yuan * 100 + cents;
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${input}`);
  return fen;
}

/** yuanToFen for a field being typed: null while the text is not (yet) an amount. */
export function typedYuanToFen(input: string): number | null {
  try {
    return yuanToFen(input);
  } catch {
    return null;
  }
}
