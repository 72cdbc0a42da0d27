import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../../src/server/db/database.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { testDatabaseUrl } from '../../support/constants.ts';
import { openTestDatabase } from '../../support/testDatabase.ts';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function seedEngines(): Engine[] {
  return testDatabaseUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * An empty, migrated database (the seeder's starting point, unlike the shared
 * seeded template): an in-memory PGlite, or a schema of its own on PostgreSQL
 * that `close` drops.
 */
export async function freshDatabase(engine: Engine): Promise<Database> {
  // A copy of the migrated, empty PGlite made once per run (no initdb, no migration).
  if (engine === 'pglite') return openTestDatabase('pglite', 'empty');
  const url = testDatabaseUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_seed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = await openDatabase({ url, schema });
  await migrate(database);
  return {
    ...database,
    async close() {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
