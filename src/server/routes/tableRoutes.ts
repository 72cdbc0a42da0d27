import { Hono } from 'hono';
import type { ZodObject, ZodRawShape } from 'zod';
import type { DB } from '../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/errors.ts';
import { contentRange, parseListParams } from '../http/listParams.ts';
import { idParam } from '../http/params.ts';
import { getFromTable, listTable, type TableResource } from '../sql/tableResource.ts';

/** GET / (list, react-admin simple-rest) and GET /:id for a read-only table resource. */
export function tableRoutes<T extends keyof DB, S extends ZodRawShape>(
  name: string,
  resource: TableResource<T>,
  filter: ZodObject<S>,
  defaultSort: [string, 'ASC' | 'DESC'],
) {
  const sortable = resource.fields;
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const params = parseListParams(c.req.query(), { sortable, defaultSort, filter });
      const { rows, total } = await listTable(c.var.db, resource, params as never);
      c.header('Content-Range', contentRange(name, params.offset, rows.length, total));
      return c.json(rows);
    })
    .get('/:id', async (c) => {
      const id = idParam(c.req.param('id'));
      const row = await getFromTable(c.var.db, resource, id);
      if (!row) throw notFound(name.replace(/s$/, ''));
      return c.json(row);
    });
}
