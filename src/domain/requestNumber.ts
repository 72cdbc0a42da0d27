import { shanghaiDay } from './workingDays.ts';

// The number customers and staff quote: ZX + submission day (YYMMDD, Shanghai) + sequence.
export const REQUEST_NUMBER_PATTERN = /^ZX\d{6}-\d{5,}$/;

/** 'YYMMDD' of the Shanghai day, as request (and order) numbers carry it. */
export function shanghaiYymmdd(t: Date | number): string {
  return shanghaiDay(t).slice(2).replaceAll('-', '');
}

export function requestNumber(submittedAt: Date | number, seq: number): string {
  return `ZX${shanghaiYymmdd(submittedAt)}-${String(seq).padStart(5, '0')}`;
}
