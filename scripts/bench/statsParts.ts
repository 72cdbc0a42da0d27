// Times each part of the turnaround answer on a bench database, in process:
// `npx tsx scripts/bench/statsParts.ts <dataDir | postgres url> [days]`.
import { openDatabase } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { decisionFigures } from '../../src/server/sql/stats/decisions.ts';
import { infoRequestsByWeek, openFigures } from '../../src/server/sql/stats/openRequests.ts';
import { refundFiguresSql } from '../../src/server/sql/stats/turnaroundStats.ts';
import { periodOf } from '../../src/domain/turnaroundStatsPeriod.ts';
import { addDays, shanghaiDay } from '../../src/domain/workingDays.ts';
import { summarize, ms } from './stats.ts';
import { backlogAtRangeSql } from '../../src/server/sql/stats/backlogAt.ts';
import { loadCalendar } from '../../src/server/sql/calendar.ts';

const [target, daysArg] = process.argv.slice(2);
const database = await openDatabase(target!.includes('://') ? { url: target! } : { dataDir: target! });
console.log(`migrations applied now: ${(await migrate(database)).join(', ') || 'none'}`);
const now = new Date();
const to = shanghaiDay(now);
const range = { from: addDays(to, -(Number(daysArg ?? 366) - 1)), to };
const period = periodOf(range);
const parts: Record<string, () => Promise<unknown>> = {
  decisions: () => decisionFigures(database.db, period, undefined),
  open: () => openFigures(database.db, period, now, undefined),
  info: () => infoRequestsByWeek(database.db, period, undefined),
  refunds: () => refundFiguresSql(database.db, range),
  backlogAt: () => backlogAtRangeSql(database.db, { range, now }),
  calendar: () => loadCalendar(database.db),
};
for (const [name, run] of Object.entries(parts)) {
  const t: number[] = [];
  for (let i = 0; i < 13; i++) {
    const t0 = performance.now();
    await run();
    if (i >= 3) t.push(performance.now() - t0);
  }
  const s = summarize(t);
  console.log(`${name.padEnd(10)} p50 ${ms(s.p50)} ms  p95 ${ms(s.p95)} ms`);
}
await database.close();
