import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import type { FileStore } from '../../../src/server/storage/fileStore.ts';
import { localFileStore } from '../../../src/server/storage/localFileStore.ts';
import { TEST_NOW } from '../../support/constants.ts';
import type { TestResponse } from '../../support/apiClient.ts';

// The API with a real file store in a throwaway directory, and multipart
// bodies built the way a browser does: FormData + Blob through app.request().

export function documentApi(
  database: Database,
  options: { now?: () => Date; wrapStore?: (store: FileStore) => FileStore } = {},
) {
  const root = mkdtempSync(join(tmpdir(), 'cancel-desk-files-'));
  const store = localFileStore(root);
  const files = options.wrapStore ? options.wrapStore(store) : store;
  const now = options.now ?? (() => TEST_NOW);
  const app = createApp({ database, now, secureCookies: false, files });

  async function call<T = any>(
    method: string,
    path: string,
    init: { cookie?: string; headers?: Record<string, string>; body?: BodyInit; json?: unknown } = {},
  ): Promise<TestResponse<T> & { bytes: Buffer }> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const res = await app.request(path, { method, headers, body });
    const bytes = Buffer.from(await res.arrayBuffer());
    let parsed: unknown = null;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(bytes.toString('utf8'));
    return { status: res.status, headers: res.headers, body: parsed as T, bytes };
  }

  async function login(username: string) {
    const res = await call('POST', '/api/auth/login', { json: { username, password: 'demo1234' } });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }

  /** Every file under the store's keys (not temporary files), as relative paths. */
  function storedFiles(): string[] {
    const out: string[] = [];
    const walk = (dir: string, rel: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (rel === '' && name === 'tmp') continue;
          walk(path, rel ? `${rel}/${name}` : name);
        } else out.push(rel ? `${rel}/${name}` : name);
      }
    };
    walk(root, '');
    return out;
  }

  function temporaryFiles(): string[] {
    try {
      return readdirSync(join(root, 'tmp'));
    } catch {
      return [];
    }
  }

  return {
    app,
    root,
    files,
    store,
    call,
    login,
    storedFiles,
    temporaryFiles,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
    /** Staff upload: POST /api/requests/:id/documents. */
    staffUpload: (cookie: string, requestId: number, type: string | null, file: Blob | null, fileName = 'scan.png') =>
      call('POST', `/api/requests/${requestId}/documents`, { cookie, body: form(type, file, fileName) }),
    /** Customer upload: POST /api/intake/requests/:number/documents with the intake key. */
    customerUpload: (key: string, number: string, type: string | null, file: Blob | null, fileName = 'photo.jpg') =>
      call('POST', `/api/intake/requests/${number}/documents`, {
        headers: { authorization: `Bearer ${key}` },
        body: form(type, file, fileName),
      }),
  };
}

export function form(type: string | null, file: Blob | null, fileName: string): FormData {
  const data = new FormData();
  if (type !== null) data.append('type', type);
  if (file !== null) data.append('file', file, fileName);
  return data;
}

let pngSerial = 0;

/** A real, valid PNG (1×1 up to a few pixels); each call's bytes differ unless `seed` is repeated. */
export function pngBytes(seed = ++pngSerial, declaredType = 'image/png'): Blob {
  return blob(pngBuffer(seed), declaredType);
}

/** Bytes as the Blob a browser would send. */
export function blob(bytes: Buffer, type = ''): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

export function pngBuffer(seed: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const pixel = Buffer.from([0, seed & 0xff, (seed >> 8) & 0xff, (seed >> 16) & 0xff]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixel)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal PDF. */
export function pdfBytes(text = 'sample'): Blob {
  return new Blob([`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`], {
    type: 'application/pdf',
  });
}

/** The start of a Windows executable ("MZ" header). */
export function exeBytes(): Blob {
  const buf = Buffer.alloc(512);
  buf.write('MZ', 0, 'latin1');
  buf.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return blob(buf, 'image/png');
}

/** A file of exactly `size` bytes that sniffs as PDF. */
export function pdfOfSize(size: number): Blob {
  const buf = Buffer.alloc(size, 0x20);
  buf.write('%PDF-1.4\n', 0, 'latin1');
  return blob(buf, 'application/pdf');
}
