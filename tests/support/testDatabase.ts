import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/database.ts';
import { inject } from 'vitest';
import { testDatabaseUrl } from './constants.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { prepareDatabase } from './prepareDatabase.ts';

export type EngineName = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testEngines(): EngineName[] {
  return testDatabaseUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A database of its own for one test file: a copy of a PGlite template, or a
 * fresh schema on PostgreSQL (dropped by `close`), so files run in parallel.
 * `empty` is migrated only (seed tests seed it themselves).
 */
export async function openTestDatabase(engine: EngineName, contents: 'seeded' | 'empty' = 'seeded'): Promise<Database> {
  if (engine === 'pglite') {
    const template = inject(contents === 'seeded' ? 'pgliteTemplate' : 'pgliteEmptyTemplate');
    return openDatabase({ loadDataDir: new Blob([readFileSync(template)]) });
  }
  const url = testDatabaseUrl()!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = await openDatabase({ url, schema, poolSize: 20 });
  await (contents === 'seeded' ? prepareDatabase(database) : migrate(database));
  return {
    ...database,
    async close() {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
