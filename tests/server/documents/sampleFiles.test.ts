import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { attachSampleFiles, SAMPLE_ATTEMPTS, sampleFilePath } from '../../../src/server/seed/sampleFiles.ts';
import { EXTENSION_OF, sniffDocumentType } from '../../../src/domain/acceptedFiles.ts';
import { DOCUMENT_TYPES } from '../../../src/domain/vocabulary.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { documentApi } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

describe('demo sample files', () => {
  it('one per document type and attempt, each a real PNG, JPEG, WebP or PDF under 50 KB, all different', () => {
    const hashes = new Set<string>();
    for (const type of DOCUMENT_TYPES) {
      for (const attempt of SAMPLE_ATTEMPTS) {
        const bytes = readFileSync(sampleFilePath(type, attempt));
        expect([type, attempt, sniffDocumentType(bytes.subarray(0, 16)) !== null]).toEqual([type, attempt, true]);
        expect(bytes.length).toBeLessThan(50 * 1024);
        hashes.add(createHash('sha256').update(bytes).digest('hex'));
      }
    }
    expect(hashes.size).toBe(DOCUMENT_TYPES.length * SAMPLE_ATTEMPTS.length);
  });

  it('the PDF says it is a sample in its text too', () => {
    expect(readFileSync(sampleFilePath('authorization_letter', 1)).toString('latin1')).toContain(
      '(SAMPLE - fictitious data',
    );
  });
});

describe.each(testEngines())('seeded documents get sample files on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  useDocumentSuite(engine, [], (s) => {
    ({ database, api } = s);
  });

  it('every seeded document can be previewed: its row names a stored sample with the same hash, size and type', async () => {
    const updated = await attachSampleFiles(database.db, api.files);
    const docs = await database.db.selectFrom('documents').selectAll().execute();
    expect(updated).toBe(docs.length);
    expect(docs.length).toBeGreaterThan(100);
    // Content-addressed: each sample is stored once however many rows name it.
    expect(api.storedFiles().length).toBeLessThanOrEqual(DOCUMENT_TYPES.length * SAMPLE_ATTEMPTS.length);
    for (const d of docs) {
      const bytes = readFileSync(sampleFilePath(d.type as never, d.attempt as never));
      expect(d).toMatchObject({
        storageKey: d.sha256,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      expect(d.mimeType).toBe(sniffDocumentType(bytes.subarray(0, 16)));
      expect(d.fileName.endsWith(`.${EXTENSION_OF[d.mimeType]}`)).toBe(true);
    }
    const reviewer = await api.login('reviewer');
    for (const type of DOCUMENT_TYPES) {
      const d = docs.find((x) => x.type === type);
      if (!d) continue;
      const res = await api.call('GET', `/api/documents/${d.id}/file`, { cookie: reviewer });
      expect([type, res.status, res.headers.get('content-type')]).toEqual([type, 200, d.mimeType]);
      expect(createHash('sha256').update(res.bytes).digest('hex')).toBe(d.sha256);
    }
    // Run again: nothing left without a file, nothing changes.
    expect(await attachSampleFiles(database.db, api.files)).toBe(0);
  });
});
