import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { listen } from '../../../src/server/serve.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/domain/acceptedFiles.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { blob, documentApi, pdfOfSize, pngBuffer } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

// Through a real Node HTTP server on loopback: there the upload reads Node's
// request stream itself (app.request() in the other tests hands it a web stream).
describe.each(testEngines())('uploads through a real HTTP server on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  let server: Awaited<ReturnType<typeof listen>>;
  let base: string;
  let cookie: string;
  useDocumentSuite(engine, ['reviewer'], (s) => {
    ({ database, api } = s);
    [cookie] = s.cookies;
  });
  // Runs after the suite's setup; its afterAll runs before the suite's teardown.
  beforeAll(async () => {
    server = await listen(
      createApp({ database, now: () => TEST_NOW, secureCookies: false, files: api.files }),
      0,
      '127.0.0.1',
    );
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  const rowsOf = (requestId: number) =>
    database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).execute();
  const post = (requestId: number, type: string, file: Blob, name: string) => {
    const form = new FormData();
    form.append('type', type);
    form.append('file', file, name);
    return fetch(`${base}/api/requests/${requestId}/documents`, { method: 'POST', headers: { cookie }, body: form });
  };

  it('stores an upload and serves it back byte for byte', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const bytes = pngBuffer(4711);
    const res = await post(r.id, 'id_card_front', blob(bytes), '身份证.png');
    expect(res.status).toBe(201);
    const doc = (await res.json()) as { id: number; sha256: string; fileName: string };
    expect(doc.fileName).toBe('身份证.png');
    const file = await fetch(`${base}/api/documents/${doc.id}/file`, { headers: { cookie } });
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(
      createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex'),
    ).toBe(doc.sha256);
  });

  it('the client still reads the 413 JSON while it is sending more than 10 MB (found while streaming, or from Content-Length)', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    for (const size of [MAX_DOCUMENT_BYTES + 1, 11 * 1024 * 1024]) {
      const res = await post(r.id, 'other', pdfOfSize(size), 'big.pdf');
      expect([size, res.status]).toEqual([size, 413]);
      expect(await res.json()).toMatchObject({ message: expect.stringMatching(/larger than 10 MB/) });
    }
    expect(await rowsOf(r.id)).toHaveLength(0);
    expect(api.temporaryFiles()).toEqual([]);
  });

  it('a client that hangs up mid-upload leaves no row, no file and no temporary file', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const before = api.storedFiles();
    const boundary = 'hangup';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n`,
    );
    const socket = connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/requests/${r.id}/documents HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + 3_000_000}\r\n\r\n`,
    );
    socket.write(head);
    socket.write(pngBuffer(4712));
    socket.write(Buffer.alloc(500_000, 1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    for (let i = 0; i < 50 && api.temporaryFiles().length; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.temporaryFiles()).toEqual([]);
    expect(await rowsOf(r.id)).toHaveLength(0);
    expect(api.storedFiles()).toEqual(before);
  });
});
