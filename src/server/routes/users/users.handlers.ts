import { staffListView } from '../../../domain/recordAccess.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { userFilter } from '../../http/filters.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { getUser, listUsers, USER_SORTABLE } from '../../sql/users.ts';
import type * as routes from './users.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const params = parseListParams(c.req.valid('query'), {
    sortable: USER_SORTABLE,
    defaultSort: ['displayName', 'ASC'],
    filter: userFilter,
  });
  const { rows, total } = await listUsers(c.var.db, params);
  c.header('Content-Range', contentRange('users', params.offset, rows.length, total));
  // Who holds a request, who approved: names for everyone, the full record for an admin.
  const view = staffListView({ kind: 'staff', id: c.var.user.id, roles: c.var.user.roles });
  if (view === 'full') return c.json(rows, 200);
  return c.json(
    rows.map(({ id, displayName, roles, active }) => ({ id, displayName, roles, active })),
    200,
  );
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const user = await getUser(c.var.db, c.req.valid('param').id);
  if (!user) throw notFound('user');
  return c.json(user, 200);
};
