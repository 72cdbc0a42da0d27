import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import busboy from 'busboy';
import { ApiError, badRequest } from '../http/errors.ts';
import { FileTooLargeError, type FileStore, type StagedFile } from '../storage/fileStore.ts';
import { MAX_DOCUMENT_BYTES } from '../../domain/acceptedFiles.ts';

/** Room for the multipart envelope: boundaries, part headers and the small fields. */
const ENVELOPE_BYTES = 64 * 1024;

export interface ReceivedUpload {
  fields: Record<string, string>;
  /** The part named "file", staged (on disk, hashed, not yet under its key); null when there was none. */
  file: { staged: StagedFile; fileName: string; declaredType: string } | null;
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, { file: 'at most 10 MB' });

/**
 * Reads a multipart/form-data upload as it arrives: the part named `file`
 * goes straight through the hash into a temporary file of the store (never
 * the whole body in memory), small text fields are collected. Refuses with
 * 413 as soon as the file passes `maxBytes` (and stops reading), 400 for a
 * malformed or cut-off body, a second file or oversized fields, 415 for a
 * body that is not multipart. On any refusal the temporary file is removed.
 *
 * `nodeBody` is Node's own request stream when the app runs on a Node server:
 * read directly it keeps backpressure (a socket faster than the disk waits),
 * where Node 20's web-stream adapter would queue the whole body in memory.
 */
export function receiveUpload(
  request: Request,
  files: FileStore,
  options: { maxBytes?: number; nodeBody?: Readable } = {},
): Promise<ReceivedUpload> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return Promise.reject(
      new ApiError(415, 'send the document as multipart/form-data with the fields "type" and "file"'),
    );
  }
  const declaredLength = Number(request.headers.get('content-length'));
  if (declaredLength > maxBytes + ENVELOPE_BYTES) {
    // Nothing is stored; a body not far past the limit is read and dropped so the client gets the 413.
    const drained =
      options.nodeBody && declaredLength <= 2 * maxBytes ? discardRest(options.nodeBody, maxBytes) : Promise.resolve();
    return drained.then(() => Promise.reject(tooLarge(maxBytes)));
  }
  if (!options.nodeBody && !request.body) return Promise.reject(badRequest('the request has no body'));

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // Chinese file names arrive as UTF-8 (browsers) or RFC 5987 filename*.
      defParamCharset: 'utf8',
      // busboy flags a file that *reaches* its limit, so the limit is one byte past ours.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
    });
  } catch (e) {
    return Promise.reject(badRequest(`bad multipart Content-Type: ${(e as Error).message}`));
  }
  const body = options.nodeBody ?? Readable.fromWeb(request.body as NodeWebStream<Uint8Array>);

  return new Promise<ReceivedUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let staging: Promise<NonNullable<ReceivedUpload['file']>> | null = null;
    let failed = false;

    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      // Stop parsing and storing. The body is left unconsumed rather than
      // cancelled, so the server can still answer on the connection.
      body.unpipe(parser);
      body.pause();
      // Not from inside one of busboy's own events: it still uses its state after emitting.
      setImmediate(() => parser.destroy());
      // The temporary file goes once its write has settled.
      const settled = staging
        ? staging.then(
            (f) => f.staged.discard(),
            () => {},
          )
        : Promise.resolve();
      // A client still sending a file a little over the limit reads the 413 only if
      // it may finish sending: on a Node server the rest (up to another 10 MB, a
      // few seconds) is read and dropped first. Past that the connection is cut.
      const drained =
        options.nodeBody && err instanceof ApiError && err.status === 413
          ? discardRest(options.nodeBody, maxBytes)
          : Promise.resolve();
      void Promise.all([settled, drained]).finally(() => reject(err));
    };

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || staging) {
        stream.resume();
        fail(
          badRequest(
            name === 'file' ? 'send one file per upload' : `unexpected file field "${name}": send the file as "file"`,
          ),
        );
        return;
      }
      // Errors reach the staging pipeline; this keeps a late one (after it settled) from going unhandled.
      stream.on('error', () => {});
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      // Browsers send a '"' in a file name as %22 (HTML's multipart encoding).
      const fileName = (info.filename ?? '').replace(/%22/g, '"');
      staging = files.stage(stream, { maxBytes }).then((staged) => ({ staged, fileName, declaredType: info.mimeType }));
      staging.catch((e: unknown) => fail(asClientError(e, maxBytes)));
    });
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated)
        return fail(badRequest(`the field "${name.slice(0, 40)}" is too long`));
      fields[name] = value;
    });
    parser.on('filesLimit', () => fail(badRequest('send one file per upload')));
    parser.on('fieldsLimit', () => fail(badRequest('too many form fields')));
    parser.on('partsLimit', () => fail(badRequest('too many form parts')));
    parser.on('error', (e: Error) => fail(badRequest(`the multipart body is malformed or incomplete: ${e.message}`)));
    body.on('error', () => fail(badRequest('the upload was interrupted')));
    parser.on('finish', () => {
      if (failed) return;
      const done = staging ?? Promise.resolve(null);
      done.then(
        (file) => {
          if (failed) {
            void file?.staged.discard();
            return;
          }
          resolve({ fields, file });
        },
        () => {}, // already reported through fail()
      );
    });
    body.pipe(parser);
  });
}

/** A stream error while receiving is the client's (cut off, too large); a file system error is ours. */
function asClientError(e: unknown, maxBytes: number): unknown {
  if (e instanceof ApiError) return e;
  if (e instanceof FileTooLargeError) return tooLarge(maxBytes);
  if ((e as NodeJS.ErrnoException).syscall) return e;
  return badRequest(`the upload was cut off: ${(e as Error).message}`);
}

/** Reads and drops what is left of a request body, at most `capBytes` or `timeoutMs`. */
function discardRest(body: Readable, capBytes: number, timeoutMs = 5_000): Promise<void> {
  if (body.readableEnded || body.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      clearTimeout(timer);
      body.off('data', onData);
      body.off('end', done);
      body.off('error', done);
      body.off('close', done);
      body.pause();
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > capBytes) done();
    };
    const timer = setTimeout(done, timeoutMs);
    body.on('data', onData);
    body.on('end', done);
    body.on('error', done);
    body.on('close', done);
    body.resume();
  });
}
