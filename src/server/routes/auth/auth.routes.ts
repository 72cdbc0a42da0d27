import { z } from '@hono/zod-openapi';
import { loginInput } from '../../../domain/schemas.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { staffIdentitySchema } from '../responseSchemas.ts';

const tags = ['auth'];

export const login = defineRoute('public', {
  method: 'post',
  path: '/login',
  summary: 'log in; sets the session cookie (throttled: 429 with the minutes left)',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: loginInput } } } },
  responses: { 200: jsonContent(staffIdentitySchema, 'the staff identity'), ...refusals(400, 401, 429, 503) },
});

// Public: a stale or expired cookie must still be cleared, or the browser keeps
// sending it and the login page cannot tell it is logged out.
export const logout = defineRoute('public', {
  method: 'post',
  path: '/logout',
  summary: 'log out (ends the session if there is one and clears the cookie)',
  tags,
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'logged out') },
});

export const me = defineRoute('signedIn', {
  method: 'get',
  path: '/me',
  summary: 'the logged-in staff member',
  tags,
  responses: { 200: jsonContent(staffIdentitySchema, 'the staff identity'), ...refusals(401) },
});
