import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/server/db/database.ts';
import { testDatabaseUrl } from '../../support/constants.ts';
import { adminQuery, createDatabaseFrom, databaseUrl } from '../../support/postgresAdmin.ts';
import { inject } from 'vitest';

const url = testDatabaseUrl();

describe.skipIf(!url)('closing a PostgreSQL database', () => {
  it('resolves only once every pooled connection has left the server, so a forced drop right after meets none', async () => {
    const name = `t_close_${Date.now().toString(36)}`;
    await createDatabaseFrom(url!, name, inject('pgTemplateEmpty'));
    try {
      const database = await openDatabase({ url: databaseUrl(url!, name), poolSize: 8 });
      // Several connections at once: pg_sleep keeps each query on its own client.
      await Promise.all(Array.from({ length: 8 }, () => sql`select pg_sleep(0.05)`.execute(database.db)));
      // Connected beforehand, so the count is taken the moment close resolves.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await database.close();
      try {
        const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        expect(rows[0].n).toBe(0);
      } finally {
        await admin.end();
      }
    } finally {
      await adminQuery(url!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
