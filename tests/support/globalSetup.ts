import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/database.ts';
import { testDatabaseUrl } from './constants.ts';
import { prepareDatabase } from './prepareDatabase.ts';

// Build the migrated + seeded PGlite once and dump it; each test file then
// starts from a copy in well under a second instead of migrating and seeding.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-desk-template-'));
  const template = join(dir, 'pglite.tar.gz');
  const database = await openDatabase({});
  await prepareDatabase(database);
  const { pglite } = database;
  if (!pglite) throw new Error('openDatabase must expose pglite for dumping');
  const dump = await pglite.dumpDataDir('gzip');
  writeFileSync(template, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', template);

  const url = testDatabaseUrl();
  if (url) {
    // Test files migrate in schemas of their own, in parallel; the extension is
    // database-wide, so create it once here rather than race on it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await client.end();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
