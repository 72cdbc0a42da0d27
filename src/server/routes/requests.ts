import { Hono } from 'hono';
import { z } from 'zod';
import { requestListFilter } from '../../domain/schemas.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, badRequest, notFound } from '../http/errors.ts';
import { contentRange, parseListParams } from '../http/listParams.ts';
import { idParam } from '../http/params.ts';
import { ifMatchVersion } from '../http/etag.ts';
import { getRequest, listRequests, REQUEST_SORTABLE, requestCounts } from '../sql/requests/index.ts';
import { updateRequestNote } from '../sql/updateRequest.ts';

// Fields a PUT may carry besides the editable ones: react-admin sends the whole
// record back, so read-only fields are accepted and ignored, except that a
// different status is refused loudly rather than dropped.
export const requestEditInput = z.object({ internalNote: z.string().max(4000).nullable().optional(), status: z.string().optional(), version: z.number().int().optional() }).loose();

export const requests = new Hono<AppEnv>()
  .get('/', async (c) => {
    const params = parseListParams(c.req.query(), { sortable: REQUEST_SORTABLE, defaultSort: ['dueAt', 'ASC'], filter: requestListFilter });
    const { assigneeId, ...rest } = params.filter;
    const filter = { ...rest, ...(assigneeId === undefined ? {} : { assigneeId: assigneeId === 'mine' ? c.var.user.id : assigneeId }) };
    const { rows, total } = await listRequests(c.var.db, { ...params, filter }, c.var.deps.now());
    c.header('Content-Range', contentRange('requests', params.offset, rows.length, total));
    return c.json(rows);
  })
  .get('/counts', async (c) => c.json(await requestCounts(c.var.db, c.var.user.id)))
  .get('/:id', async (c) => {
    const row = await getRequest(c.var.db, idParam(c.req.param('id')), c.var.deps.now());
    if (!row) throw notFound('request');
    c.header('ETag', `"${row.version}"`);
    return c.json(row);
  })
  .put('/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    const body = requestEditInput.parse(await c.req.json().catch(() => { throw badRequest('body must be JSON'); }));
    const current = await getRequest(c.var.db, id, c.var.deps.now());
    if (!current) throw notFound('request');
    if (body.status !== undefined && body.status !== current.status) {
      throw new ApiError(400, 'status cannot be changed by editing; use the workflow actions', { status: 'not writable' });
    }
    const expected = ifMatchVersion(c.req.header('If-Match')) ?? body.version ?? null;
    await updateRequestNote(c.var.db, id, { internalNote: body.internalNote }, expected, c.var.user, c.var.deps.now());
    const row = await getRequest(c.var.db, id, c.var.deps.now());
    c.header('ETag', `"${row!.version}"`);
    return c.json(row);
  });
