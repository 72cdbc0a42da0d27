import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/defineRoute.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { MAX_PASSWORD_LENGTH } from '../../../domain/passwordPolicy.ts';
import { languageSchema } from '../../../domain/schemas.ts';
import { staffIdentitySchema } from '../responseSchemas.ts';

const tags = ['profile'];

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } }, required: true });

const passwordChange = z
  .object({
    currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    // The policy (length, common, username) answers with its own messages in the handler.
    newPassword: z.string().max(1000),
  })
  .openapi('PasswordChange');

const sessionSchema = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    current: z.boolean().openapi({ description: 'the session this call came with' }),
  })
  .openapi('OwnSession');

export const changePassword = defineRoute('profile.edit', {
  method: 'post',
  path: '/password',
  summary: 'change your own password; your other sessions end',
  tags,
  request: { body: json(passwordChange) },
  responses: {
    200: jsonContent(staffIdentitySchema, 'you, the temporary-password flag cleared'),
    ...refusals(400, 401, 403),
  },
});

export const update = defineRoute('profile.edit', {
  method: 'put',
  path: '/',
  summary: 'change your own language',
  tags,
  request: { body: json(z.object({ language: languageSchema }).openapi('ProfileChanges')) },
  responses: { 200: jsonContent(staffIdentitySchema, 'you'), ...refusals(400, 401, 403) },
});

export const sessions = defineRoute('profile.read', {
  method: 'get',
  path: '/sessions',
  summary: 'your own sessions',
  tags,
  responses: { 200: jsonContent(z.array(sessionSchema), 'newest first'), ...refusals(401, 403) },
});

export const revokeSession = defineRoute('profile.edit', {
  method: 'delete',
  path: '/sessions/{id}',
  summary: 'end one of your own sessions',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'ended'), ...refusals(401, 403, 404) },
});

export const revokeOthers = defineRoute('profile.edit', {
  method: 'post',
  path: '/sessions/revoke-others',
  summary: 'log out everywhere else',
  tags,
  responses: {
    200: jsonContent(z.object({ revoked: z.number().int() }), 'how many sessions ended'),
    ...refusals(401, 403),
  },
});
