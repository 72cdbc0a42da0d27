import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { retryNotification } from '../../outbox/retryNotification.ts';
import { notifications } from '../../sql/resources.ts';
import { getFromTable } from '../../sql/tableResource.ts';
import type * as routes from './notifications.routes.ts';

export const retry: AppRouteHandler<typeof routes.retry> = async (c) => {
  const { id } = c.req.valid('param');
  await retryNotification(c.var.db, id, c.var.user, c.var.deps.now());
  const row = await getFromTable(c.var.db, notifications, id);
  if (!row) throw notFound('notification');
  return c.json(row, 200);
};
