import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { ApiError, badRequest, notFound } from '../http/errors.ts';
import type { FileStore } from '../storage/fileStore.ts';
import { EXTENSION_OF, sniffDocumentType } from '../../domain/acceptedFiles.ts';
import { displayFileName } from '../../domain/displayFileName.ts';
import { DOCUMENT_TYPES } from '../../domain/vocabulary.ts';
import { customerDocumentView, staffDocumentView } from './documentSql.ts';
import { receiveUpload } from './receiveUpload.ts';
import { assertUploadWindow, saveUpload, type Uploader } from './saveUpload.ts';

const uploadFields = z.object({ type: z.enum(DOCUMENT_TYPES, { message: `one of ${DOCUMENT_TYPES.join(', ')}` }) });

/** The file store, or 503 when this server was started without one. */
export function fileStoreOf(c: Context<AppEnv>): FileStore {
  const files = c.var.deps.files;
  if (!files) throw new ApiError(503, 'file storage is not configured on this server');
  return files;
}

/**
 * POST .../documents (multipart: `type`, `file`) for staff and for the
 * customer: 201 with the new document, 200 with the existing one when this
 * request already has these exact bytes. The file's type is what its bytes
 * say, whatever its name or declared type.
 */
export async function handleUpload(c: Context<AppEnv>, requestId: number, uploader: Uploader): Promise<Response> {
  const files = fileStoreOf(c);
  // Refuse before reading 10 MB when the answer is already known (rechecked under the lock).
  const request = await c.var.db
    .selectFrom('cancellationRequests')
    .select('status')
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!request) throw notFound('request');
  // The role was checked by the staff route (requireRole with the domain's STAFF_UPLOAD_ROLES).
  assertUploadWindow(request.status);

  const upload = await receiveUpload(c.req.raw, files, { nodeBody: nodeRequestBody(c) });
  try {
    const parsed = uploadFields.safeParse(upload.fields);
    if (!parsed.success)
      throw badRequest('say which document this is', { type: parsed.error.issues[0]?.message ?? 'required' });
    if (!upload.file) throw badRequest('attach the file', { file: 'required' });
    const { staged, fileName } = upload.file;
    if (staged.size === 0) throw badRequest('the file is empty', { file: 'the file is empty' });
    const mimeType = sniffDocumentType(staged.head);
    if (!mimeType) {
      throw new ApiError(
        415,
        "only PNG, JPEG, WebP or PDF files are accepted (decided by the file's contents, not its name)",
        { file: 'PNG, JPEG, WebP or PDF' },
      );
    }
    const { document, created } = await saveUpload(c.var.deps.database, files, {
      requestId,
      type: parsed.data.type,
      staged,
      mimeType,
      uploader,
      now: c.var.deps.now(),
      fileName: displayFileName(fileName, `${parsed.data.type}.${EXTENSION_OF[mimeType]}`),
    });
    const view = uploader.kind === 'staff' ? staffDocumentView(document) : customerDocumentView(document);
    c.header('ETag', `"${document.version}"`);
    return c.json(view, created ? 201 : 200);
  } finally {
    await upload.file?.staged.discard();
  }
}

/**
 * Under @hono/node-server, the Node request itself (its body not yet touched):
 * streamed with backpressure. Elsewhere (tests, msw) the web Request's body is used.
 */
function nodeRequestBody(c: Context<AppEnv>): Readable | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof Readable && !incoming.readableDidRead ? incoming : undefined;
}
