import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { seedAll } from '../../src/server/seed/seedAll.ts';

export type Target =
  { engine: 'pglite'; dataDir: string; requests: number } | { engine: 'postgres'; url: string; requests: number };

export const describeTarget = (t: Target) =>
  t.engine === 'pglite' ? `PGlite ${t.dataDir}` : `PostgreSQL ${t.url.replace(/\/\/[^@/]*@/, '//')}`;

/** The bench's own database on the server DATABASE_URL points at (never DATABASE_URL's database itself). */
export function benchDatabaseUrl(databaseUrl: string, name = 'canceldesk_bench'): string {
  const u = new URL(databaseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function countRequests(database: Database): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from cancellation_requests`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}

async function recreatePostgres(url: string, drop: boolean) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bench database name must be [a-z0-9_]: ${name}`);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    if (drop) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

const open = (t: Target) =>
  t.engine === 'pglite' ? openDatabase({ dataDir: t.dataDir }) : openDatabase({ url: t.url });

/**
 * Opens the bench database, migrated, holding exactly `requests` demo requests.
 * A database already seeded to that count is reused as it is; any other count
 * (an interrupted seed, another size) is thrown away and seeded again, because
 * topping up deterministic demo data would repeat request numbers.
 */
export async function openSeeded(
  t: Target,
  log: (s: string) => void,
): Promise<{ database: Database; applied: string[]; seededNow: boolean }> {
  if (t.engine === 'pglite') mkdirSync(t.dataDir, { recursive: true });
  else await recreatePostgres(t.url, false);

  let database = await open(t);
  let applied = await migrate(database);
  let count = await countRequests(database);
  if (count === t.requests) {
    if (applied.length) {
      // New indexes on an existing table: give the planner their statistics now
      // rather than whenever autovacuum (PostgreSQL) or nobody (PGlite) gets to it.
      log(`applied ${applied.join(', ')} to the existing data; ANALYZE`);
      await sql`ANALYZE`.execute(database.db);
    }
    return { database, applied, seededNow: false };
  }

  log(`${describeTarget(t)} holds ${count} requests, want ${t.requests}: seeding from scratch`);
  await database.close();
  if (t.engine === 'pglite') {
    if (existsSync(t.dataDir)) rmSync(t.dataDir, { recursive: true, force: true });
    mkdirSync(t.dataDir, { recursive: true });
  } else {
    await recreatePostgres(t.url, true);
  }
  database = await open(t);
  applied = await migrate(database);
  const t0 = performance.now();
  let lastLog = 0;
  const result = await seedAll(database, {
    requests: t.requests,
    chunkSize: 1000,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - lastLog > 15_000 || done === total) {
        lastLog = now;
        const rate = done / ((now - t0) / 1000);
        log(
          `  seeded ${done}/${total} requests (${rate.toFixed(0)}/s, ${((total - done) / rate / 60).toFixed(1)} min left)`,
        );
      }
    },
  });
  log(`  seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(result.data)}`);
  // What autovacuum would do on PostgreSQL after a bulk load (visibility map for
  // index-only scans, planner statistics). PGlite has no autovacuum at all.
  log('  VACUUM ANALYZE');
  await sql`VACUUM ANALYZE`.execute(database.db);
  count = await countRequests(database);
  if (count !== t.requests) throw new Error(`seeded ${count} requests, wanted ${t.requests}`);
  return { database, applied, seededNow: true };
}
