// Shanghai wall-clock helpers as the generator uses them: on epoch
// milliseconds (it places tens of millions of events and keeps times as
// numbers until rows are built). The calendar arithmetic itself is the
// domain's (src/domain/workingDays.ts); these only adapt its shapes.
import { shanghaiDay, startOfShanghaiDay } from '../../domain/workingDays.ts';

export { addDays, DAY_MS, SHANGHAI_OFFSET_MS, shanghaiDay, shanghaiYear } from '../../domain/workingDays.ts';

/** The instant (epoch ms) of Shanghai midnight starting the day `day` ('YYYY-MM-DD'). */
export function shanghaiMidnight(day: string): number {
  return startOfShanghaiDay(day).getTime();
}

/** 'YYMMDD' in Shanghai, as order numbers carry it (request numbers: src/domain/requestNumber.ts). */
export function shanghaiYymmdd(t: Date | number): string {
  return shanghaiDay(t).slice(2).replaceAll('-', '');
}
