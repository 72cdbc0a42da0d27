import { can } from '../../../domain/permissions.ts';
import { mayListAuditEvents } from '../../../domain/recordAccess.ts';
import * as r from '../../sql/resources.ts';
import { ApiError } from '../../http/errors.ts';
import { auditEventFilter, orderFilter } from '../../http/filters.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import { tableRoutes } from './tableRoutes.ts';

export const orderRoutes = tableRoutes({
  name: 'orders',
  resource: r.orders,
  filter: orderFilter,
  defaultSort: ['createdAt', 'DESC'],
  row: tableRowSchema('Order', r.orders),
  access: { list: 'orders.list', read: 'orders.read' },
});
export const auditEventRoutes = tableRoutes({
  name: 'audit-events',
  resource: r.auditEvents,
  filter: auditEventFilter,
  defaultSort: ['occurredAt', 'DESC'],
  row: tableRowSchema('AuditEvent', r.auditEvents),
  // The whole log, or one request's events (its page's timeline), or one refund's (its history).
  access: { list: ['auditEvents.list', 'requests.timeline', 'refunds.read'], read: 'auditEvents.read' },
  // A note's before/after is the note itself: blanked for whoever may not read notes (finance).
  shownTo: (actor, row) =>
    row.action === 'request.note_updated' && !can(actor.roles, 'requests.readNote')
      ? { ...row, before: null, after: null }
      : row,
  checkList: (actor, filter) => {
    const requestId = typeof filter.requestId === 'number' ? filter.requestId : null;
    // Exactly one refund: entityType 'refund' alone (not a list of types) and one id.
    const refundId = filter.entityType === 'refund' && typeof filter.entityId === 'string' ? filter.entityId : null;
    if (!mayListAuditEvents(actor, { requestId, refundId })) {
      throw new ApiError(
        403,
        "Reading the audit log needs the manager or admin role; a request's own events are listed with filter requestId, a refund's with entityType refund and entityId",
        undefined,
        {
          code: 'audit_log_scope',
        },
      );
    }
  },
});
