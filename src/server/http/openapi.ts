import { z, type ZodType } from 'zod';
import { loginInput, requestListFilter } from '../../domain/schemas.ts';
import { accountFilter, auditEventFilter, documentFilter, notificationFilter, orderFilter, refundFilter, userFilter } from './filters.ts';
import { requestEditInput } from '../routes/requests.ts';
import { bulkInput, intakeAnswerInput, intakeSubmitInput, reassignInput, rejectInput, requestInfoInput } from '../../domain/actionInputs.ts';
import { ACCEPTED_MIME_TYPES } from '../../domain/acceptedFiles.ts';
import { documentRejectInput } from '../../domain/documentRejection.ts';
import { DOCUMENT_TYPES } from '../../domain/vocabulary.ts';

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
    ['refunds', refundFilter], ['audit-events', auditEventFilter], ['users', userFilter], ['notifications', notificationFilter],
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
  const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'the version you saw, quoted: "3" (ETag of GET /api/requests/{id})', schema: { type: 'string' } };
  const action = (summary: string, body?: ZodType) => ({
    post: {
      summary, tags: ['workflow'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, ifMatch],
      ...(body ? { requestBody: { content: { 'application/json': { schema: schema(body) } } } } : {}),
      responses: { 200: { description: 'the request after the action, with its new ETag' }, 400: error, 403: error, 404: error, 409: error, 412: error, 428: error },
    },
  });
  paths['/api/requests/{id}/claim'] = action('claim: submitted → in_review, you become the assignee');
  paths['/api/requests/{id}/release'] = action('release: in_review → submitted (assignee or manager)');
  paths['/api/requests/{id}/reassign'] = action('reassign to a reviewer (manager)', reassignInput);
  paths['/api/requests/{id}/request-info'] = action('ask the customer for documents/information: → awaiting_customer, SLA paused', requestInfoInput);
  paths['/api/requests/{id}/approve'] = action('approve: account cancelled, refund of any balance created, customer notified; 409 lists unmet gates');
  paths['/api/requests/{id}/reject'] = action('reject with a reason code and a message to the customer', rejectInput);
  paths['/api/requests/{id}/pause-instead'] = action('pause instead: account suspended');
  paths['/api/requests/bulk/{action}'] = { post: { summary: 'bulk claim | release | reassign: one result per id', tags: ['workflow'], requestBody: { content: { 'application/json': { schema: schema(bulkInput) } } }, responses: { 200: { description: '{ results: [{ id, ok, status?, message? }] }' }, 400: error } } };
  paths['/api/requests/next'] = { post: { summary: 'claim the unclaimed request due soonest', tags: ['workflow'], responses: { 200: { description: 'the claimed request' }, 404: error } } };
  paths['/api/notifications/{id}/retry'] = { post: { summary: 'put a failed message back in the outbox', tags: ['notifications'], responses: { 200: { description: 'the message' }, 409: error } } };
  paths['/api/accounts/{id}/resume'] = { post: { summary: 'resume a suspended account (admin)', tags: ['accounts'], responses: { 200: { description: 'the account' }, 403: error, 409: error } } };
  const intake = { security: [{ intakeKey: [] }], tags: ['intake'] };
  paths['/api/intake/requests'] = { post: { ...intake, summary: 'the customer submits a cancellation request (Idempotency-Key header: same key, same request)', parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }], requestBody: { content: { 'application/json': { schema: schema(intakeSubmitInput) } } }, responses: { 201: { description: 'created' }, 200: { description: 'the request an earlier call with this key created' }, 400: error, 401: error, 403: error, 409: error, 422: error } } };
  paths['/api/intake/requests/{number}'] = { get: { ...intake, summary: 'status, document checklist (type, required, status, attempts, rejection reason) and timeline for the customer, without staff names', responses: { 200: { description: 'the customer view' }, 401: error, 403: error, 404: error } } };
  paths['/api/intake/requests/{number}/answer'] = { post: { ...intake, summary: 'the customer answers an information request: → in_review, SLA resumes', requestBody: { content: { 'application/json': { schema: schema(intakeAnswerInput) } } }, responses: { 200: { description: 'the customer view' }, 409: error } } };
  paths['/api/intake/requests/{number}/withdraw'] = { post: { ...intake, summary: 'the customer withdraws an open request', responses: { 200: { description: 'the customer view' }, 409: error } } };
  documentPaths(paths, intake);
  return {
    openapi: '3.1.0',
    info: { title: 'Cancel Desk API', version: '0.1.0', description: 'Back office for prepaid SIM account cancellation requests. Staff routes need the session cookie from /api/auth/login.' },
    paths,
    components: {
      securitySchemes: { intakeKey: { type: 'http', scheme: 'bearer', description: 'intake API key: a service key (INTAKE_API_KEYS) for every account, or one issued for a single account (npm run intake-key), which is refused (403) on any other account' }, session: { type: 'apiKey', in: 'cookie', name: 'cd_session' } },
      schemas: {
        Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } } },
      },
    },
  };
}

/** Supporting documents: uploads (multipart), the file itself, verify and reject. */
function documentPaths(paths: Record<string, unknown>, intake: Record<string, unknown>) {
  const upload = {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object', required: ['type', 'file'],
          properties: {
            type: { type: 'string', enum: [...DOCUMENT_TYPES] },
            file: { type: 'string', format: 'binary', description: `at most 10 MB; ${ACCEPTED_MIME_TYPES.join(', ')}, decided by the bytes, not the name or declared type` },
          },
        },
      },
    },
  };
  const uploaded = {
    201: { description: 'the new document (attempt = earlier uploads of its type + 1, submitted)' },
    200: { description: 'this request already has these exact bytes: that document' },
    400: error, 401: error, 404: error, 409: error, 413: error, 415: error,
  };
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
  const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'the document version you saw, quoted (ETag of GET /api/documents/{id})', schema: { type: 'string' } };
  paths['/api/requests/{id}/documents'] = { post: { summary: 'file a document for the customer (e.g. one that came by mail; reviewer or manager); the request must be open', tags: ['documents'], parameters: [id], requestBody: upload, responses: { ...uploaded, 403: error } } };
  paths['/api/intake/requests/{number}/documents'] = { post: { ...intake, summary: 'the customer uploads a supporting document while the request is open', requestBody: upload, responses: uploaded } };
  paths['/api/documents/{id}/file'] = {
    get: {
      summary: 'the file (staff only): sniffed Content-Type, Content-Disposition inline, X-Content-Type-Options nosniff, Cache-Control private, no-store', tags: ['documents'], parameters: [id],
      responses: { 200: { description: 'the bytes', content: Object.fromEntries(ACCEPTED_MIME_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) }, 401: error, 404: { description: 'unknown document, or its file was deleted after retention (code file_deleted) or is missing (file_missing)' } },
    },
  };
  const decision = (summary: string, body?: ZodType) => ({
    post: {
      summary, tags: ['documents'], parameters: [id, ifMatch],
      ...(body ? { requestBody: { content: { 'application/json': { schema: schema(body) } } } } : {}),
      responses: { 200: { description: 'the document, with its new ETag' }, 400: error, 401: error, 403: error, 404: error, 409: error, 412: error, 428: error },
    },
  });
  paths['/api/documents/{id}/verify'] = decision("verify (the request's assignee, while it is in review)");
  paths['/api/documents/{id}/reject'] = decision('reject with a reason; final: the customer cannot fix it; askCustomer: the request also goes to awaiting_customer naming this type, customer notified', documentRejectInput);
}
