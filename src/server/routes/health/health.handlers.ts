import { migrationLevel } from '../../db/migrate.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import type * as routes from './health.routes.ts';

export const health: AppRouteHandler<typeof routes.health> = async (c) => {
  const { database } = c.var.deps;
  return c.json({ ok: true as const, engine: database.engine, migration: await migrationLevel(database) }, 200);
};
