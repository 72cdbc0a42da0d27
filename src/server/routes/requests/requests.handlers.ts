import { dueNextWindow } from '../../../domain/dueNext.ts';
import { checkNoteEdit } from '../../../domain/recordAccess.ts';
import { loadCalendar } from '../../sql/calendar.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { requiredVersion, setEtag } from '../../http/etag.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { getRequest, listRequests, REQUEST_SORTABLE, requestCounts, searchCounts } from '../../sql/requests/index.ts';
import { updateRequestNote } from '../../sql/updateRequest.ts';
import { requestListFilter } from '../../../domain/schemas.ts';
import { withNoteFor } from './noteVisibility.ts';
import type * as routes from './requests.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const params = parseListParams(c.req.valid('query'), {
    sortable: REQUEST_SORTABLE,
    defaultSort: ['dueAt', 'ASC'],
    filter: requestListFilter,
  });
  const { assigneeId, dueNext, ...rest } = params.filter;
  const now = c.var.deps.now();
  const filter = {
    ...rest,
    ...(assigneeId === undefined ? {} : { assigneeId: assigneeId === 'mine' ? c.var.user.id : assigneeId }),
    ...(dueNext ? { dueWindow: dueNextWindow(await loadCalendar(c.var.db), now) } : {}),
  };
  const { rows, total } = await listRequests(c.var.db, { ...params, filter }, now);
  c.header('Content-Range', contentRange('requests', params.offset, rows.length, total));
  return c.json(
    rows.map((row) => withNoteFor(c.var.user.roles, row)),
    200,
  );
};

// With a search (`q`), each tab's count is its number of matches.
export const counts: AppRouteHandler<typeof routes.counts> = async (c) => {
  const q = c.req.valid('query').q?.trim();
  return c.json(
    q ? await searchCounts(c.var.db, c.var.user.id, q, c.var.deps.now()) : await requestCounts(c.var.db, c.var.user.id),
    200,
  );
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const row = await getRequest(c.var.db, c.req.valid('param').id, c.var.deps.now());
  if (!row) throw notFound('request');
  setEtag(c, row.version);
  return c.json(withNoteFor(c.var.user.roles, row), 200);
};

export const edit: AppRouteHandler<typeof routes.edit> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const current = await getRequest(c.var.db, id, c.var.deps.now());
  if (!current) throw notFound('request');
  const allowed = checkNoteEdit(current, { kind: 'staff', id: c.var.user.id, roles: c.var.user.roles });
  if (!allowed.ok) throw new ApiError(allowed.status, allowed.message, undefined, { code: allowed.code });
  if (body.status !== undefined && body.status !== current.status) {
    throw new ApiError(400, 'status cannot be changed by editing; use the workflow actions', {
      status: 'not writable',
    });
  }
  // Two people editing one note must not overwrite each other silently: the
  // version they saw is required (If-Match, or `version` in the body as
  // react-admin's update sends the whole record).
  const expected = requiredVersion(c.req.valid('header')['If-Match'] ?? body.version ?? null, 'requests');
  await updateRequestNote(c.var.db, id, { internalNote: body.internalNote }, expected, c.var.user, c.var.deps.now());
  const row = await getRequest(c.var.db, id, c.var.deps.now());
  if (!row) throw notFound('request');
  setEtag(c, row.version);
  return c.json(row, 200);
};
