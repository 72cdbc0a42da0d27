import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileMissingError,
  FileTooLargeError,
  isStorageKey,
  type FileStore,
  type StagedFile,
  type StoredFile,
} from './fileStore.ts';

const HEAD_BYTES = 64;

/**
 * Files on a local disk (or a volume shared by several servers) under `root`:
 * `root/ab/cd/abcd…` by SHA-256, temporary files in `root/tmp`, on the same
 * file system so the final rename is atomic.
 *
 * A write goes: temp file (created exclusively) ← bytes, hashed on the way →
 * fsync → rename to the key's path → fsync the directory. A crash or an
 * aborted upload before the rename leaves at most a temp file, which no key
 * and no database row names (sweepTemporary removes it); after the rename
 * the whole file is there.
 */
export function localFileStore(root: string): FileStore {
  const tmpDir = join(root, 'tmp');

  function pathOf(key: string): string {
    // Keys are hashes we computed; checked anyway so nothing else becomes a path.
    if (!isStorageKey(key)) throw new Error(`not a storage key: ${JSON.stringify(String(key).slice(0, 80))}`);
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async function stage(
    source: Readable | AsyncIterable<Uint8Array>,
    options: { maxBytes?: number } = {},
  ): Promise<StagedFile> {
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    await mkdir(tmpDir, { recursive: true });
    const tempPath = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) return callback(new FileTooLargeError(maxBytes));
        hash.update(chunk);
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        callback(null, chunk);
      },
    });
    const handle = await open(tempPath, 'wx', 0o640);
    try {
      await pipeline(source, measure, writerTo(handle));
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => {});
      await rm(tempPath, { force: true });
      throw e;
    }
    await handle.close();

    const sha256 = hash.digest('hex');
    let state: 'staged' | 'committed' | 'discarded' = 'staged';
    return {
      key: sha256,
      sha256,
      size,
      head,
      async commit() {
        if (state !== 'staged') {
          if (state === 'discarded') throw new Error('a discarded file cannot be committed');
          return;
        }
        const target = pathOf(sha256);
        const dir = dirname(target);
        const created = await mkdir(dir, { recursive: true });
        if (await exists(sha256)) {
          // Same key, same bytes: the file is already there.
          await rm(tempPath, { force: true });
        } else {
          await rename(tempPath, target);
          await fsyncDirectory(dir);
          // New directories must survive a crash too, up to the store's root.
          if (created) {
            await fsyncDirectory(dirname(dir));
            await fsyncDirectory(root);
          }
        }
        state = 'committed';
      },
      async discard() {
        if (state !== 'staged') return;
        state = 'discarded';
        await rm(tempPath, { force: true });
      },
    };
  }

  async function exists(key: string): Promise<boolean> {
    try {
      return (await stat(pathOf(key))).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  return {
    stage,
    async put(source, options): Promise<StoredFile> {
      const staged = await stage(source, options);
      await staged.commit();
      return { key: staged.key, sha256: staged.sha256, size: staged.size };
    },
    async open(key) {
      const path = pathOf(key);
      try {
        // Opened first, so a missing file is an error here rather than in the middle of a response.
        const handle = await open(path, 'r');
        const { size } = await handle.stat();
        return { stream: createReadStream('', { fd: handle, highWaterMark: 256 * 1024 }), size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FileMissingError(key);
        throw e;
      }
    },
    exists,
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await fsyncDirectory(dirname(path)).catch(() => {});
    },
    async *keys() {
      // root/ab/cd/<key>: only directories and names of that shape are read.
      const list = async (dir: string) =>
        readdir(dir).catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return [] as string[];
          throw e;
        });
      for (const a of await list(root)) {
        if (!/^[0-9a-f]{2}$/.test(a)) continue;
        for (const b of await list(join(root, a))) {
          if (!/^[0-9a-f]{2}$/.test(b)) continue;
          for (const key of await list(join(root, a, b))) {
            if (!isStorageKey(key) || !key.startsWith(a + b)) continue;
            const info = await stat(join(root, a, b, key)).catch(() => null);
            if (info?.isFile()) yield { key, writtenAt: info.mtime };
          }
        }
      }
    },
    async sweepTemporary(olderThanMs, now) {
      let names: string[];
      try {
        names = await readdir(tmpDir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw e;
      }
      let removed = 0;
      for (const name of names) {
        if (!/^\d+-[0-9a-f]{16}\.part$/.test(name)) continue;
        const path = join(tmpDir, name);
        const info = await stat(path).catch(() => null);
        if (info && now.getTime() - info.mtimeMs > olderThanMs) {
          await rm(path, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

/** Makes a rename or an unlink in `dir` durable (POSIX: fsync the directory). */
async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A Writable onto an open file that leaves closing (after fsync) to the caller. */
function writerTo(handle: FileHandle): Writable {
  const writeAll = async (buffer: Buffer) => {
    for (let offset = 0; offset < buffer.length;) offset += (await handle.write(buffer, offset)).bytesWritten;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writeAll(chunk).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      writeAll(Buffer.concat(chunks.map((c) => c.chunk as Buffer))).then(() => callback(), callback);
    },
  });
}
