import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { runRetention } from '../../../src/server/jobs/retention.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, auditFor } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { blob, documentApi, pngBuffer } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

type Row = Record<string, any>;
// Shanghai wall-clock instants.
const sh = (s: string) => new Date(`${s}+08:00`);

describe.each(testEngines())('retention job on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  let reviewer: string;
  let seed = 9000;
  useDocumentSuite(engine, ['reviewer'], (s) => {
    ({ database, api } = s);
    [reviewer] = s.cookies;
  });

  /** A request with two uploaded files whose account's service ended at `endedAt`. */
  async function closedAccount(endedAt: Date | null, bytes: Buffer[] = [pngBuffer(++seed), pngBuffer(++seed)]) {
    const r = await aRequest(database.db, { documents: 'none' });
    const types = ['id_card_front', 'id_card_back', 'other'];
    const ids: number[] = [];
    for (const [i, b] of bytes.entries()) {
      const res = await api.staffUpload(reviewer, r.id, types[i]!, blob(b), `file-${i}.png`);
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    await database.db
      .updateTable('accounts')
      .set({ serviceEndedAt: endedAt, status: endedAt ? 'cancelled' : 'active' })
      .where('id', '=', r.accountId)
      .execute();
    return { ...r, documentIds: ids };
  }
  const docs = (ids: number[]) =>
    database.db.selectFrom('documents').selectAll().where('id', 'in', ids).orderBy('id').execute();
  const keyPath = (sha: string) => `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;

  it('two years after the service ended: the files go, the rows stay with their metadata, one system audit event each', async () => {
    const old = await closedAccount(sh('2024-11-20T15:00:00'));
    const before = await docs(old.documentIds);
    const result = await runRetention(database.db, api.files, TEST_NOW);
    expect(result.documents).toBeGreaterThanOrEqual(2);

    const after = await docs(old.documentIds);
    for (const [i, d] of after.entries()) {
      expect(d).toMatchObject({
        storageKey: null,
        sha256: before[i]!.sha256,
        sizeBytes: before[i]!.sizeBytes,
        fileName: before[i]!.fileName,
        status: 'submitted',
      });
      expect(d.fileDeletedAt!.toISOString()).toBe(TEST_NOW.toISOString());
      expect(api.storedFiles()).not.toContain(keyPath(d.sha256));
      const file = await api.call('GET', `/api/documents/${d.id}/file`, { cookie: reviewer });
      expect(file.status).toBe(404);
      expect(file.body.code).toBe('file_deleted');
    }
    const events = await auditFor(database.db, old.id, 'document.file_deleted');
    expect(events.map((e) => [e.actorType, e.actorName, e.entityId])).toEqual(
      old.documentIds.map((id) => ['system', 'system', String(id)]),
    );
    expect(events[0]!.after as Row).toMatchObject({
      reason: 'retention_expired',
      retentionEndedAt: sh('2026-11-21T00:00:00').toISOString(),
      sharedFileKept: false,
    });
    // The list still shows them, with the deletion date.
    const list = await api.call(
      'GET',
      `/api/documents?filter=${encodeURIComponent(JSON.stringify({ requestId: old.id }))}`,
      { cookie: reviewer },
    );
    expect(list.body.map((d: Row) => d.fileDeletedAt)).toEqual([TEST_NOW.toISOString(), TEST_NOW.toISOString()]);
  });

  it('younger ones, accounts still in service, and the last day of the period itself are untouched', async () => {
    const young = await closedAccount(sh('2025-06-01T12:00:00'));
    const active = await closedAccount(null);
    // TEST_NOW is 2026-11-25 10:00 in Shanghai: a service that ended on 2024-11-25 is kept all of that day.
    const lastDay = await closedAccount(sh('2024-11-25T00:00:00'));
    const dayBefore = await closedAccount(sh('2024-11-24T23:59:59'));
    await runRetention(database.db, api.files, TEST_NOW);
    for (const kept of [young, active, lastDay]) {
      const keptDocs = await docs(kept.documentIds);
      expect(keptDocs).toHaveLength(2);
      for (const d of keptDocs) {
        expect(d.fileDeletedAt).toBeNull();
        expect(api.storedFiles()).toContain(keyPath(d.storageKey!));
      }
      expect(await auditFor(database.db, kept.id, 'document.file_deleted')).toHaveLength(0);
    }
    expect((await docs(dayBefore.documentIds)).map((d) => d.fileDeletedAt !== null)).toEqual([true, true]);
    // A year on, the young account's time has come (now is injected).
    await runRetention(database.db, api.files, sh('2027-06-02T00:00:00'));
    expect((await docs(young.documentIds)).map((d) => d.fileDeletedAt !== null)).toEqual([true, true]);
    expect((await docs(active.documentIds)).map((d) => d.fileDeletedAt === null)).toEqual([true, true]);
  });

  it('a file another document still needs is kept: only the expired row lets go of it', async () => {
    const shared = pngBuffer(++seed);
    const old = await closedAccount(sh('2023-01-10T09:00:00'), [shared]);
    const young = await closedAccount(null, [shared]);
    await runRetention(database.db, api.files, TEST_NOW);
    const [expired] = await docs(old.documentIds);
    const [kept] = await docs(young.documentIds);
    expect(expired).toMatchObject({ storageKey: null });
    expect(kept!.storageKey).toBe(expired!.sha256);
    expect(api.storedFiles()).toContain(keyPath(expired!.sha256));
    expect((await api.call('GET', `/api/documents/${kept!.id}/file`, { cookie: reviewer })).status).toBe(200);
    const [event] = await auditFor(database.db, old.id, 'document.file_deleted');
    expect(event!.after as Row).toMatchObject({ sharedFileKept: true });
  });

  it('documents that never had a file are marked too; running again changes nothing', async () => {
    const r = await aRequest(database.db, { documents: 'verified', accountType: 'business' });
    await database.db
      .updateTable('accounts')
      .set({ serviceEndedAt: sh('2022-05-05T10:00:00'), status: 'cancelled' })
      .where('id', '=', r.accountId)
      .execute();
    await runRetention(database.db, api.files, TEST_NOW);
    const rows = await database.db
      .selectFrom('documents')
      .selectAll()
      .where('requestId', '=', r.id)
      .orderBy('id')
      .execute();
    expect(rows.map((d) => [d.type, d.status, d.fileDeletedAt !== null])).toEqual([
      ['business_license', 'verified', true],
      ['authorization_letter', 'verified', true],
    ]);
    const events = (await auditFor(database.db, r.id, 'document.file_deleted')).length;
    expect(events).toBe(2);
    const again = await runRetention(database.db, api.files, TEST_NOW);
    expect(again.documents).toBe(0);
    expect(await auditFor(database.db, r.id, 'document.file_deleted')).toHaveLength(events);
  });

  it('two servers running it at once delete each file once and write one event per document', async () => {
    const old = await closedAccount(sh('2023-03-03T10:00:00'), [
      pngBuffer(++seed),
      pngBuffer(++seed),
      pngBuffer(++seed),
    ]);
    const [a, b] = await Promise.all([
      runRetention(database.db, api.files, TEST_NOW),
      runRetention(database.db, api.files, TEST_NOW),
    ]);
    expect(a.documents + b.documents).toBe(3);
    expect(await auditFor(database.db, old.id, 'document.file_deleted')).toHaveLength(3);
  });

  it('works in batches', async () => {
    const old = await closedAccount(sh('2023-04-04T10:00:00'), [
      pngBuffer(++seed),
      pngBuffer(++seed),
      pngBuffer(++seed),
    ]);
    const result = await runRetention(database.db, api.files, TEST_NOW, { batchSize: 1 });
    expect(result.documents).toBe(3);
    expect((await docs(old.documentIds)).map((d) => d.fileDeletedAt !== null)).toEqual([true, true, true]);
  });

  it('a whole file no document names (a crash before its row committed) is removed once older than an upload could take', async () => {
    const orphan = await api.files.put(Readable.from([pngBuffer(++seed)]));
    const fresh = await api.files.put(Readable.from([pngBuffer(++seed)]));
    const named = await closedAccount(null);
    const namedKey = (await docs(named.documentIds))[0]!.storageKey!;
    const hoursBefore = (h: number) => new Date(TEST_NOW.getTime() - h * 3_600_000);
    // The store dates files by their modification time.
    for (const [key, at] of [
      [orphan.key, hoursBefore(7)],
      [fresh.key, hoursBefore(1)],
      [namedKey, hoursBefore(30)],
    ] as const) {
      await utimes(join(api.root, keyPath(key)), at, at);
    }
    const result = await runRetention(database.db, api.files, TEST_NOW);
    expect(result.orphanFilesRemoved).toBeGreaterThanOrEqual(1);
    expect(await api.files.exists(orphan.key)).toBe(false);
    expect(await api.files.exists(fresh.key)).toBe(true);
    expect(await api.files.exists(namedKey)).toBe(true);
    expect((await api.call('GET', `/api/documents/${named.documentIds[0]}/file`, { cookie: reviewer })).status).toBe(
      200,
    );
  });
});
