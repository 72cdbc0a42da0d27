import { hashPassword } from '../../auth/password.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { userFilter } from '../../http/filters.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import {
  type ApiUser,
  createUser,
  getUser,
  listUsers,
  resetUserPassword,
  setUserActive,
  staffName,
  updateUser,
  USER_SORTABLE,
} from '../../sql/users.ts';
import { staffListView } from '../../../domain/recordAccess.ts';
import { temporaryPassword } from './temporaryPassword.ts';
import type * as routes from './users.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const params = parseListParams(c.req.valid('query'), {
    sortable: USER_SORTABLE,
    defaultSort: ['displayName', 'ASC'],
    filter: userFilter,
  });
  const { rows, total } = await listUsers(c.var.db, params);
  const full = staffListView({ kind: 'staff', id: c.var.user.id, roles: c.var.user.roles }) === 'full';
  const body: (ApiUser | ReturnType<typeof staffName>)[] = full ? rows : rows.map(staffName);
  c.header('Content-Range', contentRange('users', params.offset, rows.length, total));
  return c.json(body, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const user = await getUser(c.var.db, c.req.valid('param').id);
  if (!user) throw notFound('user');
  return c.json(user, 200);
};

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const password = temporaryPassword();
  const user = await createUser(
    c.var.db,
    c.req.valid('json'),
    await hashPassword(password),
    c.var.user,
    c.var.deps.now(),
  );
  return c.json({ ...user, temporaryPassword: password }, 201);
};

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const user = await updateUser(c.var.db, c.req.valid('param').id, c.req.valid('json'), c.var.user, c.var.deps.now());
  return c.json(user, 200);
};

export const disable: AppRouteHandler<typeof routes.disable> = async (c) =>
  c.json(await setUserActive(c.var.db, c.req.valid('param').id, false, c.var.user, c.var.deps.now()), 200);

export const enable: AppRouteHandler<typeof routes.enable> = async (c) =>
  c.json(await setUserActive(c.var.db, c.req.valid('param').id, true, c.var.user, c.var.deps.now()), 200);

export const resetPassword: AppRouteHandler<typeof routes.resetPassword> = async (c) => {
  const password = temporaryPassword();
  const id = c.req.valid('param').id;
  const user = await resetUserPassword(c.var.db, id, await hashPassword(password), c.var.user, c.var.deps.now());
  return c.json({ ...user, temporaryPassword: password }, 200);
};
