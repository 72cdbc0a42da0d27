import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database.ts';
import { testDatabaseUrl } from './constants.ts';
import { adminQuery, databaseUrl } from './postgresAdmin.ts';
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
  const dropTemplates: (() => Promise<void>)[] = [];
  if (url) {
    // PostgreSQL: the same two templates as databases; each test file gets
    // `CREATE DATABASE ... TEMPLATE`, a file copy, instead of migrating and seeding.
    for (const [key, seeded] of [
      ['pgTemplateSeeded', true],
      ['pgTemplateEmpty', false],
    ] as const) {
      const name = `cd_tpl_${seeded ? 'seeded' : 'empty'}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await adminQuery(url, `CREATE DATABASE ${name}`);
      const tpl = await openDatabase({ url: databaseUrl(url, name) });
      await migrate(tpl);
      if (seeded) await seedTemplateData(tpl);
      await tpl.close();
      project.provide(key, name);
      dropTemplates.push(() => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const drop of dropTemplates) await drop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgliteEmptyTemplate: string;
    pgTemplateSeeded: string;
    pgTemplateEmpty: string;
  }
}
