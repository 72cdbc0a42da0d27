import { createRoute, z } from '@hono/zod-openapi';
import { loginInput } from '../../../domain/schemas.ts';
import { requireStaff } from '../../auth/requireStaff.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { staffIdentitySchema } from '../responseSchemas.ts';

const tags = ['auth'];

export const login = createRoute({
  method: 'post',
  path: '/login',
  summary: 'log in; sets the session cookie (throttled: 429 with the minutes left)',
  tags,
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: loginInput } } } },
  responses: { 200: jsonContent(staffIdentitySchema, 'the staff identity'), ...refusals(400, 401, 429, 503) },
});

export const logout = createRoute({
  method: 'post',
  path: '/logout',
  summary: 'log out',
  tags,
  security: [],
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'logged out') },
});

export const me = createRoute({
  method: 'get',
  path: '/me',
  summary: 'the logged-in staff member',
  tags,
  middleware: [requireStaff] as const,
  responses: { 200: jsonContent(staffIdentitySchema, 'the staff identity'), ...refusals(401) },
});
