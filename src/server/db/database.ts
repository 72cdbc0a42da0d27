import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, Kysely, PostgresDialect, type PostgresDialectConfig } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { pglitePool } from './pglitePool.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** The embedded engine itself (tests dump it to clone databases quickly). */
  pglite?: PGlite;
  /** Runs a multi-statement SQL script (migrations) in one transaction. */
  runScript(sql: string, after?: (db: Kysely<DB>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... ; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; absent means in memory. */
  dataDir?: string;
  /** PGlite: start from a dump made by `dumpDataDir` (fast test clones). */
  loadDataDir?: Blob;
  /** PostgreSQL: run everything in this schema (tests isolate files this way). */
  schema?: string;
  poolSize?: number;
}

// int8 (counts, bigint money and durations) as JS numbers: every value we keep
// in bigint fits well inside 2^53.
const INT8 = 20;

/**
 * Every Kysely instance over our tables: camelCase names in TypeScript,
 * snake_case in SQL. JSON column values (audit before/after, settings) are
 * data, not columns, so their keys are left as written.
 */
function kysely(pool: PostgresDialectConfig['pool']): Kysely<DB> {
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  return openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    parsers: { [INT8]: (v: string) => Number(v) },
    serializers: { [types.INT8]: (v: unknown) => String(v) },
  });
  const db = kysely(pglitePool(pglite) as never);
  return {
    db,
    engine: 'pglite',
    pglite,
    async runScript(sql, after) {
      await db.connection().execute(async (conn) => {
        // The borrowed connection holds the PGlite lock, so exec() is ours alone.
        await pglite.exec(`BEGIN;\n${sql}`).catch(async (e) => {
          await pglite.exec('ROLLBACK');
          throw e;
        });
        try {
          if (after) await after(conn);
          await pglite.exec('COMMIT');
        } catch (e) {
          await pglite.exec('ROLLBACK');
          throw e;
        }
      });
    },
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    options: options.schema ? `-c search_path=${options.schema},public` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = kysely(pool);
  const allEnded = connectionsEnded(pool);
  return {
    db,
    engine: 'postgres',
    async runScript(sql, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // No parameters: the simple protocol accepts several statements.
        await client.query(sql);
        if (after) {
          const single = kysely({
            connect: async () => ({ query: client.query.bind(client), release() {} }),
            end: async () => {},
          } as never);
          await after(single);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      await allEnded();
    },
  };
}

/**
 * `pool.end()` resolves once it has asked every client to end, not once their
 * sockets have closed. Whoever closes the database next (a test dropping it
 * WITH (FORCE), a shutdown) would otherwise meet connections still open, and a
 * server-side termination of one is an uncaught error in this process.
 */
function connectionsEnded(pool: pg.Pool): () => Promise<void> {
  let open = 0;
  let done: (() => void) | undefined;
  pool.on('connect', () => void open++);
  pool.on('remove', () => {
    open--;
    if (open === 0) done?.();
  });
  return () =>
    open === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          done = resolve;
          // Never hang a shutdown on a socket that does not answer.
          setTimeout(resolve, 5_000).unref();
        });
}
