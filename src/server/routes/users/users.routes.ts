import { createRoute } from '@hono/zod-openapi';
import { userFilter } from '../../http/filters.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { userSchema } from '../responseSchemas.ts';

const tags = ['users'];

export const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'list users',
  tags,
  request: { query: listQuery(userFilter) },
  responses: listResponses(userSchema, 'users'),
});

export const getOne = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'one staff member',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(401, 404) },
});
