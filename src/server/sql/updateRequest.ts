import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { writeAudit } from './audit.ts';
import { getRequest } from './requests/index.ts';

export interface RequestEdit {
  internalNote?: string | null;
}

/**
 * The only plain edit of a request: staff notes. Status and everything the
 * lifecycle owns move through the workflow actions, never through PUT.
 */
export async function updateRequestNote(
  db: Kysely<DB>,
  id: number,
  edit: RequestEdit,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('cancellationRequests')
      .select(['id', 'accountId', 'internalNote', 'version'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('request');
    if (expectedVersion !== null && row.version !== expectedVersion) {
      // As the workflow actions answer: the request as it now stands, so the editor can show what changed.
      const current = await getRequest(trx, id, now);
      throw new ApiError(412, 'this request changed since you opened it', undefined, {
        currentVersion: row.version,
        current,
      });
    }
    if (edit.internalNote === undefined || edit.internalNote === row.internalNote) return row.version;
    await trx
      .updateTable('cancellationRequests')
      .set({ internalNote: edit.internalNote, version: row.version + 1, updatedAt: now })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'request.note_updated',
      entityType: 'request',
      entityId: id,
      requestId: id,
      accountId: row.accountId,
      before: { internalNote: row.internalNote },
      after: { internalNote: edit.internalNote },
      at: now,
    });
    return row.version + 1;
  });
}
