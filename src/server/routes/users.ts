import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/errors.ts';
import { userFilter } from '../http/filters.ts';
import { contentRange, parseListParams } from '../http/listParams.ts';
import { idParam } from '../http/params.ts';
import { getUser, listUsers, USER_SORTABLE } from '../sql/users.ts';

export const users = new Hono<AppEnv>()
  .get('/', async (c) => {
    const params = parseListParams(c.req.query(), { sortable: USER_SORTABLE, defaultSort: ['displayName', 'ASC'], filter: userFilter });
    const { rows, total } = await listUsers(c.var.db, params);
    c.header('Content-Range', contentRange('users', params.offset, rows.length, total));
    return c.json(rows);
  })
  .get('/:id', async (c) => {
    const user = await getUser(c.var.db, idParam(c.req.param('id')));
    if (!user) throw notFound('user');
    return c.json(user);
  });
