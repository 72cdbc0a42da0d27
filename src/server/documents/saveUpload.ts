import type { Database } from '../db/database.ts';
import type { DocumentRow } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError, conflict, notFound } from '../http/errors.ts';
import { writeAudit, type AuditEntry } from '../sql/audit.ts';
import type { FileStore, StagedFile } from '../storage/fileStore.ts';
import type { DocumentType, RequestStatus } from '../../domain/vocabulary.ts';
import type { AcceptedMimeType } from '../../domain/acceptedFiles.ts';
import { checkUploadWindow } from '../../domain/documentUpload.ts';
import { lockFileKey, removeFileIfUnused } from './documentSql.ts';

export type Uploader = { kind: 'staff'; user: StaffIdentity } | { kind: 'customer'; name: string };

export interface UploadFacts {
  requestId: number;
  type: DocumentType;
  staged: StagedFile;
  /** Shown only (already cleaned); the file is stored under its hash. */
  fileName: string;
  /** Sniffed from the bytes. */
  mimeType: AcceptedMimeType;
  uploader: Uploader;
  now: Date;
}

/**
 * Records an upload, in one transaction: lock the request (it must still be
 * open), recognise a file this request already has, otherwise number the
 * attempt for its type, put the file under its key, insert the row and the
 * audit event. The file is in place before the row exists, and the row is
 * committed or the file removed again (unless another row names it), so a
 * row never points at a missing or half-written file.
 *
 * A new upload of a type is a new row (attempt + 1, submitted): the latest
 * attempt decides the type's checklist status and earlier ones stay as history.
 */
export async function saveUpload(
  database: Database,
  files: FileStore,
  f: UploadFacts,
): Promise<{ document: DocumentRow; created: boolean }> {
  let placed = false;
  try {
    return await database.db.transaction().execute(async (trx) => {
      const request = await trx
        .selectFrom('cancellationRequests')
        .select(['id', 'status', 'accountId'])
        .where('id', '=', f.requestId)
        .forUpdate()
        .executeTakeFirst();
      if (!request) throw notFound('request');
      assertUploadWindow(request.status);

      // The same bytes twice for one request: that document, not a second row or file.
      const same = await trx
        .selectFrom('documents')
        .selectAll()
        .where('requestId', '=', f.requestId)
        .where('sha256', '=', f.staged.sha256)
        .executeTakeFirst();
      if (same) {
        if (same.type !== f.type) {
          throw conflict(`this file was already uploaded for this request as ${same.type} (document ${same.id})`, {
            code: 'duplicate_file',
            documentId: same.id,
          });
        }
        return { document: same, created: false };
      }

      await lockFileKey(trx, f.staged.key);
      const previous = await trx
        .selectFrom('documents')
        .select((eb) => eb.fn.max<number | null>('attempt').as('n'))
        .where('requestId', '=', f.requestId)
        .where('type', '=', f.type)
        .executeTakeFirstOrThrow();
      await f.staged.commit();
      placed = true;
      const document = await trx
        .insertInto('documents')
        .values({
          requestId: f.requestId,
          accountId: request.accountId,
          type: f.type,
          status: 'submitted',
          attempt: (previous.n ?? 0) + 1,
          fileName: f.fileName,
          mimeType: f.mimeType,
          sizeBytes: f.staged.size,
          sha256: f.staged.sha256,
          storageKey: f.staged.key,
          uploadedByType: f.uploader.kind,
          uploadedById: f.uploader.kind === 'staff' ? f.uploader.user.id : null,
          uploadedAt: f.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const actor: AuditEntry['actor'] =
        f.uploader.kind === 'staff'
          ? { type: 'staff', user: f.uploader.user }
          : { type: 'customer', name: f.uploader.name };
      await writeAudit(trx, {
        actor,
        action: 'document.uploaded',
        entityType: 'document',
        entityId: document.id,
        requestId: f.requestId,
        accountId: request.accountId,
        at: f.now,
        after: {
          type: document.type,
          attempt: document.attempt,
          status: 'submitted',
          fileName: document.fileName,
          mimeType: document.mimeType,
          sizeBytes: document.sizeBytes,
          sha256: document.sha256,
        },
      });
      return { document, created: true };
    });
  } catch (e) {
    if (placed) await removeFileIfUnused(database.db, files, f.staged.key);
    throw e;
  } finally {
    await f.staged.discard();
  }
}

/** 409 unless the request is open: the domain's checkUploadWindow, for the early check and the one under the lock. */
export function assertUploadWindow(status: RequestStatus): void {
  const open = checkUploadWindow({ status });
  if (!open.ok) throw new ApiError(open.status, open.message, undefined, { code: open.code });
}
