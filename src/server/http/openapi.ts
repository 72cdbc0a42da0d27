import { z, type ZodType } from 'zod';
import { loginInput, requestListFilter } from '../../domain/schemas.ts';
import { accountFilter, auditEventFilter, documentFilter, orderFilter, refundFilter, userFilter } from './filters.ts';
import { requestEditInput } from '../routes/requests.ts';

// Generated from the same zod schemas the routes validate with, so the
// document cannot drift from what the server accepts.
const schema = (s: ZodType) => z.toJSONSchema(s, { unrepresentable: 'any' });

const error = { description: 'refused', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function listPath(resource: string, filter: ZodType, summary: string) {
  return {
    get: {
      summary,
      tags: [resource],
      parameters: [
        { name: 'sort', in: 'query', description: 'JSON ["field","ASC"|"DESC"]', schema: { type: 'string' } },
        { name: 'range', in: 'query', description: 'JSON [from, to], inclusive, at most 1000 rows', schema: { type: 'string' } },
        { name: 'filter', in: 'query', description: 'JSON object', content: { 'application/json': { schema: schema(filter) } } },
      ],
      responses: {
        200: { description: 'rows; total in Content-Range: <resource> from-to/total', headers: { 'Content-Range': { schema: { type: 'string' } } } },
        400: error, 401: error,
      },
    },
  };
}

function getPath(resource: string) {
  return { get: { summary: `one ${resource} record`, tags: [resource], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: { description: 'the record' }, 401: error, 404: error } } };
}

export function openApiDocument() {
  const resources: [string, ZodType][] = [
    ['requests', requestListFilter], ['accounts', accountFilter], ['orders', orderFilter], ['documents', documentFilter],
    ['refunds', refundFilter], ['audit-events', auditEventFilter], ['users', userFilter],
  ];
  const paths: Record<string, unknown> = {
    '/api/health': { get: { summary: 'database engine and migration level', responses: { 200: { description: 'ok' } } } },
    '/api/auth/login': { post: { summary: 'log in; sets the session cookie', requestBody: { content: { 'application/json': { schema: schema(loginInput) } } }, responses: { 200: { description: 'the staff identity' }, 400: error, 401: error } } },
    '/api/auth/logout': { post: { summary: 'log out', responses: { 200: { description: 'ok' } } } },
    '/api/auth/me': { get: { summary: 'the logged-in staff member', responses: { 200: { description: 'identity' }, 401: error } } },
    '/api/requests/counts': { get: { summary: 'requests per status, open, all and mine (for the queue tabs)', responses: { 200: { description: 'counts' }, 401: error } } },
  };
  for (const [name, filter] of resources) {
    paths[`/api/${name}`] = listPath(name, filter, `list ${name}`);
    paths[`/api/${name}/{id}`] = getPath(name);
  }
  (paths['/api/requests/{id}'] as { put?: unknown }).put = {
    summary: 'edit the internal note (status is not writable here)', tags: ['requests'],
    parameters: [{ name: 'If-Match', in: 'header', schema: { type: 'string' } }],
    requestBody: { content: { 'application/json': { schema: schema(requestEditInput) } } },
    responses: { 200: { description: 'the record' }, 400: error, 404: error, 412: error },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Cancel Desk API', version: '0.1.0', description: 'Back office for prepaid SIM account cancellation requests. Staff routes need the session cookie from /api/auth/login.' },
    paths,
    components: {
      schemas: {
        Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } } },
      },
    },
  };
}
