import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { aRequest, auditFor, staffId } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { documentApi, pngBytes } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

type Row = Record<string, any>;

describe.each(testEngines())('verifying and rejecting documents on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  let reviewer: string;
  let reviewer2: string;
  let finance: string;
  let key: string;
  useDocumentSuite(engine, ['reviewer', 'reviewer2', 'finance'], (s) => {
    ({ database, api, key } = s);
    [reviewer, reviewer2, finance] = s.cookies;
  });

  const docsOf = (requestId: number) =>
    database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).orderBy('id').execute();
  const decide = (cookie: string, id: number, action: 'verify' | 'reject', version: number | null, body?: unknown) =>
    api.call<Row>('POST', `/api/documents/${id}/${action}`, {
      cookie,
      json: body ?? {},
      headers: version === null ? {} : { 'If-Match': `"${version}"` },
    });
  const requestRow = (id: number) =>
    database.db.selectFrom('cancellationRequests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('the assignee verifies a submitted document: verified, version bumped, ETag, one audit event', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [doc] = await docsOf(r.id);
    const res = await decide(reviewer, doc!.id, 'verify', 1);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: doc!.id,
      status: 'verified',
      version: 2,
      reviewedBy: await staffId(database.db, 'reviewer'),
      rejectionReason: null,
    });
    expect(res.headers.get('etag')).toBe('"2"');
    const audit = await auditFor(database.db, r.id, 'document.verified');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorType: 'staff',
      entityType: 'document',
      entityId: String(doc!.id),
      before: { status: 'submitted' },
      after: { status: 'verified' },
    });
    // The request itself is untouched: its version (the reviewer's If-Match for approve) stays.
    expect((await requestRow(r.id)).version).toBe(r.version);
  });

  it('without If-Match 428; with a stale version 412 and the current document; nothing changes', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [doc] = await docsOf(r.id);
    expect((await decide(reviewer, doc!.id, 'verify', null)).status).toBe(428);
    expect((await decide(reviewer, doc!.id, 'verify', 1)).status).toBe(200);
    const stale = await decide(reviewer, doc!.id, 'reject', 1, { reason: '看不清' });
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ id: doc!.id, status: 'verified', version: 2 });
    expect(await auditFor(database.db, r.id, 'document.rejected')).toHaveLength(0);
  });

  it('a rejection names its reason; a final one cannot be undone; a mistaken verification can be corrected', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [front, back] = await docsOf(r.id);
    expect((await decide(reviewer, front!.id, 'reject', 1, {})).status).toBe(400);
    const rejected = await decide(reviewer, front!.id, 'reject', 1, { reason: '照片模糊, 看不清号码' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReason: '照片模糊, 看不清号码',
      rejectionFinal: false,
      version: 2,
    });
    const corrected = await decide(reviewer, front!.id, 'verify', 2);
    expect(corrected.body).toMatchObject({ status: 'verified', rejectionReason: null, version: 3 });

    const final = await decide(reviewer, back!.id, 'reject', 1, { reason: '证件与账户实名信息不一致', final: true });
    expect(final.body).toMatchObject({ status: 'rejected', rejectionFinal: true });
    const undo = await decide(reviewer, back!.id, 'verify', 2);
    expect(undo.status).toBe(409);
    expect(undo.body.code).toBe('rejection_final');
    expect((await decide(reviewer, front!.id, 'verify', 3)).body.code).toBe('already_decided');
    expect((await auditFor(database.db, r.id, 'document.rejected')).map((e) => (e.after as Row).final)).toEqual([
      false,
      true,
    ]);
  });

  describe('who may decide, and when', () => {
    it('no session 401; finance 403; a reviewer who is not the assignee 403 naming the assignee', async () => {
      const r = await aRequest(database.db, { documents: 'submitted', assignee: 'reviewer' });
      const [doc] = await docsOf(r.id);
      expect(
        (await api.call('POST', `/api/documents/${doc!.id}/verify`, { headers: { 'If-Match': '"1"' } })).status,
      ).toBe(401);
      expect(
        (
          await api.call('POST', `/api/documents/${doc!.id}/verify`, {
            headers: { 'If-Match': '"1"', authorization: `Bearer ${key}` },
          })
        ).status,
      ).toBe(401);
      const byFinance = await decide(finance, doc!.id, 'verify', 1);
      expect(byFinance.status).toBe(403);
      // The route's permission refuses before the document rule is asked.
      expect(byFinance.body.code).toBe('forbidden');
      const byOther = await decide(reviewer2, doc!.id, 'reject', 1, { reason: 'x' });
      expect(byOther.status).toBe(403);
      const name = (
        await database.db
          .selectFrom('staffUsers')
          .select('displayName')
          .where('username', '=', 'reviewer')
          .executeTakeFirstOrThrow()
      ).displayName;
      expect(byOther.body.message).toContain(name);
      expect((await docsOf(r.id))[0]).toMatchObject({ status: 'submitted', version: 1 });
      expect((await requestRow(r.id)).status).toBe('in_review');
    });

    it('only while the request is in review: unclaimed, waiting for the customer or decided is 409', async () => {
      for (const [status, code] of [
        ['submitted', 'not_claimed'],
        ['awaiting_customer', 'invalid_transition'],
        ['approved', 'request_decided'],
        ['withdrawn', 'request_decided'],
      ] as const) {
        const r = await aRequest(database.db, {
          status,
          documents: 'submitted',
          assignee: status === 'submitted' ? null : 'reviewer',
        });
        const [doc] = await docsOf(r.id);
        const res = await decide(reviewer, doc!.id, 'verify', 1);
        expect([status, res.status, res.body.code]).toEqual([status, 409, code]);
      }
    });

    it('an upload superseded by a newer attempt of its type cannot be decided (409): the newer one can', async () => {
      const r = await aRequest(database.db, { documents: 'submitted' });
      const [front] = await docsOf(r.id);
      const newer = await api.customerUpload(key, r.number, 'id_card_front', pngBytes(), 'front-2.png');
      const old = await decide(reviewer, front!.id, 'verify', 1);
      expect(old.status).toBe(409);
      expect(old.body.code).toBe('document_superseded');
      expect((await decide(reviewer, newer.body.id, 'verify', 1)).body.status).toBe('verified');
    });

    it('unknown document 404', async () => {
      expect((await decide(reviewer, 99_999_999, 'verify', 1)).status).toBe(404);
    });
  });
});
