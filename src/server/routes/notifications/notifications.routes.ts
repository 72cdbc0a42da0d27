import { createRoute } from '@hono/zod-openapi';
import { notificationFilter } from '../../http/filters.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { notifications } from '../../sql/resources.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import type { TableSpec } from '../tables/tableRoutes.ts';

export const notificationTable: TableSpec = {
  name: 'notifications',
  resource: notifications,
  filter: notificationFilter,
  defaultSort: ['createdAt', 'DESC'],
  row: tableRowSchema('Notification', notifications),
};

export const retry = createRoute({
  method: 'post',
  path: '/{id}/retry',
  summary: 'put a failed message back in the outbox',
  tags: ['notifications'],
  request: { params: idParams },
  responses: { 200: jsonContent(notificationTable.row, 'the message'), ...refusals(401, 404, 409) },
});
