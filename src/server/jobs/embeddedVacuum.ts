import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '../../domain/workingDays.ts';
import { startDailyJob, type DailyJobOptions } from './dailyJob.ts';

/** 03:00 in Shanghai: the office is closed, so the embedded database's one connection may be busy for seconds. */
const QUIET_HOUR_MS = 3 * 3_600_000;

/** Milliseconds from `now` to the next 03:00 Asia/Shanghai. */
export function msUntilQuietHour(now: Date): number {
  const today = shanghaiDay(now);
  let next = startOfShanghaiDay(today).getTime() + QUIET_HOUR_MS;
  if (next <= now.getTime()) next = startOfShanghaiDay(addDays(today, 1)).getTime() + QUIET_HOUR_MS;
  return next - now.getTime();
}

/**
 * PGlite has no autovacuum. Without it dead rows pile up after every update
 * (a request changes status several times) and the visibility map goes stale,
 * so the queue's index-only scans fall back to reading the heap. Once a day the
 * embedded database gets what PostgreSQL's autovacuum would do, at night:
 * it holds PGlite's single connection for the whole run (3.0-3.5 s for the
 * 100k-request bench database, 1.8M rows). PostgreSQL (DATABASE_URL) does
 * this itself, so this runs only for the embedded engine.
 */
export async function vacuumEmbedded(database: Database): Promise<{ ms: number }> {
  const t0 = performance.now();
  await sql`VACUUM (ANALYZE)`.execute(database.db);
  return { ms: performance.now() - t0 };
}

export function startEmbeddedVacuum(database: Database, options: DailyJobOptions = {}) {
  if (database.engine !== 'pglite') return null;
  return startDailyJob(
    'embedded VACUUM',
    async () => {
      const { ms } = await vacuumEmbedded(database);
      console.log(`maintenance: VACUUM (ANALYZE) of the embedded database took ${Math.round(ms)} ms`);
    },
    { firstRunMs: msUntilQuietHour(new Date()), ...options },
  );
}
