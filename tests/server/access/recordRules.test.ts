import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { createServerApp } from '../../../src/server/serve.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Session = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

// The rules that depend on the record (src/domain/recordAccess.ts), as the API applies them.
describe.each(testEngines())('record-dependent access on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  let as: Record<'reviewer' | 'reviewer2' | 'finance' | 'manager' | 'admin', Session>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
    as = {
      reviewer: await api.login('reviewer'),
      reviewer2: await api.login('reviewer2'),
      finance: await api.login('finance'),
      manager: await api.login('manager'),
      admin: await api.login('admin'),
    };
  });
  afterAll(() => database.close());

  it('the note: its assignee or a manager while open; a decided request 409', async () => {
    const open = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    const other = await as.reviewer2.put(`/api/requests/${open.id}`, { internalNote: 'x' });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'not_assignee', message: expect.stringContaining('assignee') });
    const finance = await as.finance.put(`/api/requests/${open.id}`, { internalNote: 'x' });
    expect(finance.body).toMatchObject({ code: 'forbidden', permission: 'requests.editNote' });
    // The version the editor saw is required: without it 428, a stale one 412.
    const blind = await as.reviewer.put(`/api/requests/${open.id}`, { internalNote: '已联系' });
    expect(blind.status).toBe(428);
    const v = open.version;
    const first = await as.reviewer.put(
      `/api/requests/${open.id}`,
      { internalNote: '已联系' },
      { 'If-Match': `"${v}"` },
    );
    expect(first.status).toBe(200);
    const stale = await as.manager.put(`/api/requests/${open.id}`, { internalNote: '已复核', version: v });
    expect(stale.status).toBe(412);
    const fresh = await as.manager.put(`/api/requests/${open.id}`, { internalNote: '已复核', version: v + 1 });
    expect(fresh.status).toBe(200);

    // Reading it is the reviewer's and the manager's: finance gets the request with the note blanked.
    expect((await as.reviewer.get<Row>(`/api/requests/${open.id}`)).body.internalNote).toBe('已复核');
    expect((await as.finance.get<Row>(`/api/requests/${open.id}`)).body.internalNote).toBeNull();
    const financeList = await as.finance.list<Row[]>('requests', { filter: { id: [open.id] } });
    expect(financeList.body.map((r) => r.internalNote)).toEqual([null]);
    // Nor through the request's timeline: the note's event keeps who and when, not what.
    const timeline = (who: typeof as.finance) =>
      who
        .list<Row[]>('audit-events', { filter: { requestId: open.id } })
        .then((res) => res.body.filter((e) => e.action === 'request.note_updated'));
    const seenByFinance = await timeline(as.finance);
    expect(seenByFinance.length).toBe(2);
    expect(seenByFinance.map((e) => [e.before, e.after])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect((await timeline(as.reviewer)).map((e) => e.after)).toContainEqual({ internalNote: '已复核' });

    const decided = await aRequest(database.db, { status: 'approved', assignee: 'reviewer' });
    for (const who of [as.reviewer, as.manager]) {
      const res = await who.put<Row>(`/api/requests/${decided.id}`, { internalNote: 'late', version: decided.version });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('request_decided');
    }
    const row = await database.db
      .selectFrom('cancellationRequests')
      .select('internalNote')
      .where('id', '=', decided.id)
      .executeTakeFirstOrThrow();
    expect(row.internalNote).not.toBe('late');
  });

  it("notifications: a reviewer sees their requests' messages only, a manager all", async () => {
    const reviewerId = await staffId(database.db, 'reviewer');
    const all = await as.manager.list<Row[]>('notifications', { range: [0, 999] });
    expect(all.status).toBe(200);
    const mine = await as.reviewer.list<Row[]>('notifications', { range: [0, 999] });
    expect(mine.status).toBe(200);
    const held = new Set(
      (
        await database.db.selectFrom('cancellationRequests').select('id').where('assigneeId', '=', reviewerId).execute()
      ).map((r) => r.id),
    );
    expect(mine.body.every((n) => held.has(n.requestId))).toBe(true);
    const another = all.body.find((n) => !held.has(n.requestId));
    expect(another, 'the seeded outbox has messages of requests others hold').toBeDefined();
    expect((await as.reviewer.get(`/api/notifications/${another!.id}`)).status).toBe(404);
    expect((await as.manager.get(`/api/notifications/${another!.id}`)).status).toBe(200);
  });

  it("audit log: managers and admins all of it; readers of requests one request's events", async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    expect(
      (await as.reviewer.put(`/api/requests/${r.id}`, { internalNote: 'timeline', version: r.version })).status,
    ).toBe(200);
    for (const who of [as.manager, as.admin]) expect((await who.list('audit-events')).status).toBe(200);
    for (const who of [as.reviewer, as.finance]) {
      const whole = await who.list<Row>('audit-events');
      expect(whole.status).toBe(403);
      expect(whole.body.code).toBe('audit_log_scope');
      const timeline = await who.list<Row[]>('audit-events', { filter: { requestId: r.id } });
      expect(timeline.status).toBe(200);
      expect(timeline.body.length).toBeGreaterThan(0);
      expect(timeline.body.every((e) => e.requestId === r.id)).toBe(true);
    }
    expect((await as.admin.list('audit-events', { filter: { requestId: r.id } })).status).toBe(200);
  });

  it("readers of refunds list one refund's events, also of a refund made on request (no request)", async () => {
    const r = await aRequest(database.db, { status: 'approved', assignee: 'reviewer', balanceFen: 90_000 });
    const created = await as.finance.post<Row>('/api/refunds', {
      accountId: r.accountId,
      amountFen: 1_000,
      reason: '补退',
    });
    expect(created.status).toBe(201);
    const refund = { entityType: 'refund', entityId: String(created.body.id) };
    for (const who of [as.reviewer, as.finance, as.manager]) {
      const history = await who.list<Row[]>('audit-events', { filter: refund });
      expect(history.status).toBe(200);
      expect(history.body.map((e) => e.action)).toContain('refund.created');
      expect(history.body.every((e) => e.entityType === 'refund' && e.entityId === refund.entityId)).toBe(true);
    }
    // One refund, not the refunds' part of the log.
    for (const filter of [{ entityType: 'refund' }, { entityType: ['refund', 'request'], entityId: refund.entityId }]) {
      const res = await as.finance.list<Row>('audit-events', { filter });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('audit_log_scope');
    }
  });

  it('the staff list: names for everyone, every field for an admin', async () => {
    for (const who of [as.reviewer, as.finance, as.manager]) {
      const res = await who.list<Row[]>('users');
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(3);
      for (const user of res.body) expect(Object.keys(user).sort()).toEqual(['active', 'displayName', 'id', 'roles']);
    }
    const full = await as.admin.list<Row[]>('users');
    expect(full.body[0]).toHaveProperty('email');
    expect(full.body[0]).toHaveProperty('username');
  });
});

describe('an unknown /api path', () => {
  let database: Database;
  let dist: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    dist = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>spa</title>');
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await database.close();
  });

  it('is a 404 JSON for every method, logged in or not; other paths still load the SPA', async () => {
    const app = createServerApp({ database, now: () => TEST_NOW, secureCookies: false }, dist);
    const { cookie } = await apiClient(database).login('manager');
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/api/nope', '/api/requests/1/nope', '/api/intake/nope']) {
        for (const headers of [{}, { cookie }] as Record<string, string>[]) {
          const res = await app.request(path, { method, headers });
          expect(res.status, `${method} ${path}`).toBe(404);
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
          expect(await res.json()).toHaveProperty('message');
        }
      }
    }
    const spa = await app.request('/requests/12');
    expect(spa.status).toBe(200);
    expect(await spa.text()).toContain('spa');
  });
});
