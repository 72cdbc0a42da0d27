import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

// Built from this file's path: under jsdom, Vite rewrites `new URL(..., import.meta.url)` to http://.
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations') + '/';

export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Applies the numbered SQL files not yet recorded, each in its own transaction. */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const done = new Set((await db.selectFrom('schemaMigrations').select('name').execute()).map((r) => r.name));
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    if (done.has(name)) continue;
    const text = readFileSync(MIGRATIONS_DIR + name, 'utf8');
    await database.runScript(text, async (trx) => {
      await trx.insertInto('schemaMigrations').values({ name }).execute();
    });
    applied.push(name);
  }
  return applied;
}

export async function migrationLevel(database: Database): Promise<string | null> {
  const row = await database.db
    .selectFrom('schemaMigrations')
    .select('name')
    .orderBy('name', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.name ?? null;
}
