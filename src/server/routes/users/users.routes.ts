import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/defineRoute.ts';
import { userFilter } from '../../http/filters.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { languageSchema, roleSchema } from '../../../domain/schemas.ts';
import { userSchema } from '../responseSchemas.ts';

const tags = ['users'];

/** An admin sees every field; the other roles names only (who holds a request, who can take one). */
const staffRowSchema = z
  .looseObject({
    ...userSchema.partial().shape,
    id: z.number().int(),
    displayName: z.string(),
    roles: z.array(roleSchema),
    active: z.boolean(),
  })
  .openapi('StaffRow', { description: 'username, email, language and last login for admins only' });

const userFields = z.object({
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200).nullish(),
  roles: z.array(roleSchema).min(1, 'choose at least one role'),
  language: languageSchema,
});

const newUserBody = userFields
  .extend({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9_.-]{2,40}$/, '2 to 40 characters: letters, digits, "_", "." or "-"'),
  })
  .openapi('NewUser');

const withTemporaryPassword = z
  .looseObject({ ...userSchema.shape, temporaryPassword: z.string() })
  .openapi('UserWithTemporaryPassword', {
    description: 'shown once: the server keeps only its hash; it must be changed at the next login',
  });

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } }, required: true });

export const list = defineRoute('users.listNames', {
  method: 'get',
  path: '/',
  summary: 'list staff (admin: every field; others: names only)',
  tags,
  request: { query: listQuery(userFilter) },
  responses: listResponses(staffRowSchema, 'users'),
});

export const getOne = defineRoute('users.read', {
  method: 'get',
  path: '/{id}',
  summary: 'one staff member',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(401, 403, 404) },
});

export const create = defineRoute('users.create', {
  method: 'post',
  path: '/',
  summary: 'create a staff account with a temporary password',
  tags,
  request: { body: json(newUserBody) },
  responses: { 201: jsonContent(withTemporaryPassword, 'the new account'), ...refusals(400, 401, 403, 409) },
});

export const update = defineRoute('users.update', {
  method: 'put',
  path: '/{id}',
  summary: "change a staff member's name, email, roles, language",
  tags,
  request: { params: idParams, body: json(userFields.openapi('UserChanges')) },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(400, 401, 403, 404, 409) },
});

export const disable = defineRoute('users.disable', {
  method: 'post',
  path: '/{id}/disable',
  summary: 'disable a staff account (never deleted); its sessions end at once',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(401, 403, 404, 409) },
});

export const enable = defineRoute('users.disable', {
  method: 'post',
  path: '/{id}/enable',
  summary: 'enable a disabled staff account',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(userSchema, 'the staff member'), ...refusals(401, 403, 404) },
});

export const resetPassword = defineRoute('users.resetPassword', {
  method: 'post',
  path: '/{id}/reset-password',
  summary: 'a new temporary password, to be changed at the next login',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(withTemporaryPassword, 'the staff member'), ...refusals(401, 403, 404) },
});
