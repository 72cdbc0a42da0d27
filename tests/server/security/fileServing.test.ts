import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { fileNameForType } from '../../../src/server/documents/contentDisposition.ts';
import { aRequest } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { pdfBytes } from '../documents/documentApi.ts';
import { useDocumentSuite } from '../documents/documentSuite.ts';

describe('the file name a download gets follows the sniffed type', () => {
  it.each([
    ['receipt.exe', 'application/pdf', 'receipt.pdf'],
    ['scan.PDF', 'application/pdf', 'scan.PDF'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['身份证 正面', 'image/png', '身份证 正面.png'],
    ['v1.2 final', 'image/webp', 'v1.2 final.webp'],
    ['page.html', 'image/webp', 'page.webp'],
  ] as const)('%s stored as %s → %s', (name, type, expected) => {
    expect(fileNameForType(name, type)).toBe(expected);
  });
});

describe.each(testEngines())('an uploaded file is served inert on %s', (engine) => {
  let database: Database;
  let api: Parameters<Parameters<typeof useDocumentSuite>[2]>[0]['api'];
  let key: string;
  let reviewer: string;
  useDocumentSuite(engine, ['reviewer'], (s) => {
    ({ database, api, key } = s);
    [reviewer] = s.cookies;
  });

  it("a PDF named 'receipt.exe' is served sandboxed, nosniff, as 'receipt.pdf'", async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const up = await api.customerUpload(key, r.number, 'other', pdfBytes('exe'), 'receipt.exe');
    expect(up.status).toBe(201);
    const res = await api.call('GET', `/api/documents/${up.body.id}/file`, { cookie: reviewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="receipt.pdf"; filename*=UTF-8''receipt.pdf`);
  });
});
