import type { Readable } from 'node:stream';

// Where supporting documents' bytes live, behind a small interface: the local
// disk (localFileStore.ts) is the one implementation. An object-store adapter
// comes only together with a test against a real S3-compatible server.
//
// Files are content-addressed: the key is the SHA-256 of the bytes (hex), so
// a key never comes from a user, the same bytes are stored once however many
// document rows name them, and a key's file can be checked against its name.

/** A storage key: 64 lowercase hex digits. Anything else never reaches the file system. */
const STORAGE_KEY = /^[0-9a-f]{64}$/;
export const isStorageKey = (key: unknown): key is string => typeof key === 'string' && STORAGE_KEY.test(key);

export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
}

/**
 * Bytes received completely, hashed and made durable under a temporary name,
 * not yet visible under their key. The caller decides (type sniffed, database
 * row about to be written) and then commits or discards.
 */
export interface StagedFile extends StoredFile {
  /** The first bytes of the file, enough to tell its type. */
  head: Buffer;
  /** Makes the file visible under its key, atomically; a no-op when that key already has it. */
  commit(): Promise<void>;
  /** Removes the temporary file; a no-op once committed or discarded. */
  discard(): Promise<void>;
}

export interface FileStore {
  /**
   * Streams `source` into a temporary file while hashing it; never holds the
   * whole file in memory. Fails with FileTooLargeError past `maxBytes`, and on
   * any error of the source, leaving nothing behind.
   */
  stage(source: Readable | AsyncIterable<Uint8Array>, options?: { maxBytes?: number }): Promise<StagedFile>;
  /** stage + commit: for callers with no decision to make between the two (the seed). */
  put(source: Readable | AsyncIterable<Uint8Array>, options?: { maxBytes?: number }): Promise<StoredFile>;
  /** The file's bytes as a stream; FileMissingError when the key has no file. */
  open(key: string): Promise<{ stream: Readable; size: number }>;
  exists(key: string): Promise<boolean>;
  /** Removes the key's file; a key with no file is not an error. */
  delete(key: string): Promise<void>;
  /** Removes temporary files older than `olderThanMs` left by a process that died mid-upload. */
  sweepTemporary(olderThanMs: number, now: Date): Promise<number>;
  /** Every stored key with when its file was written, in no particular order. */
  keys(): AsyncIterable<{ key: string; writtenAt: Date }>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file is larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no file stored under ${key}`);
    this.name = 'FileMissingError';
  }
}
