import { Readable } from 'node:stream';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { requiredVersion, setEtag } from '../../http/etag.ts';
import { findDocument, findDocumentFile } from '../../sql/documentFiles.ts';
import { FileMissingError } from '../../storage/fileStore.ts';
import { contentDisposition, fileNameForType } from '../../documents/contentDisposition.ts';
import { staffDocumentView } from '../../documents/documentSql.ts';
import { fileStoreOf, handleUpload } from '../../documents/handleUpload.ts';
import { reviewDocument } from '../../documents/reviewDocument.ts';
import type * as routes from './documents.routes.ts';

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const doc = await findDocument(c.var.db, c.req.valid('param').id);
  if (!doc) throw notFound('document');
  setEtag(c, doc.version);
  return c.json(staffDocumentView(doc), 200);
};

export const file: AppRouteHandler<typeof routes.file> = async (c) => {
  const doc = await findDocumentFile(c.var.db, c.req.valid('param').id);
  if (!doc) throw notFound('document');
  if (doc.fileDeletedAt) {
    throw new ApiError(404, 'the file was deleted when its retention period ended; the record is kept', undefined, {
      code: 'file_deleted',
      fileDeletedAt: doc.fileDeletedAt,
    });
  }
  if (!doc.storageKey)
    throw new ApiError(404, 'no file is stored for this document', undefined, { code: 'file_missing' });
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
    'Content-Disposition': contentDisposition('inline', fileNameForType(doc.fileName, doc.mimeType)),
    'X-Content-Type-Options': 'nosniff',
    // Opened on its own, the file runs no script and reaches nothing of ours.
    'Content-Security-Policy': 'sandbox',
    'Cache-Control': 'private, no-store',
  });
};

export const verify: AppRouteHandler<typeof routes.verify> = async (c) => {
  const { id } = c.req.valid('param');
  const version = requiredVersion(c.req.valid('header')['If-Match'], 'documents');
  const doc = await reviewDocument(
    c.var.deps.database,
    id,
    version,
    c.var.user,
    { decision: 'verify' },
    c.var.deps.now(),
  );
  setEtag(c, doc.version);
  return c.json(staffDocumentView(doc), 200);
};

export const reject: AppRouteHandler<typeof routes.reject> = async (c) => {
  const { id } = c.req.valid('param');
  const version = requiredVersion(c.req.valid('header')['If-Match'], 'documents');
  const doc = await reviewDocument(
    c.var.deps.database,
    id,
    version,
    c.var.user,
    { decision: 'reject', ...c.req.valid('json') },
    c.var.deps.now(),
  );
  setEtag(c, doc.version);
  return c.json(staffDocumentView(doc), 200);
};

// handleUpload streams the multipart body to the store and writes the answer
// itself (201 new, 200 these bytes already are a document), as the route
// describes; its Response carries no static type of that body.
type UploadAnswer = ReturnType<AppRouteHandler<typeof routes.upload>>;
export const upload: AppRouteHandler<typeof routes.upload> = (c) =>
  handleUpload(c, c.req.valid('param').id, { kind: 'staff', user: c.var.user }) as Promise<unknown> as UploadAnswer;
