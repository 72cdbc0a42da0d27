import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** What serving a document's file needs: where it is stored and how to present it. */
export function findDocumentFile(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'fileName', 'mimeType', 'storageKey', 'fileDeletedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findDocument(db: Kysely<DB>, id: number) {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}
