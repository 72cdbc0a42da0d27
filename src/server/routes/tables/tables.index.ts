import * as r from '../../sql/resources.ts';
import { auditEventFilter, orderFilter, refundFilter } from '../../http/filters.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import { tableRoutes } from './tableRoutes.ts';

export const orderRoutes = tableRoutes({
  name: 'orders',
  resource: r.orders,
  filter: orderFilter,
  defaultSort: ['createdAt', 'DESC'],
  row: tableRowSchema('Order', r.orders),
});
export const refundRoutes = tableRoutes({
  name: 'refunds',
  resource: r.refunds,
  filter: refundFilter,
  defaultSort: ['createdAt', 'DESC'],
  row: tableRowSchema('Refund', r.refunds),
});
export const auditEventRoutes = tableRoutes({
  name: 'audit-events',
  resource: r.auditEvents,
  filter: auditEventFilter,
  defaultSort: ['occurredAt', 'DESC'],
  row: tableRowSchema('AuditEvent', r.auditEvents),
});
