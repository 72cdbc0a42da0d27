import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/server/db/database.ts';
import { inject } from 'vitest';
import { testDatabaseUrl } from './constants.ts';
import { adminQuery, createDatabaseFrom, databaseUrl } from './postgresAdmin.ts';

export type EngineName = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testEngines(): EngineName[] {
  return testDatabaseUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A database of its own for one test file: a copy of a PGlite template, or on
 * PostgreSQL a database copied from a template database (dropped by `close`),
 * so files run in parallel.
 * `empty` is migrated only (seed tests seed it themselves).
 */
export async function openTestDatabase(engine: EngineName, contents: 'seeded' | 'empty' = 'seeded'): Promise<Database> {
  if (engine === 'pglite') {
    const template = inject(contents === 'seeded' ? 'pgliteTemplate' : 'pgliteEmptyTemplate');
    return openDatabase({ loadDataDir: new Blob([readFileSync(template)]) });
  }
  const url = testDatabaseUrl()!;
  const name = `t_${randomBytes(6).toString('hex')}`;
  await createDatabaseFrom(url, name, inject(contents === 'seeded' ? 'pgTemplateSeeded' : 'pgTemplateEmpty'));
  const database = await openDatabase({ url: databaseUrl(url, name), poolSize: 20 });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
