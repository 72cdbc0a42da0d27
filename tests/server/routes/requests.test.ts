import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { REQUEST_STATUSES } from '../../../src/domain/vocabulary.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;

describe.each(testEngines())('requests queue on %s', (engine) => {
  let database: Database;
  let reviewer: Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    reviewer = await apiClient(database).login('reviewer');
  });
  afterAll(() => database.close());

  it('lists a page with Content-Range and the total, sorted by due date by default', async () => {
    const res = await reviewer.list<Row[]>('requests', { range: [0, 9] });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10);
    expect(res.headers.get('content-range')).toMatch(/^requests 0-9\/\d+$/);
    const total = await database.db
      .selectFrom('cancellationRequests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(totalOf(res)).toBe(total.n);
    const due = res.body
      .map((r) => r.dueAt)
      .filter(Boolean)
      .map((d: string) => Date.parse(d));
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('rows carry what the queue shows: holder, SLA, documents progress, balance in fen', async () => {
    const res = await reviewer.list<Row[]>('requests', { filter: { status: 'submitted' }, range: [0, 4] });
    const row = res.body[0]!;
    expect(row).toMatchObject({ status: 'submitted', number: expect.stringMatching(/^ZX\d{6}-\d{5}$/) });
    expect(typeof row.holderName).toBe('string');
    expect(typeof row.phone).toBe('string');
    expect(Number.isInteger(row.balanceFen)).toBe(true);
    expect(['on_track', 'at_risk', 'breached']).toContain(row.slaState);
    expect(row.documentsRequired).toBeGreaterThanOrEqual(2);
    expect(row.documentsVerified).toBeLessThanOrEqual(row.documentsRequired);
    expect(Date.parse(row.dueAt)).toBeGreaterThan(Date.parse(row.riskAt));
  });

  it('filters by one status or a list, and the total follows', async () => {
    for (const status of REQUEST_STATUSES) {
      const res = await reviewer.list<Row[]>('requests', { filter: { status }, range: [0, 999] });
      expect(res.status).toBe(200);
      expect(res.body.length, status).toBeGreaterThan(0);
      expect(res.body.every((r) => r.status === status)).toBe(true);
      expect(totalOf(res)).toBe(res.body.length);
    }
    const open = await reviewer.list<Row[]>('requests', {
      filter: { status: ['submitted', 'in_review'] },
      range: [0, 999],
    });
    expect(new Set(open.body.map((r) => r.status))).toEqual(new Set(['submitted', 'in_review']));
  });

  it('counts per status agree with the lists (the tabs)', async () => {
    const counts = await reviewer.get<Record<string, number>>('/api/requests/counts');
    expect(counts.status).toBe(200);
    for (const status of REQUEST_STATUSES) {
      const res = await reviewer.list('requests', { filter: { status }, range: [0, 0] });
      expect(counts.body[status], status).toBe(totalOf(res));
    }
    const mine = await reviewer.list('requests', {
      filter: { assigneeId: 'mine', status: ['submitted', 'in_review', 'awaiting_customer'] },
      range: [0, 0],
    });
    expect(counts.body.mine).toBe(totalOf(mine));
  });

  it('searches by number, holder name, phone and account number', async () => {
    const [sample] = (await reviewer.list<Row[]>('requests', { range: [0, 0], sort: ['id', 'ASC'] })).body;
    // The answer masks the phone; a search is by the number the customer gives.
    const { phone } = await database.db
      .selectFrom('accounts')
      .select('phone')
      .where('id', '=', sample!.accountId)
      .executeTakeFirstOrThrow();
    for (const q of [sample!.number, sample!.holderName, phone.slice(-8), sample!.accountNumber]) {
      const res = await reviewer.list<Row[]>('requests', { filter: { q }, range: [0, 99] });
      expect(res.status).toBe(200);
      expect(
        res.body.map((r) => r.id),
        q,
      ).toContain(sample!.id);
    }
    const none = await reviewer.list<Row[]>('requests', { filter: { q: '%_no such thing_%' } });
    expect(none.body).toEqual([]);
    expect(totalOf(none)).toBe(0);
  });

  it('filters mine, unassigned, account type, reason, SLA state and submitted dates', async () => {
    const mine = await reviewer.list<Row[]>('requests', { filter: { assigneeId: 'mine' }, range: [0, 999] });
    const me = await reviewer.get('/api/auth/me');
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((r) => r.assigneeId === me.body.id)).toBe(true);
    const unassigned = await reviewer.list<Row[]>('requests', {
      filter: { assigneeId: null, status: 'submitted' },
      range: [0, 999],
    });
    expect(unassigned.body.length).toBeGreaterThan(0);
    expect(unassigned.body.every((r) => r.assigneeId === null)).toBe(true);
    const business = await reviewer.list<Row[]>('requests', { filter: { accountType: 'business' }, range: [0, 999] });
    expect(business.body.length).toBeGreaterThan(0);
    expect(business.body.every((r) => r.accountType === 'business')).toBe(true);
    const reason = await reviewer.list<Row[]>('requests', {
      filter: { reasonCode: 'switch_provider' },
      range: [0, 999],
    });
    expect(reason.body.length).toBeGreaterThan(0);
    expect(reason.body.every((r) => r.reasonCode === 'switch_provider')).toBe(true);
    // The SQL filter finds exactly the rows whose computed slaState (src/domain/sla) is that state,
    // whatever statuses the rest of the filter allows: running clocks, paused ones, decided turnarounds.
    const all = (await reviewer.list<Row[]>('requests', { range: [0, 999] })).body;
    const statusSets = [
      undefined,
      ['submitted', 'in_review'],
      ['awaiting_customer'],
      ['approved', 'rejected', 'withdrawn'],
      ['in_review', 'awaiting_customer', 'approved'],
    ];
    for (const slaState of ['on_track', 'at_risk', 'breached']) {
      for (const status of statusSets) {
        const res = await reviewer.list<Row[]>('requests', {
          filter: status ? { slaState, status } : { slaState },
          range: [0, 999],
        });
        expect(res.status).toBe(200);
        const expected = all
          .filter((r) => r.slaState === slaState && (!status || status.includes(r.status)))
          .map((r) => r.id)
          .sort();
        expect(res.body.map((r) => r.id).sort(), `${slaState} ${status}`).toEqual(expected);
        expect(Number(res.headers.get('x-total-count') ?? res.headers.get('content-range')?.split('/')[1])).toBe(
          expected.length,
        );
      }
    }
    expect(
      new Set(all.filter((r) => r.status === 'awaiting_customer').map((r) => r.slaState)).size,
      'the demo data has requests awaiting the customer',
    ).toBeGreaterThan(0);
    const day = await reviewer.list<Row[]>('requests', {
      filter: { submittedFrom: '2026-11-20', submittedTo: '2026-11-24' },
      range: [0, 999],
    });
    expect(day.body.length).toBeGreaterThan(0);
    for (const r of day.body) {
      expect(Date.parse(r.submittedAt)).toBeGreaterThanOrEqual(Date.parse('2026-11-19T16:00:00Z'));
      expect(Date.parse(r.submittedAt)).toBeLessThan(Date.parse('2026-11-24T16:00:00Z'));
    }
  });

  it('sorts by every whitelisted field, both ways, and pages without overlap', async () => {
    for (const field of ['number', 'submittedAt', 'holderName', 'balanceFen', 'status', 'dueAt', 'decidedAt', 'id']) {
      for (const order of ['ASC', 'DESC']) {
        const res = await reviewer.list('requests', { sort: [field, order], range: [0, 4] });
        expect(res.status, `${field} ${order}`).toBe(200);
      }
    }
    const p1 = await reviewer.list<Row[]>('requests', { sort: ['submittedAt', 'DESC'], range: [0, 24] });
    const p2 = await reviewer.list<Row[]>('requests', { sort: ['submittedAt', 'DESC'], range: [25, 49] });
    expect(p2.headers.get('content-range')).toMatch(/^requests 25-49\//);
    const ids1 = new Set(p1.body.map((r) => r.id));
    expect(p2.body.some((r) => ids1.has(r.id))).toBe(false);
    expect(Date.parse(p1.body.at(-1)!.submittedAt)).toBeGreaterThanOrEqual(Date.parse(p2.body[0]!.submittedAt));
  });

  it('getOne answers the record with an ETag of its version; getMany by id list', async () => {
    const [a, b] = (await reviewer.list<Row[]>('requests', { range: [0, 1] })).body;
    const one = await reviewer.get<Row>(`/api/requests/${a!.id}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(a!.id);
    expect(one.headers.get('etag')).toBe(`"${one.body.version}"`);
    const many = await reviewer.list<Row[]>('requests', { filter: { id: [a!.id, b!.id] } });
    expect(many.body.map((r) => r.id).sort()).toEqual([a!.id, b!.id].sort());
  });

  it("getManyReference: an account's requests", async () => {
    const [a] = (await reviewer.list<Row[]>('requests', { range: [0, 0] })).body;
    const res = await reviewer.list<Row[]>('requests', { filter: { accountId: a!.accountId } });
    expect(res.body.map((r) => r.id)).toContain(a!.id);
    expect(res.body.every((r) => r.accountId === a!.accountId)).toBe(true);
  });

  it('status is not writable through PUT; the internal note is, with an audit event', async () => {
    // An unassigned request's note is a manager's to write (checkNoteEdit).
    const manager = await apiClient(database).login('manager');
    const [a] = (await manager.list<Row[]>('requests', { filter: { status: 'submitted' }, range: [0, 0] })).body;
    const refused = await manager.put(`/api/requests/${a!.id}`, { ...a, status: 'approved' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty('status');
    const unchanged = await manager.get<Row>(`/api/requests/${a!.id}`);
    expect(unchanged.body.status).toBe('submitted');

    const ok = await manager.put<Row>(
      `/api/requests/${a!.id}`,
      { ...a, internalNote: '客户来电确认' },
      { 'If-Match': `"${a!.version}"` },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ internalNote: '客户来电确认', version: a!.version + 1, status: 'submitted' });
    const audit = await manager.list<Row[]>('audit-events', {
      filter: { requestId: a!.id, action: 'request.note_updated' },
    });
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ actorName: expect.any(String), after: { internalNote: '客户来电确认' } });

    const stale = await manager.put(`/api/requests/${a!.id}`, { internalNote: 'x' }, { 'If-Match': `"${a!.version}"` });
    expect(stale.status).toBe(412);
    // As the workflow actions answer: the request as it now stands, so the editor can show the other note.
    expect(stale.body).toMatchObject({
      currentVersion: a!.version + 1,
      current: { id: a!.id, internalNote: '客户来电确认', version: a!.version + 1 },
    });
  });
});
