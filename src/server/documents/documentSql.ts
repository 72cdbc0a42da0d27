import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, DocumentRow } from '../db/schema.ts';
import type { FileStore } from '../storage/fileStore.ts';
import { maskPiiInText } from '../../domain/mask.ts';

type Db = Kysely<DB> | Transaction<DB>;

// Advisory locks on a file key serialise "write the file + insert a row that
// names it" (upload) against "no row needs it any more + delete it"
// (retention, a failed upload's clean-up), which otherwise could interleave
// across servers and leave a new row pointing at a just-deleted file.
const FILE_KEY_LOCK = 5_105_001;

/** Holds the key's lock until the transaction ends. */
export async function lockFileKey(trx: Transaction<DB>, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(FILE_KEY_LOCK)}, hashtext(${key}))`.execute(trx);
}

/** Does any document row still name this file? */
export async function fileKeyInUse(db: Db, key: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('storageKey', '=', key).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletes the key's file unless a row names it, under the key's lock: for an
 * upload whose transaction failed after the file was put in place.
 */
export async function removeFileIfUnused(db: Kysely<DB>, files: FileStore, key: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockFileKey(trx, key);
    if (await fileKeyInUse(trx, key)) return false;
    await files.delete(key);
    return true;
  });
}

/** What staff see of a document: every column but the storage key, personal data in its text masked (as in the list). */
export function staffDocumentView(row: DocumentRow) {
  const { storageKey: _, ...view } = row;
  return {
    ...view,
    fileName: maskPiiInText(view.fileName),
    rejectionReason: view.rejectionReason === null ? null : maskPiiInText(view.rejectionReason),
  };
}

/** What the customer sees of their upload. */
export function customerDocumentView(row: DocumentRow) {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    attempt: row.attempt,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt,
    rejectionReason: row.status === 'rejected' ? row.rejectionReason : null,
  };
}
