import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { aRequest, auditFor, outboxFor } from '../../support/fixtures.ts';
import { testEngines } from '../../support/testDatabase.ts';
import { documentApi, pngBytes } from './documentApi.ts';
import { useDocumentSuite } from './documentSuite.ts';

type Row = Record<string, any>;

describe.each(testEngines())('rejecting documents, then asking the customer for all of them, on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof documentApi>;
  let reviewer: string;
  let key: string;
  useDocumentSuite(engine, ['reviewer'], (s) => {
    ({ database, api, key } = s);
    [reviewer] = s.cookies;
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

  const askCustomer = (requestId: number, version: number, body: unknown) =>
    api.call<Row>('POST', `/api/requests/${requestId}/request-info`, {
      cookie: reviewer,
      json: body,
      headers: { 'If-Match': `"${version}"` },
    });

  it('rejecting a document only marks it: the request stays in review and nothing is sent', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [, back] = await docsOf(r.id);
    const res = await decide(reviewer, back!.id, 'reject', 1, { reason: '反面照片反光' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: '反面照片反光' });
    expect(await requestRow(r.id)).toMatchObject({ status: 'in_review', pausedAt: null, version: r.version });
    expect(await outboxFor(database.db, r.id)).toEqual([]);
    expect((await auditFor(database.db, r.id)).map((e) => e.action)).toEqual(['document.rejected']);
  });

  it('the old askCustomer flag is refused (400): asking the customer is its own step', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [doc] = await docsOf(r.id);
    expect((await decide(reviewer, doc!.id, 'reject', 1, { reason: 'x', askCustomer: true })).status).toBe(400);
  });

  it('asking the customer gathers every rejected document into one message (email + SMS)', async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [front, back] = await docsOf(r.id);
    await decide(reviewer, front!.id, 'reject', 1, { reason: '正面模糊' });
    await decide(reviewer, back!.id, 'reject', 1, { reason: '反面反光' });
    const res = await askCustomer(r.id, r.version, {
      documentTypes: ['id_card_front', 'id_card_back'],
      message: '请重新拍摄身份证两面。',
    });
    expect(res.status).toBe(200);
    const req = await requestRow(r.id);
    expect(req).toMatchObject({ status: 'awaiting_customer', requestedDocTypes: ['id_card_front', 'id_card_back'] });
    const outbox = await outboxFor(database.db, r.id);
    expect(outbox.map((m) => `${m.event}/${m.channel}`).sort()).toEqual(['info_requested/email', 'info_requested/sms']);
    const email = outbox.find((m) => m.channel === 'email')!.body;
    expect(email).toContain('身份证人像面');
    expect(email).toContain('身份证国徽面');
    expect(email).toContain('请重新拍摄身份证两面。');
  });

  it('an open order can be named; the text never points at a list that is not there', async () => {
    const r = await aRequest(database.db, { openOrder: true });
    const order = await database.db
      .selectFrom('orders')
      .select('orderNumber')
      .where('accountId', '=', r.accountId)
      .executeTakeFirstOrThrow();
    const res = await askCustomer(r.id, r.version, {
      documentTypes: [],
      openOrders: [order.orderNumber],
      message: '请先取消年包订单。',
    });
    expect(res.status).toBe(200);
    const outbox = await outboxFor(database.db, r.id);
    const email = outbox.find((m) => m.channel === 'email')!.body;
    expect(email).toContain(`请先完成或取消以下订单：${order.orderNumber}`);
    expect(email).not.toMatch(/需要补充的材料/);
    expect(outbox.find((m) => m.channel === 'sms')!.body).not.toMatch(/补充材料：，/);
  });

  it('an order that is not open on the account is 400 and nothing changes', async () => {
    const r = await aRequest(database.db);
    const res = await askCustomer(r.id, r.version, { documentTypes: [], openOrders: ['DD404'], message: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/DD404/);
    expect(await requestRow(r.id)).toMatchObject({ status: 'in_review' });
  });

  it("the customer sees the checklist: which type was turned down and why, and the timeline names each document's type, not who decided", async () => {
    const r = await aRequest(database.db, { documents: 'submitted' });
    const [front, back] = await docsOf(r.id);
    expect((await decide(reviewer, front!.id, 'verify', 1)).status).toBe(200);
    expect((await decide(reviewer, back!.id, 'reject', 1, { reason: '反面照片反光，请重新拍摄' })).status).toBe(200);
    const view = await api.call('GET', `/api/intake/requests/${r.number}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(view.status).toBe(200);
    expect(view.body.documents).toEqual([
      {
        type: 'id_card_front',
        required: true,
        status: 'verified',
        attempts: 1,
        uploadedAt: expect.any(String),
        rejectionReason: null,
        rejectionFinal: false,
      },
      {
        type: 'id_card_back',
        required: true,
        status: 'rejected',
        attempts: 1,
        uploadedAt: expect.any(String),
        rejectionReason: '反面照片反光，请重新拍摄',
        rejectionFinal: false,
      },
    ]);
    const documentEvents = view.body.timeline.filter((e: Record<string, unknown>) =>
      String(e.event).startsWith('document.'),
    );
    expect(documentEvents.slice(-2).map((e: Record<string, unknown>) => [e.event, e.documentType, e.by])).toEqual([
      ['document.verified', 'id_card_front', 'operator'],
      ['document.rejected', 'id_card_back', 'operator'],
    ]);
    const staffName = (
      await database.db
        .selectFrom('staffUsers')
        .select('displayName')
        .where('username', '=', 'reviewer')
        .executeTakeFirstOrThrow()
    ).displayName;
    expect(JSON.stringify(view.body)).not.toContain(staffName);
    // The customer uploads it again: the entry is back to submitted, second attempt, and no reason is left over.
    expect((await api.customerUpload(key, r.number, 'id_card_back', pngBytes(), 'back-2.png')).status).toBe(201);
    const again = await api.call('GET', `/api/intake/requests/${r.number}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(again.body.documents[1]).toMatchObject({
      type: 'id_card_back',
      status: 'submitted',
      attempts: 2,
      rejectionReason: null,
    });
  });

  it('approve is refused until every required document is verified, then succeeds', async () => {
    const r = await aRequest(database.db, { documents: 'submitted', balanceFen: 0 });
    const approve = (version: number) =>
      api.call<Row>('POST', `/api/requests/${r.id}/approve`, {
        cookie: reviewer,
        json: {},
        headers: { 'If-Match': `"${version}"` },
      });
    const refused = await approve(r.version);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/not verified: id_card_front, id_card_back/);
    const docs = await docsOf(r.id);
    expect((await decide(reviewer, docs[0]!.id, 'verify', 1)).status).toBe(200);
    expect((await approve(r.version)).body.message).toMatch(/not verified: id_card_back/);
    expect((await decide(reviewer, docs[1]!.id, 'verify', 1)).status).toBe(200);
    const approved = await approve(r.version);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
  });

  it('the whole loop: reject, ask the customer, the customer re-uploads and answers, the reviewer verifies and approves', async () => {
    const r = await aRequest(database.db, { documents: 'submitted', balanceFen: 500 });
    const [front, back] = await docsOf(r.id);
    await decide(reviewer, front!.id, 'verify', 1);
    await decide(reviewer, back!.id, 'reject', 1, { reason: '照片不完整' });
    expect(
      (await askCustomer(r.id, r.version, { documentTypes: ['id_card_back'], message: '请重拍反面。' })).status,
    ).toBe(200);
    const customer = (method: string, path: string, body?: BodyInit, json?: unknown) =>
      api.call<Row>(method, `/api/intake/requests/${r.number}${path}`, {
        headers: { authorization: `Bearer ${key}` },
        body,
        json,
      });
    expect((await customer('GET', '')).body).toMatchObject({
      status: 'awaiting_customer',
      requestedDocTypes: ['id_card_back'],
    });
    const again = await api.customerUpload(key, r.number, 'id_card_back', pngBytes(), '反面-重拍.png');
    expect(again.body).toMatchObject({ status: 'submitted', attempt: 2 });
    expect((await customer('POST', '/answer', undefined, { message: '已重新上传' })).body.status).toBe('in_review');
    expect((await decide(reviewer, again.body.id, 'verify', 1)).status).toBe(200);
    const current = await requestRow(r.id);
    const approved = await api.call<Row>('POST', `/api/requests/${r.id}/approve`, {
      cookie: reviewer,
      json: {},
      headers: { 'If-Match': `"${current.version}"` },
    });
    expect(approved.status).toBe(200);
    const history = (await docsOf(r.id)).filter((d) => d.type === 'id_card_back').map((d) => [d.attempt, d.status]);
    expect(history).toEqual([
      [1, 'rejected'],
      [2, 'verified'],
    ]);
  });
});
