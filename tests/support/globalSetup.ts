import { rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/database.ts';
import { PGLITE_TEMPLATE, testDatabaseUrl } from './constants.ts';
import { prepareDatabase } from './prepareDatabase.ts';

// Build the migrated + seeded PGlite once and dump it; each test file then
// starts from a copy in well under a second instead of migrating and seeding.
export default async function setup() {
  const database = await openDatabase({});
  await prepareDatabase(database);
  const { pglite } = database;
  if (!pglite) throw new Error('openDatabase must expose pglite for dumping');
  const dump = await pglite.dumpDataDir('gzip');
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await database.close();

  const url = testDatabaseUrl();
  if (url) {
    // Test files migrate in schemas of their own, in parallel; the extension is
    // database-wide, so create it once here rather than race on it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await client.end();
  }
  return () => rmSync(PGLITE_TEMPLATE, { force: true });
}
