import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { blob, documentApi, pdfBytes, pngBuffer } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

describe.each(testEngines())('document files are served to staff on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  let reviewer: string;
  let finance: string;
  let key: string;
  useDocumentSuite(engine, ['reviewer', 'finance'], (s) => {
    ({ database, api, key } = s);
    [reviewer, finance] = s.cookies;
  });

  it('the bytes as uploaded, with the sniffed type, inline under the (Chinese) name, nosniff and no caching', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const bytes = pngBuffer(555);
    const up = await api.customerUpload(key, r.number, 'id_card_front', blob(bytes, 'text/html'), '身份证 "正面".html');
    // Finance reads the request, never the customer's ID card itself.
    expect((await api.call('GET', `/api/documents/${up.body.id}/file`, { cookie: finance })).status).toBe(403);
    const res = await api.call('GET', `/api/documents/${up.body.id}/file`, { cookie: reviewer });
    expect(res.status).toBe(200);
    expect(createHash('sha256').update(res.bytes).digest('hex')).toBe(up.body.sha256);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="___ ____.png"; filename*=UTF-8''${encodeURIComponent('身份证 "正面".png')}`,
    );
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('a PDF is served as application/pdf', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const up = await api.staffUpload(reviewer, r.id, 'authorization_letter', pdfBytes('served'), 'letter.pdf');
    const res = await api.call('GET', `/api/documents/${up.body.id}/file`, { cookie: reviewer });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('only to a staff session: none 401, an intake key 401, the intake side has no such path', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const up = await api.staffUpload(reviewer, r.id, 'other', blob(pngBuffer(556)));
    expect((await api.call('GET', `/api/documents/${up.body.id}/file`)).status).toBe(401);
    expect(
      (await api.call('GET', `/api/documents/${up.body.id}/file`, { headers: { authorization: `Bearer ${key}` } }))
        .status,
    ).toBe(401);
    // The intake API has no file route (a customer never downloads through it): an unknown path, 404.
    expect(
      (
        await api.call('GET', `/api/intake/documents/${up.body.id}/file`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).status,
    ).toBe(404);
  });

  it('404 JSON for an unknown document, one with no file, a file deleted by retention, and a file gone from the disk', async () => {
    const unknown = await api.call('GET', '/api/documents/99999999/file', { cookie: reviewer });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/not found/);

    // Fixture documents have metadata only.
    const r = await aRequest(database.db, { documents: 'submitted' });
    const noFile = await database.db
      .selectFrom('documents')
      .select('id')
      .where('requestId', '=', r.id)
      .executeTakeFirstOrThrow();
    expect((await api.call('GET', `/api/documents/${noFile.id}/file`, { cookie: reviewer })).body).toMatchObject({
      code: 'file_missing',
    });

    const up = await api.staffUpload(reviewer, r.id, 'other', blob(pngBuffer(557)));
    await database.db
      .updateTable('documents')
      .set({ fileDeletedAt: TEST_NOW, storageKey: null })
      .where('id', '=', up.body.id)
      .execute();
    const deleted = await api.call('GET', `/api/documents/${up.body.id}/file`, { cookie: reviewer });
    expect(deleted.status).toBe(404);
    expect(deleted.body).toMatchObject({ code: 'file_deleted', message: expect.stringMatching(/retention/) });

    const lost = await api.staffUpload(reviewer, r.id, 'proof_of_purchase', blob(pngBuffer(558)));
    await api.files.delete(lost.body.sha256);
    const gone = await api.call('GET', `/api/documents/${lost.body.id}/file`, { cookie: reviewer });
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'file_missing' });
  });

  it('a path in place of an id never reaches the file system', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '1.png', '-1', '0x10']) {
      const res = await api.call('GET', `/api/documents/${id}/file`, { cookie: reviewer });
      expect([id, res.status]).toEqual([id, 404]);
    }
  });

  it('the documents list and record never show the storage key; the record has the ETag of its version', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const up = await api.staffUpload(reviewer, r.id, 'other', blob(pngBuffer(559)));
    const one = await api.call('GET', `/api/documents/${up.body.id}`, { cookie: reviewer });
    expect(one.headers.get('etag')).toBe('"1"');
    expect(one.body).toMatchObject({ id: up.body.id, version: 1, fileDeletedAt: null });
    expect(one.body).not.toHaveProperty('storageKey');
    const list = await api.call(
      'GET',
      `/api/documents?filter=${encodeURIComponent(JSON.stringify({ requestId: r.id }))}`,
      { cookie: reviewer },
    );
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).not.toHaveProperty('storageKey');
  });
});
