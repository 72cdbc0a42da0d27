import type { ZodType } from 'zod';
import { ACCEPTED_MIME_TYPES, MAX_DOCUMENT_BYTES } from '../../../domain/acceptedFiles.ts';
import { documentRejectInput } from '../../../domain/documentRejection.ts';
import { DOCUMENT_TYPES } from '../../../domain/vocabulary.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { requiredIfMatchHeaders } from '../../http/etag.ts';
import { documentFilter } from '../../http/filters.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { documents } from '../../sql/resources.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import type { TableSpec } from '../tables/tableRoutes.ts';

const tags = ['documents'];

export const documentTable: TableSpec = {
  name: 'documents',
  resource: documents,
  filter: documentFilter,
  defaultSort: ['id', 'ASC'],
  row: tableRowSchema('Document', documents),
  access: { list: 'documents.list', read: 'documents.read' },
};

export const getOne = defineRoute('documents.read', {
  method: 'get',
  path: '/{id}',
  summary: 'one document; its version is the ETag',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(documentTable.row, 'the document'), ...refusals(401, 403, 404) },
});

export const file = defineRoute('documentFiles.read', {
  method: 'get',
  path: '/{id}/file',
  summary:
    'the file (staff only): sniffed Content-Type, Content-Disposition inline, X-Content-Type-Options nosniff, Cache-Control private, no-store',
  tags,
  request: { params: idParams },
  responses: {
    200: {
      description: 'the bytes',
      content: Object.fromEntries(
        ACCEPTED_MIME_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    },
    ...refusals(401, 403, 503),
    404: {
      ...refusals(404)[404],
      description:
        'unknown document, or its file was deleted after retention (code file_deleted) or is missing (file_missing)',
    },
  },
});

const decision = { params: idParams, headers: requiredIfMatchHeaders('documents') };
const decided = {
  200: jsonContent(documentTable.row, 'the document, with its new ETag'),
  ...refusals(400, 401, 403, 404, 409, 412, 428),
};

export const verify = defineRoute('documents.verify', {
  method: 'post',
  path: '/{id}/verify',
  summary: "verify (the request's assignee, while it is in review)",
  tags,
  request: decision,
  responses: decided,
});

export const reject = defineRoute('documents.reject', {
  method: 'post',
  path: '/{id}/reject',
  summary:
    'reject with a reason; final: the customer cannot fix it. The request stays in review: ask the customer with request-info',
  tags,
  request: { ...decision, body: { required: true, content: { 'application/json': { schema: documentRejectInput } } } },
  responses: decided,
});

// Described, not validated here: a zod schema would make the validator buffer
// the body, and an upload streams to the store as it arrives (documents/receiveUpload.ts).
export const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['type', 'file'],
        properties: {
          type: { type: 'string' as const, enum: [...DOCUMENT_TYPES] },
          file: {
            type: 'string' as const,
            format: 'binary',
            description: `at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; ${ACCEPTED_MIME_TYPES.join(', ')}, decided by the bytes, not the name or declared type`,
          },
        },
      },
    },
  },
};

/** An upload's answers; `document` is what the uploader sees of it (staff: the row, customer: their view). */
export const uploadResponses = <S extends ZodType>(document: S) => ({
  201: jsonContent(document, 'the new document (attempt = earlier uploads of its type + 1, submitted)'),
  200: jsonContent(document, 'this request already has these exact bytes: that document'),
  ...refusals(400, 401, 404, 409, 413, 415, 503),
});

/** POST /api/requests/{id}/documents: staff file a document for the customer (one that came by mail). */
export const upload = defineRoute('documents.upload', {
  method: 'post',
  path: '/{id}/documents',
  summary:
    'file a document for the customer (e.g. one that came by mail; reviewer or manager); the request must be open',
  tags,
  request: { params: idParams, body: uploadBody },
  responses: { ...uploadResponses(documentTable.row), ...refusals(403) },
});
