import { shanghaiDay } from './workingDays.ts';

// The number customers and staff quote: ZX + submission day (YYMMDD, Shanghai) + sequence.
export const REQUEST_NUMBER_PATTERN = /^ZX\d{6}-\d{5,}$/;

export function requestNumber(submittedAt: Date | number, seq: number): string {
  const yymmdd = shanghaiDay(submittedAt).slice(2).replaceAll('-', '');
  return `ZX${yymmdd}-${String(seq).padStart(5, '0')}`;
}
