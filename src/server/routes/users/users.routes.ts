import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/defineRoute.ts';
import { userFilter } from '../../http/filters.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { staffNameSchema, userSchema } from '../responseSchemas.ts';

const tags = ['users'];

export const list = defineRoute('users.listNames', {
  method: 'get',
  path: '/',
  summary: 'list staff: every field for an admin, names only (id, displayName, roles, active) for the others',
  tags,
  request: { query: listQuery(userFilter) },
  responses: listResponses(z.union([userSchema, staffNameSchema]), 'users'),
});

export const getOne = defineRoute('users.read', {
  method: 'get',
  path: '/{id}',
  summary: 'one staff member',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(401, 403, 404) },
});
