// China has had one offset (UTC+8) and no daylight saving since 1991, so Shanghai
// wall-clock arithmetic is a fixed shift; no time-zone database is needed here.
// Like src/domain/workingDays.ts, but on epoch milliseconds: the generator places
// tens of millions of events and keeps times as numbers until rows are built.
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of the Shanghai calendar day containing `t`. */
export function shanghaiDay(t: Date | number): string {
  return new Date(+t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function shanghaiYear(t: Date | number): number {
  return new Date(+t + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** The instant of Shanghai midnight starting the day `day` ('YYYY-MM-DD'). */
export function shanghaiMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
}

/** 'YYMMDD' in Shanghai, as used in request numbers. */
export function shanghaiYymmdd(t: Date | number): string {
  return shanghaiDay(t).slice(2).replaceAll('-', '');
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
