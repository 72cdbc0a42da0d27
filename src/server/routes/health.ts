import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { migrationLevel } from '../db/migrate.ts';

export const health = new Hono<AppEnv>().get('/', async (c) => {
  const { database } = c.var.deps;
  return c.json({ ok: true, engine: database.engine, migration: await migrationLevel(database) });
});
