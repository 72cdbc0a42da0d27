import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/database.ts';
import { testDatabaseUrl } from './constants.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { seedTemplateData } from './prepareDatabase.ts';

// Build the migrated (empty) and the migrated + seeded PGlite once and dump
// both; each test file then starts from a copy in well under a second instead
// of migrating and seeding.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-desk-template-'));
  const database = await openDatabase({});
  const { pglite } = database;
  if (!pglite) throw new Error('openDatabase must expose pglite for dumping');
  const dump = async (name: string) => {
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
    return file;
  };
  await migrate(database);
  project.provide('pgliteEmptyTemplate', await dump('empty.tar.gz'));
  await seedTemplateData(database);
  project.provide('pgliteTemplate', await dump('seeded.tar.gz'));
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
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgliteEmptyTemplate: string;
  }
}
