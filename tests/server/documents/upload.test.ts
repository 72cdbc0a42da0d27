import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/domain/acceptedFiles.ts';
import { aRequest, auditFor } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { blob, documentApi, exeBytes, pdfOfSize, pngBuffer, pngBytes } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

type Api = ReturnType<typeof documentApi>;

describe.each(testEngines())('document upload on %s', (engine) => {
  let database: Database;
  let api: Api;
  let reviewer: string;
  let key: string;
  useDocumentSuite(engine, ['reviewer'], (s) => {
    ({ database, api, key } = s);
    [reviewer] = s.cookies;
  });

  const rowsOf = (requestId: number) =>
    database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).orderBy('id').execute();

  describe('the type is decided by the bytes', () => {
    it('a PNG named .pdf and declared a PDF is stored as image/png, with its SHA-256 and size', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const bytes = pngBuffer(4242);
      const res = await api.customerUpload(
        key,
        r.number,
        'id_card_front',
        blob(bytes, 'application/pdf'),
        '身份证正面.pdf',
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        type: 'id_card_front',
        status: 'submitted',
        attempt: 1,
        mimeType: 'image/png',
        fileName: '身份证正面.pdf',
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      expect(res.body).not.toHaveProperty('storageKey');
      const [row] = await rowsOf(r.id);
      expect(row).toMatchObject({ mimeType: 'image/png', uploadedByType: 'customer', storageKey: row!.sha256 });
    });

    it('an executable named .png and declared image/png is refused with 415 JSON, and nothing is kept', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const before = api.storedFiles().length;
      const res = await api.customerUpload(key, r.number, 'id_card_front', exeBytes(), 'photo.png');
      expect(res.status).toBe(415);
      expect(res.body.message).toMatch(/PNG, JPEG, WebP or PDF/);
      expect(await rowsOf(r.id)).toHaveLength(0);
      expect(api.storedFiles()).toHaveLength(before);
      expect(api.temporaryFiles()).toEqual([]);
    });

    it('an empty file is refused (400), as is a form without a file or without a known type', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const empty = await api.staffUpload(
        reviewer,
        r.id,
        'id_card_front',
        new Blob([], { type: 'image/png' }),
        'empty.png',
      );
      expect(empty.status).toBe(400);
      expect(empty.body.errors).toHaveProperty('file');
      const noFile = await api.staffUpload(reviewer, r.id, 'id_card_front', null);
      expect(noFile.status).toBe(400);
      expect(noFile.body.errors).toEqual({ file: 'required' });
      const noType = await api.staffUpload(reviewer, r.id, null, pngBytes());
      expect(noType.status).toBe(400);
      expect(noType.body.errors).toHaveProperty('type');
      const badType = await api.staffUpload(reviewer, r.id, 'passport', pngBytes());
      expect(badType.status).toBe(400);
      expect(await rowsOf(r.id)).toHaveLength(0);
      expect(api.temporaryFiles()).toEqual([]);
    });

    it('a body that is not multipart is 415 JSON', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const res = await api.call('POST', `/api/requests/${r.id}/documents`, {
        cookie: reviewer,
        json: { type: 'id_card_front' },
      });
      expect(res.status).toBe(415);
      expect(res.body.message).toMatch(/multipart/);
    });
  });

  describe('size', () => {
    it('exactly 10 MB is accepted; 10 MB + 1 byte is 413 JSON and leaves no file behind', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const ok = await api.staffUpload(
        reviewer,
        r.id,
        'authorization_letter',
        pdfOfSize(MAX_DOCUMENT_BYTES),
        'letter.pdf',
      );
      expect(ok.status).toBe(201);
      expect(ok.body.sizeBytes).toBe(MAX_DOCUMENT_BYTES);
      const filesBefore = api.storedFiles();
      const big = await api.staffUpload(reviewer, r.id, 'other', pdfOfSize(MAX_DOCUMENT_BYTES + 1), 'big.pdf');
      expect(big.status).toBe(413);
      expect(big.body.message).toMatch(/larger than 10 MB/);
      expect(await rowsOf(r.id)).toHaveLength(1);
      expect(api.storedFiles()).toEqual(filesBefore);
      expect(api.temporaryFiles()).toEqual([]);
    });

    it('an oversized body sent without Content-Length (chunked) is stopped at the limit too', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const data = new FormData();
      data.append('type', 'other');
      data.append('file', pdfOfSize(MAX_DOCUMENT_BYTES + 100), 'big.pdf');
      const encoded = new Response(data);
      const contentType = encoded.headers.get('content-type')!;
      const res = await api.app.request(`/api/requests/${r.id}/documents`, {
        method: 'POST',
        headers: { cookie: reviewer, 'content-type': contentType },
        body: encoded.body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await rowsOf(r.id)).toHaveLength(0);
      expect(api.temporaryFiles()).toEqual([]);
    });

    it('a Content-Length far above the limit is refused before reading', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const res = await api.call('POST', `/api/requests/${r.id}/documents`, {
        cookie: reviewer,
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
        body: '--x--\r\n',
      });
      expect(res.status).toBe(413);
    });
  });

  it('a truncated multipart body is 400 JSON, with no row and no file left', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const boundary = 'cd-test-boundary';
    const full = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nid_card_front\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      Buffer.alloc(200_000, 7),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    full.set(pngBuffer(99), full.indexOf('\r\n\r\n', full.indexOf('filename')) + 4);
    const before = api.storedFiles();
    const res = await api.call('POST', `/api/requests/${r.id}/documents`, {
      cookie: reviewer,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: full.subarray(0, 150_000),
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/malformed|incomplete|cut off/);
    expect(await rowsOf(r.id)).toHaveLength(0);
    expect(api.storedFiles()).toEqual(before);
    expect(api.temporaryFiles()).toEqual([]);
    // The same body complete is accepted, so the refusal was the truncation.
    const ok = await api.call('POST', `/api/requests/${r.id}/documents`, {
      cookie: reviewer,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: full,
    });
    expect(ok.status).toBe(201);
  });

  it('path-traversal names are kept as a plain name only; the file is stored under its hash', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const bytes = pngBuffer(777);
    const res = await api.staffUpload(reviewer, r.id, 'other', blob(bytes), '../../etc/passwd.png');
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('passwd.png');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(api.storedFiles()).toContain(`${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`);
    expect(api.storedFiles().some((f) => f.includes('passwd') || f.includes('..'))).toBe(false);
    const windows = await api.staffUpload(reviewer, r.id, 'other', pngBytes(), '..\\..\\windows\\system32\\x.png');
    expect(windows.body.fileName).toBe('x.png');
  });

  describe('the same file twice, and re-uploads', () => {
    it('the same bytes twice for one request answer the existing document (200): no second row, no second file', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const bytes = pngBuffer(31337);
      const first = await api.customerUpload(key, r.number, 'id_card_back', blob(bytes), 'back.png');
      expect(first.status).toBe(201);
      const filesAfterFirst = api.storedFiles().length;
      const again = await api.customerUpload(key, r.number, 'id_card_back', blob(bytes), 'back-again.png');
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      expect(await rowsOf(r.id)).toHaveLength(1);
      expect(api.storedFiles()).toHaveLength(filesAfterFirst);
      expect(await auditFor(database.db, r.id, 'document.uploaded')).toHaveLength(1);
    });

    it('the same bytes for another type of the same request are 409, naming the document they already are', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const bytes = pngBuffer(1001);
      const front = await api.customerUpload(key, r.number, 'id_card_front', blob(bytes));
      const back = await api.customerUpload(key, r.number, 'id_card_back', blob(bytes));
      expect(back.status).toBe(409);
      expect(back.body).toMatchObject({ code: 'duplicate_file', documentId: front.body.id });
    });

    it('the same bytes for two requests: two rows, one stored file', async () => {
      const [a, b] = [
        await aRequest(database.db, { documents: 'none' }),
        await aRequest(database.db, { documents: 'none' }),
      ];
      const bytes = pngBuffer(2002);
      const before = api.storedFiles().length;
      expect((await api.staffUpload(reviewer, a.id, 'other', blob(bytes))).status).toBe(201);
      expect((await api.staffUpload(reviewer, b.id, 'other', blob(bytes))).status).toBe(201);
      expect(api.storedFiles()).toHaveLength(before + 1);
    });

    it('a new upload of a type is the next attempt, submitted again; the earlier one stays as history', async () => {
      const r = await aRequest(database.db, { documents: 'verified' });
      const res = await api.customerUpload(key, r.number, 'id_card_front', pngBytes(), 'front-new.png');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ attempt: 2, status: 'submitted' });
      const rows = (await rowsOf(r.id)).filter((d) => d.type === 'id_card_front');
      expect(rows.map((d) => [d.attempt, d.status])).toEqual([
        [1, 'verified'],
        [2, 'submitted'],
      ]);
      const third = await api.customerUpload(key, r.number, 'id_card_front', pngBytes());
      expect(third.body.attempt).toBe(3);
      // The request's checklist reads the latest attempt: one of two required types is verified now.
      const view = await api.call('GET', `/api/requests/${r.id}`, { cookie: reviewer });
      expect(view.body).toMatchObject({ documentsVerified: 1, documentsRequired: 2 });
    });
  });
});
