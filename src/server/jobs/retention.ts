import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { writeAudit } from '../sql/audit.ts';
import { removeExpiredSignIns } from './signInCleanup.ts';
import type { FileStore } from '../storage/fileStore.ts';
import { fileKeyInUse, lockFileKey, removeFileIfUnused } from '../documents/documentSql.ts';
import { retentionCutoff, retentionEndsAt } from '../../domain/retention.ts';
import { startDailyJob, type DailyJobOptions } from './dailyJob.ts';

/** A temporary upload file this old belongs to a process that died mid-upload. */
const STALE_TEMP_MS = 6 * 3_600_000;

export interface RetentionResult {
  /** Documents whose retention ended: file deleted (when no other row needs it), row kept. */
  documents: number;
  /** Files actually removed from the store. */
  filesDeleted: number;
  temporaryFilesRemoved: number;
  /** Whole files no document names (a crash between placing the file and committing its row). */
  orphanFilesRemoved: number;
}

/**
 * The only way a document's file is ever deleted. Every document of an
 * account whose service ended more than two years ago (domain
 * retentionEndsAt: the MIIT rule for real-name records) loses its file; the
 * row stays with its metadata (type, name, size, SHA-256, decisions),
 * `file_deleted_at` set and `storage_key` cleared, and a `document.file_deleted`
 * audit event by the system records it.
 *
 * One transaction per document, under its file key's lock: the row is marked
 * first, then the file is deleted only if no other row (another request's
 * upload of the same bytes) still names it. Safe to run on several servers at
 * once and to rerun: a document already done is skipped.
 */
export async function runRetention(
  db: Kysely<DB>,
  files: FileStore,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<RetentionResult> {
  const batchSize = options.batchSize ?? 200;
  const cutoff = retentionCutoff(now);
  const result: RetentionResult = { documents: 0, filesDeleted: 0, temporaryFilesRemoved: 0, orphanFilesRemoved: 0 };
  let afterId = 0;
  for (;;) {
    const due = await db
      .selectFrom('accounts as a')
      .innerJoin('cancellationRequests as r', 'r.accountId', 'a.id')
      .innerJoin('documents as d', 'd.requestId', 'r.id')
      .select(['d.id', 'a.serviceEndedAt'])
      .where('a.serviceEndedAt', '<', cutoff)
      .where('d.fileDeletedAt', 'is', null)
      .where('d.id', '>', afterId)
      .orderBy('d.id')
      .limit(batchSize)
      .execute();
    for (const candidate of due) {
      const done = await expireDocument(db, files, candidate.id, candidate.serviceEndedAt!, now);
      if (done) {
        result.documents++;
        if (done.fileDeleted) result.filesDeleted++;
      }
    }
    if (due.length < batchSize) break;
    afterId = due[due.length - 1]!.id;
  }
  result.temporaryFilesRemoved = await files.sweepTemporary(STALE_TEMP_MS, now);
  result.orphanFilesRemoved = await sweepOrphanFiles(db, files, now);
  return result;
}

/**
 * An upload places its file, then commits its row; a process that dies in
 * between leaves a whole file that no row names. Nobody can see it, but it may
 * be someone's ID card, so it must not outlive the rules: files older than an
 * upload could take, named by no document, are removed, each under its key's
 * lock (an upload of the same bytes waits, or comes after and puts it back).
 */
async function sweepOrphanFiles(db: Kysely<DB>, files: FileStore, now: Date): Promise<number> {
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const named = new Set(
      (await db.selectFrom('documents').select('storageKey').where('storageKey', 'in', batch).execute()).map(
        (r) => r.storageKey,
      ),
    );
    for (const key of batch) {
      if (!named.has(key) && (await removeFileIfUnused(db, files, key))) removed++;
    }
    batch = [];
  };
  for await (const { key, writtenAt } of files.keys()) {
    if (now.getTime() - writtenAt.getTime() <= STALE_TEMP_MS) continue;
    batch.push(key);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return removed;
}

async function expireDocument(db: Kysely<DB>, files: FileStore, id: number, serviceEndedAt: Date, now: Date) {
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!doc || doc.fileDeletedAt) return null; // another server got here first
    const key = doc.storageKey;
    if (key) await lockFileKey(trx, key);
    await trx.updateTable('documents').set({ fileDeletedAt: now, storageKey: null }).where('id', '=', id).execute();
    let fileDeleted = false;
    if (key && !(await fileKeyInUse(trx, key))) {
      // Last step before COMMIT, still under the key's lock: no upload can
      // name this file again until it is gone. (Should COMMIT itself fail, the
      // row still names a file that is gone; the next run finishes the job and
      // the file route answers 404 meanwhile.)
      await files.delete(key);
      fileDeleted = true;
    }
    await writeAudit(trx, {
      actor: { type: 'system' },
      action: 'document.file_deleted',
      entityType: 'document',
      entityId: id,
      requestId: doc.requestId,
      accountId: doc.accountId,
      at: now,
      before: { storageKey: key, fileName: doc.fileName, sizeBytes: doc.sizeBytes, sha256: doc.sha256 },
      after: {
        fileDeletedAt: now,
        reason: 'retention_expired',
        serviceEndedAt,
        retentionEndedAt: retentionEndsAt(serviceEndedAt),
        sharedFileKept: key !== null && !fileDeleted,
      },
    });
    return { fileDeleted };
  });
}

/**
 * Runs the retention job every `intervalMs` (daily) in the server process,
 * first shortly after start. Timers are unref'd so they never keep the
 * process alive; a failed run is logged and tried again next time.
 */
export function startRetentionJob(
  db: Kysely<DB>,
  files: FileStore,
  options: DailyJobOptions & { now?: () => Date } = {},
) {
  const now = options.now ?? (() => new Date());
  return startDailyJob(
    'retention job',
    async () => {
      // The one daily timer also sweeps expired sessions and stale login failures.
      const expired = await removeExpiredSignIns(db, now());
      if (expired.sessions) console.log(`retention: ${expired.sessions} expired session(s) removed`);
      const r = await runRetention(db, files, now());
      if (r.documents || r.temporaryFilesRemoved || r.orphanFilesRemoved) {
        console.log(
          `retention: ${r.documents} document file(s) past retention (${r.filesDeleted} deleted), ${r.temporaryFilesRemoved} stale upload temp file(s) and ${r.orphanFilesRemoved} file(s) no document names removed`,
        );
      }
    },
    options,
  );
}
