import { z } from '@hono/zod-openapi';
import { requestEditInput } from '../../../domain/actionInputs.ts';
import { requestListFilter } from '../../../domain/schemas.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { ifMatchHeaders } from '../../http/etag.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { requestSchema } from '../responseSchemas.ts';

const tags = ['requests'];

export const list = defineRoute('requests.list', {
  method: 'get',
  path: '/',
  summary: 'list requests',
  tags,
  request: { query: listQuery(requestListFilter) },
  responses: listResponses(requestSchema, 'requests'),
});

export const counts = defineRoute('requests.list', {
  method: 'get',
  path: '/counts',
  summary: 'requests per status, open, all and mine (for the queue tabs); with q, the matches of that search',
  tags,
  request: { query: z.object({ q: requestListFilter.shape.q }) },
  responses: {
    200: jsonContent(
      z.record(z.string(), z.number().int()).openapi('RequestCounts'),
      'counts by status, and open, all, mine',
    ),
    ...refusals(401, 403),
  },
});

export const getOne = defineRoute('requests.read', {
  method: 'get',
  path: '/{id}',
  summary: 'one request; its version is the ETag',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(requestSchema, 'the request'), ...refusals(401, 403, 404) },
});

export const edit = defineRoute('requests.editNote', {
  method: 'put',
  path: '/{id}',
  summary: 'edit the internal note (status is not writable here)',
  tags,
  request: {
    params: idParams,
    headers: ifMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: requestEditInput } } },
  },
  responses: {
    200: jsonContent(requestSchema, 'the request, with its new ETag'),
    ...refusals(400, 401, 403, 404, 409, 412),
  },
});
