import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { aRequest, addIntakeKey, auditFor } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { documentApi, pdfBytes, pngBytes } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

type Api = ReturnType<typeof documentApi>;
type Row = Record<string, any>;

describe.each(testEngines())('who may upload, when, and what the audit says, on %s', (engine) => {
  let database: Database;
  let api: Api;
  let reviewer: string;
  let finance: string;
  let key: string;
  useDocumentSuite(engine, ['reviewer', 'finance'], (s) => {
    ({ database, api, key } = s);
    [reviewer, finance] = s.cookies;
  });

  const rowsOf = (requestId: number) =>
    database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).orderBy('id').execute();

  it('each upload is one audit event in the name of who uploaded it', async () => {
    const r = await aRequest(database.db, { documents: 'none' });
    const byStaff = await api.staffUpload(reviewer, r.id, 'id_card_front', pngBytes(), 'mailed.png');
    await api.customerUpload(key, r.number, 'id_card_back', pngBytes(), 'back.png');
    const events = await auditFor(database.db, r.id, 'document.uploaded');
    expect(events.map((e) => [e.actorType, e.entityType, (e.after as Row).type])).toEqual([
      ['staff', 'document', 'id_card_front'],
      ['customer', 'document', 'id_card_back'],
    ]);
    expect(events[0]).toMatchObject({
      entityId: String(byStaff.body.id),
      actorName: expect.any(String),
      after: { attempt: 1, status: 'submitted', mimeType: 'image/png' },
    });
    expect(byStaff.body).toMatchObject({ uploadedByType: 'staff', uploadedById: expect.any(Number) });
  });

  it('uploads are taken only while the request is open (409)', async () => {
    for (const status of ['approved', 'rejected', 'withdrawn', 'paused_instead'] as const) {
      const r = await aRequest(database.db, { status, documents: 'none' });
      const res = await api.customerUpload(key, r.number, 'id_card_front', pngBytes());
      expect([status, res.status]).toEqual([status, 409]);
      expect(res.body.message).toMatch(/only while it is open/);
    }
    for (const status of ['submitted', 'in_review', 'awaiting_customer'] as const) {
      const r = await aRequest(database.db, {
        status,
        documents: 'none',
        assignee: status === 'submitted' ? null : 'reviewer',
      });
      expect((await api.customerUpload(key, r.number, 'id_card_front', pngBytes())).status).toBe(201);
    }
  });

  describe('who may upload', () => {
    it('staff route: no session 401, an intake key is not a session (401), finance 403, unknown request 404', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const data = () => ({
        body: (() => {
          const f = new FormData();
          f.append('type', 'other');
          f.append('file', pngBytes(), 'x.png');
          return f;
        })(),
      });
      expect((await api.call('POST', `/api/requests/${r.id}/documents`, data())).status).toBe(401);
      expect(
        (
          await api.call('POST', `/api/requests/${r.id}/documents`, {
            ...data(),
            headers: { authorization: `Bearer ${key}` },
          })
        ).status,
      ).toBe(401);
      const res = await api.staffUpload(finance, r.id, 'other', pngBytes());
      expect(res.status).toBe(403);
      expect((await api.staffUpload(reviewer, 999_999, 'other', pngBytes())).status).toBe(404);
      expect(await rowsOf(r.id)).toHaveLength(0);
    });

    it('intake route: no key or a wrong key 401, a staff cookie alone 401, an unknown request number 404', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      expect((await api.customerUpload('not-a-key-at-all-0000', r.number, 'other', pngBytes())).status).toBe(401);
      const f = new FormData();
      f.append('type', 'other');
      f.append('file', pngBytes(), 'x.png');
      expect(
        (await api.call('POST', `/api/intake/requests/${r.number}/documents`, { cookie: reviewer, body: f })).status,
      ).toBe(401);
      expect((await api.customerUpload(key, 'ZX000000-00000', 'other', pngBytes())).status).toBe(404);
      expect((await api.customerUpload(key, encodeURIComponent('../../etc'), 'other', pngBytes())).status).toBe(404);
      expect(await rowsOf(r.id)).toHaveLength(0);
    });

    it("an intake key bound to an account uploads to that account's requests; another account's are not found (404, as a number that does not exist), nothing kept", async () => {
      const mine = await aRequest(database.db, { documents: 'none' });
      const theirs = await aRequest(database.db, { documents: 'none' });
      const accountKey = await addIntakeKey(database.db, undefined, mine.accountId);
      const before = api.storedFiles().length;
      const refused = await api.customerUpload(accountKey, theirs.number, 'other', pngBytes(), 'x.png');
      const nobody = await api.customerUpload(accountKey, 'ZX000000-00000', 'other', pngBytes(), 'x.png');
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(nobody.body);
      expect(await rowsOf(theirs.id)).toHaveLength(0);
      expect(api.storedFiles()).toHaveLength(before);
      expect(api.temporaryFiles()).toEqual([]);
      expect((await api.customerUpload(accountKey, mine.number, 'other', pngBytes(), 'x.png')).status).toBe(201);
      // The service key (no account) still reaches every account.
      expect((await api.customerUpload(key, theirs.number, 'other', pngBytes(), 'x.png')).status).toBe(201);
    });

    it('what the customer gets back has no staff fields', async () => {
      const r = await aRequest(database.db, { documents: 'none' });
      const res = await api.customerUpload(key, r.number, 'other', pdfBytes('customer view'), 'note.pdf');
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual([
        'attempt',
        'fileName',
        'id',
        'mimeType',
        'rejectionReason',
        'sha256',
        'sizeBytes',
        'status',
        'type',
        'uploadedAt',
      ]);
    });
  });
});
