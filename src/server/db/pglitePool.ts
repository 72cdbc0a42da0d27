import type { PGlite } from '@electric-sql/pglite';

// PGlite is one connection. Kysely's PostgresDialect wants a pool, so this hands
// the single connection to one borrower at a time: a transaction keeps it until
// it commits, and everyone else queues. That is what makes BEGIN ... COMMIT safe
// when many HTTP requests run at once against the embedded database.
export function pglitePool(pg: PGlite) {
  let tail: Promise<void> = Promise.resolve();

  const client = (release: () => void) => ({
    async query(sql: string, parameters: unknown[]) {
      const result = await pg.query<Record<string, unknown>>(sql, parameters);
      const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
      return { command, rowCount: result.affectedRows ?? 0, rows: result.rows };
    },
    release,
  });

  return {
    connect() {
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => client(release));
      tail = tail.then(() => mine);
      return ready;
    },
    async end() {
      await pg.close();
    },
  };
}
