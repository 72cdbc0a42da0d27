// Shanghai wall-clock helpers as the generator uses them: on epoch
// milliseconds (it places tens of millions of events and keeps times as
// numbers until rows are built). The calendar arithmetic itself is the
// domain's (src/domain/workingDays.ts); these only adapt its shapes.
import { startOfShanghaiDay } from '../../domain/workingDays.ts';

export { addDays, DAY_MS, SHANGHAI_OFFSET_MS, shanghaiDay, shanghaiYear } from '../../domain/workingDays.ts';

/** The instant (epoch ms) of Shanghai midnight starting the day `day` ('YYYY-MM-DD'). */
export function shanghaiMidnight(day: string): number {
  return startOfShanghaiDay(day).getTime();
}
