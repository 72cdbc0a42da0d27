import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { startDailyJob, type DailyJobOptions } from './dailyJob.ts';

/**
 * PGlite has no autovacuum. Without it dead rows pile up after every update
 * (a request changes status several times) and the visibility map goes stale,
 * so the queue's index-only scans fall back to reading the heap. Once a day the
 * embedded database gets what PostgreSQL's autovacuum would do. PostgreSQL
 * (DATABASE_URL) does it itself, so this runs only for the embedded engine.
 */
export async function vacuumEmbedded(database: Database): Promise<{ ms: number }> {
  const t0 = performance.now();
  await sql`VACUUM (ANALYZE)`.execute(database.db);
  return { ms: performance.now() - t0 };
}

export function startEmbeddedVacuum(database: Database, options: DailyJobOptions = {}) {
  if (database.engine !== 'pglite') return null;
  return startDailyJob('embedded VACUUM', async () => {
    const { ms } = await vacuumEmbedded(database);
    console.log(`maintenance: VACUUM (ANALYZE) of the embedded database took ${Math.round(ms)} ms`);
  }, { firstRunMs: 10 * 60_000, ...options });
}
