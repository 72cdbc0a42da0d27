import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { requireRole } from '../auth/requireStaff.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { ifMatchVersion } from '../http/etag.ts';
import { documentFilter } from '../http/filters.ts';
import { idParam } from '../http/params.ts';
import { validate } from '../http/validate.ts';
import * as r from '../sql/resources.ts';
import { FileMissingError } from '../storage/fileStore.ts';
import { contentDisposition } from '../documents/contentDisposition.ts';
import { staffDocumentView } from '../documents/documentSql.ts';
import { fileStoreOf, handleUpload } from '../documents/handleUpload.ts';
import { reviewDocument } from '../documents/reviewDocument.ts';
import { documentRejectInput, STAFF_UPLOAD_ROLES } from '../../domain/documentRules.ts';
import { tableRoutes } from './tableRoutes.ts';

/** Verify and reject carry the document version the reviewer saw: `If-Match: "<version>"`; without it, 428. */
function requiredVersion(header: string | undefined): number {
  const version = ifMatchVersion(header);
  if (version === null) throw new ApiError(428, 'send If-Match with the version you saw (the ETag of GET /api/documents/:id)');
  return version;
}

/** /api/documents: list and read (react-admin), the file itself, verify and reject. Staff only. */
export const documents = new Hono<AppEnv>()
  .get('/:id/file', async (c) => {
    const id = idParam(c.req.param('id'));
    const doc = await c.var.db
      .selectFrom('documents')
      .select(['id', 'fileName', 'mimeType', 'storageKey', 'fileDeletedAt'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!doc) throw notFound('document');
    if (doc.fileDeletedAt) {
      throw new ApiError(404, 'the file was deleted when its retention period ended; the record is kept', undefined, { code: 'file_deleted', fileDeletedAt: doc.fileDeletedAt });
    }
    if (!doc.storageKey) throw new ApiError(404, 'no file is stored for this document', undefined, { code: 'file_missing' });
    let opened;
    try {
      opened = await fileStoreOf(c).open(doc.storageKey);
    } catch (e) {
      if (!(e instanceof FileMissingError)) throw e;
      console.error(`document ${doc.id}: its file ${doc.storageKey} is missing from the store`);
      throw new ApiError(404, 'the file of this document is missing from storage', undefined, { code: 'file_missing' });
    }
    return c.body(Readable.toWeb(opened.stream) as ReadableStream, 200, {
      'Content-Type': doc.mimeType,
      'Content-Length': String(opened.size),
      'Content-Disposition': contentDisposition('inline', doc.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  })
  .post('/:id/verify', async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const doc = await reviewDocument(c.var.deps.database, id, version, c.var.user, { decision: 'verify' }, c.var.deps.now());
    c.header('ETag', `"${doc.version}"`);
    return c.json(staffDocumentView(doc));
  })
  .post('/:id/reject', validate('json', documentRejectInput), async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const doc = await reviewDocument(c.var.deps.database, id, version, c.var.user, { decision: 'reject', ...c.req.valid('json') }, c.var.deps.now());
    c.header('ETag', `"${doc.version}"`);
    return c.json(staffDocumentView(doc));
  })
  .get('/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    const doc = await c.var.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!doc) throw notFound('document');
    c.header('ETag', `"${doc.version}"`);
    return c.json(staffDocumentView(doc));
  })
  .route('/', tableRoutes('documents', r.documents, documentFilter, ['id', 'ASC']));

/** POST /api/requests/:id/documents: staff file a document for the customer (one that came by mail). */
export const requestDocuments = new Hono<AppEnv>()
  .post('/:id/documents', requireRole(...STAFF_UPLOAD_ROLES), async (c) => {
    const id = idParam(c.req.param('id'));
    return handleUpload(c, id, { kind: 'staff', user: c.var.user });
  });
