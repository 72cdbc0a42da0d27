import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { notificationFilter } from '../http/filters.ts';
import { idParam } from '../http/params.ts';
import { retryNotification } from '../outbox/retryNotification.ts';
import { getFromTable } from '../sql/tableResource.ts';
import * as r from '../sql/resources.ts';
import { tableRoutes } from './tableRoutes.ts';

export const notifications = new Hono<AppEnv>()
  .post('/:id/retry', async (c) => {
    const id = idParam(c.req.param('id'));
    await retryNotification(c.var.db, id, c.var.user, c.var.deps.now());
    return c.json(await getFromTable(c.var.db, r.notifications, id));
  })
  .route('/', tableRoutes('notifications', r.notifications, notificationFilter, ['createdAt', 'DESC']));
