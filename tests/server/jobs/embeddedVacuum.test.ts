import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../../src/server/db/database.ts';
import { msUntilQuietHour, startEmbeddedVacuum, vacuumEmbedded } from '../../../src/server/jobs/embeddedVacuum.ts';
import { openTestDatabase } from '../../support/testDatabase.ts';

describe('the embedded database VACUUM', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(() => database.close());

  const pages = async () => {
    const { rows } = await sql<{ relpages: number; relallvisible: number }>`
      select relpages, relallvisible from pg_class where relname = 'cancellation_requests'`.execute(database.db);
    return rows[0]!;
  };

  it('leaves every page of an updated table all-visible again, so index-only scans skip the heap', async () => {
    await sql`update cancellation_requests set version = version + 1`.execute(database.db);
    await sql`analyze cancellation_requests`.execute(database.db);
    const before = await pages();
    expect(before.relallvisible).toBeLessThan(before.relpages);
    const { ms } = await vacuumEmbedded(database);
    expect(ms).toBeGreaterThanOrEqual(0);
    const after = await pages();
    expect(after.relallvisible).toBe(after.relpages);
  });

  it('is scheduled for the embedded engine only', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const job = startEmbeddedVacuum(database, { firstRunMs: 3_600_000 })!;
      expect(job).not.toBeNull();
      await job.tick();
      await job.stop();
      expect(log).toHaveBeenCalledWith(
        expect.stringMatching(/^maintenance: VACUUM \(ANALYZE\) of the embedded database took \d+ ms$/),
      );
    } finally {
      log.mockRestore();
    }
    expect(startEmbeddedVacuum({ ...database, engine: 'postgres' })).toBeNull();
  });

  it('runs at the next 03:00 in Shanghai, when the office is closed', () => {
    // 2026-11-25 10:00 Shanghai (02:00Z): 17 h to go; 02:59 Shanghai: 1 min; 03:00 Shanghai: a whole day.
    expect(msUntilQuietHour(new Date('2026-11-25T02:00:00Z'))).toBe(17 * 3_600_000);
    expect(msUntilQuietHour(new Date('2026-11-24T18:59:00Z'))).toBe(60_000);
    expect(msUntilQuietHour(new Date('2026-11-24T19:00:00Z'))).toBe(24 * 3_600_000);
  });
});
