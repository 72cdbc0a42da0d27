import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { FileMissingError, FileTooLargeError, type FileStore } from '../../../src/server/storage/fileStore.ts';
import { localFileStore } from '../../../src/server/storage/localFileStore.ts';
import { aRequest } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { blob, documentApi, pngBuffer } from './documentApi.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Yields `bytes` in chunks, then fails after `failAfter` bytes: a connection or disk that breaks mid-write. */
async function* breaking(bytes: Buffer, failAfter: number, error: Error) {
  for (let at = 0; at < bytes.length; at += 1000) {
    if (at >= failAfter) throw error;
    yield bytes.subarray(at, at + 1000);
  }
}

describe('the local file store', () => {
  let root: string;
  let store: FileStore;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cancel-desk-store-'));
    store = localFileStore(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // Whatever a test did, no temporary file may be left behind.
  const noTemporaryFiles = () => expect(readdirSync(join(root, 'tmp'))).toEqual([]);

  const read = async (key: string) => {
    const { stream } = await store.open(key);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };

  it('puts bytes under their SHA-256, reads them back, stores the same bytes once', async () => {
    const bytes = Buffer.from('same bytes, same key');
    const first = await store.put(Readable.from([bytes]));
    expect(first).toEqual({ key: sha(bytes), sha256: sha(bytes), size: bytes.length });
    expect(await read(first.key)).toEqual(bytes);
    const again = await store.put(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]));
    expect(again.key).toBe(first.key);
    expect(readdirSync(join(root, first.key.slice(0, 2), first.key.slice(2, 4)))).toEqual([first.key]);
    noTemporaryFiles();
  });

  it('a write interrupted before the rename leaves no file under any key and no temporary file', async () => {
    const bytes = Buffer.alloc(50_000, 1);
    await expect(store.stage(breaking(bytes, 20_000, new Error('connection reset')))).rejects.toThrow(
      'connection reset',
    );
    expect(await store.exists(sha(bytes))).toBe(false);
    await expect(store.open(sha(bytes))).rejects.toBeInstanceOf(FileMissingError);
    noTemporaryFiles();
  });

  it('a staged file is invisible until committed and gone when discarded', async () => {
    const bytes = Buffer.from('staged, then thrown away');
    const staged = await store.stage(Readable.from([bytes]));
    expect(staged.head.toString()).toBe(bytes.toString());
    expect(await store.exists(staged.key)).toBe(false);
    await staged.discard();
    await expect(staged.commit()).rejects.toThrow(/discarded/);
    expect(await store.exists(staged.key)).toBe(false);
    noTemporaryFiles();
  });

  it('past maxBytes the write stops with FileTooLargeError and nothing is kept', async () => {
    const bytes = Buffer.alloc(10_001, 2);
    await expect(store.stage(Readable.from([bytes]), { maxBytes: 10_000 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await store.exists(sha(bytes))).toBe(false);
    const exact = await store.stage(Readable.from([bytes.subarray(1)]), { maxBytes: 10_000 });
    expect(exact.size).toBe(10_000);
    await exact.discard();
    noTemporaryFiles();
  });

  it('anything but a 64-hex key is refused before it touches the file system', async () => {
    for (const key of ['../../etc/passwd', '..', '', 'A'.repeat(64), `${'a'.repeat(63)}/`]) {
      await expect(store.open(key)).rejects.toThrow(/not a storage key/);
      await expect(store.delete(key)).rejects.toThrow(/not a storage key/);
    }
  });

  it('deleting a key with no file is not an error', async () => {
    await expect(store.delete('f'.repeat(64))).resolves.toBeUndefined();
  });

  it('the sweep removes temporary files a dead process left, not fresh ones or anything else', async () => {
    mkdirSync(join(root, 'tmp'), { recursive: true });
    const old = join(root, 'tmp', '1700000000000-0123456789abcdef.part');
    const fresh = join(root, 'tmp', '1700000000001-0123456789abcdef.part');
    const other = join(root, 'tmp', 'keep-me.txt');
    for (const f of [old, fresh, other]) writeFileSync(f, 'x');
    const now = new Date();
    utimesSync(old, new Date(now.getTime() - 7 * 3_600_000), new Date(now.getTime() - 7 * 3_600_000));
    expect(await store.sweepTemporary(6 * 3_600_000, now)).toBe(1);
    expect(readdirSync(join(root, 'tmp')).sort()).toEqual([fresh.split('/').pop(), 'keep-me.txt'].sort());
    rmSync(fresh);
    rmSync(other);
  });
});

describe.each(testEngines())('upload crash safety on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await sql`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'simulated failure after the file was placed'; END $$ LANGUAGE plpgsql`.execute(
      database.db,
    );
    await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON documents FOR EACH ROW
      WHEN (NEW.file_name = 'boom.png') EXECUTE FUNCTION refuse_boom()`.execute(database.db);
  });
  afterAll(() => database.close());

  const rowsOf = (requestId: number) =>
    database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).execute();

  it('an upload whose bytes stop arriving mid-write (before the rename): no row, no file, no temporary file', async () => {
    const failing =
      (error: Error) =>
      (store: FileStore): FileStore => ({
        ...store,
        stage: (source, options) =>
          store.stage(
            (async function* () {
              let n = 0;
              for await (const chunk of source as AsyncIterable<Buffer>) {
                n += chunk.length;
                if (n > 4096) throw error;
                yield chunk;
              }
            })(),
            options,
          ),
      });
    const bytes = Buffer.concat([pngBuffer(1), Buffer.alloc(200_000, 3)]);
    for (const [error, status] of [
      [new Error('socket hang up'), 400],
      [Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }), 500],
    ] as const) {
      const api = documentApi(database, { wrapStore: failing(error) });
      const reviewer = await api.login('reviewer');
      const r = await aRequest(database.db, { documents: 'none' });
      const res = await api.staffUpload(reviewer, r.id, 'other', blob(bytes), 'scan.png');
      expect([error.message, res.status]).toEqual([error.message, status]);
      expect(await rowsOf(r.id)).toHaveLength(0);
      expect(api.storedFiles()).toEqual([]);
      expect(api.temporaryFiles()).toEqual([]);
      api.cleanup();
    }
  });

  it('a database failure after the file was placed removes the file again: no row, no file', async () => {
    const api = documentApi(database);
    const reviewer = await api.login('reviewer');
    const r = await aRequest(database.db, { documents: 'none' });
    const res = await api.staffUpload(reviewer, r.id, 'other', blob(pngBuffer(61)), 'boom.png');
    expect(res.status).toBe(500);
    expect(await rowsOf(r.id)).toHaveLength(0);
    expect(api.storedFiles()).toEqual([]);
    expect(api.temporaryFiles()).toEqual([]);
    api.cleanup();
  });

  it('...but keeps it when another document (of another request) names the same bytes', async () => {
    const api = documentApi(database);
    const reviewer = await api.login('reviewer');
    const [a, b] = [
      await aRequest(database.db, { documents: 'none' }),
      await aRequest(database.db, { documents: 'none' }),
    ];
    const bytes = pngBuffer(62);
    expect((await api.staffUpload(reviewer, a.id, 'other', blob(bytes), 'fine.png')).status).toBe(201);
    expect((await api.staffUpload(reviewer, b.id, 'other', blob(bytes), 'boom.png')).status).toBe(500);
    expect(await rowsOf(b.id)).toHaveLength(0);
    expect(api.storedFiles()).toEqual([`${sha(bytes).slice(0, 2)}/${sha(bytes).slice(2, 4)}/${sha(bytes)}`]);
    const [doc] = await rowsOf(a.id);
    expect((await api.call('GET', `/api/documents/${doc!.id}/file`, { cookie: reviewer })).status).toBe(200);
    api.cleanup();
  });
});
