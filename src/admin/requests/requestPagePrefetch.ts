import { canRolesAccess } from '../access.ts';
import { warmer } from '../dataProvider.ts';
import { me } from '../session.ts';
import type { CancelRequest } from '../types.ts';
import { RequestShowPage } from './pages.ts';
import { NOTIFICATIONS_PANEL, REFUNDS_PANEL, documentsQuery, eventsQuery, ordersQuery } from './requestPageQueries.ts';

const quietly = (call: Promise<unknown>) => void call.catch(() => undefined);

/**
 * Starts what a request's page will ask for (its chunk, the request, its
 * account, documents, orders, refunds, messages and timeline) while the
 * reviewer's pointer rests on its row: by the click most answers are in, and
 * the page draws its panels filled instead of one skeleton after another.
 */
/** A ReferenceManyField panel's call by requestId (its filter is empty; react-admin adds the target). */
const byRequest = (id: number, panel: { perPage: number; sort: { field: string; order: 'ASC' | 'DESC' } }) => ({
  target: 'requestId',
  id,
  filter: {},
  pagination: { page: 1, perPage: panel.perPage },
  sort: panel.sort,
});

export function prefetchRequestPage(request: CancelRequest) {
  quietly(RequestShowPage.preload());
  const id = request.id;
  quietly(warmer.getOne('requests', { id }));
  quietly(warmer.getOne('accounts', { id: request.accountId }));
  quietly(warmer.getList('documents', documentsQuery(id)));
  quietly(warmer.getList('orders', ordersQuery(request.accountId)));
  quietly(warmer.getList('audit-events', eventsQuery(id)));
  quietly(warmer.getManyReference('refunds', byRequest(id, REFUNDS_PANEL)));
  // Messages are the reviewers' and managers' (NotificationsPanel shows them only to those who may list them).
  quietly(
    me().then((staff) =>
      staff && canRolesAccess(staff.roles, 'notifications', 'list')
        ? warmer.getManyReference('notifications', byRequest(id, NOTIFICATIONS_PANEL))
        : undefined,
    ),
  );
}
