import { defineRoute } from '../../http/defineRoute.ts';
import { notificationScope } from '../../../domain/recordAccess.ts';
import { notificationFilter } from '../../http/filters.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { notifications } from '../../sql/resources.ts';
import { requestRowScope } from '../../sql/rowScopes.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import type { TableSpec } from '../tables/tableRoutes.ts';

export const notificationTable: TableSpec = {
  name: 'notifications',
  resource: notifications,
  filter: notificationFilter,
  defaultSort: ['createdAt', 'DESC'],
  row: tableRowSchema('Notification', notifications),
  access: { list: 'notifications.list', read: 'notifications.read' },
  rowsOf: (actor) => requestRowScope(notificationScope(actor)),
};

export const retry = defineRoute('notifications.retry', {
  method: 'post',
  path: '/{id}/retry',
  summary: 'put a failed message back in the outbox',
  tags: ['notifications'],
  request: { params: idParams },
  responses: { 200: jsonContent(notificationTable.row, 'the message'), ...refusals(401, 403, 404, 409) },
});
