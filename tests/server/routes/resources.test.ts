import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;

describe.each(testEngines())('read resources on %s', (engine) => {
  let database: Database;
  let staff: Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    staff = await apiClient(database).login('manager');
  });
  afterAll(() => database.close());

  it.each(['accounts', 'orders', 'documents', 'refunds', 'audit-events'])(
    '%s: list, page, getOne, getMany',
    async (resource) => {
      const page = await staff.list<Row[]>(resource, { range: [0, 4] });
      expect(page.status).toBe(200);
      expect(page.body.length).toBeGreaterThan(0);
      expect(page.headers.get('content-range')).toMatch(new RegExp(`^${resource} 0-\\d+/\\d+$`));
      expect(totalOf(page)).toBeGreaterThanOrEqual(page.body.length);
      const first = page.body[0]!;
      const one = await staff.get<Row>(`/api/${resource}/${first.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(first);
      const ids = page.body.slice(0, 2).map((r) => r.id);
      const many = await staff.list<Row[]>(resource, { filter: { id: ids } });
      expect(many.body.map((r) => r.id).sort()).toEqual([...ids].sort());
    },
  );

  it('fields are camelCase and secrets never leave the server', async () => {
    const users = await staff.list<Row[]>('users');
    expect(users.body[0]).toHaveProperty('displayName');
    expect(JSON.stringify(users.body)).not.toMatch(/password|scrypt|argon2/);
    const docs = await staff.list<Row[]>('documents');
    expect(docs.body[0]).toHaveProperty('requestId');
    expect(docs.body[0]).not.toHaveProperty('storageKey');
  });

  it('getManyReference: documents, refunds and audit events by requestId; orders by accountId', async () => {
    const [req] = (await staff.list<Row[]>('requests', { filter: { status: 'approved' }, range: [0, 0] })).body;
    for (const resource of ['documents', 'audit-events']) {
      const res = await staff.list<Row[]>(resource, { filter: { requestId: req!.id } });
      expect(res.body.length, resource).toBeGreaterThan(0);
      expect(res.body.every((r) => r.requestId === req!.id)).toBe(true);
    }
    // Not every approved request has a refund (a zero balance has none), and a refund on request has no request: take one that does.
    const refund = (await staff.list<Row[]>('refunds', { range: [0, 99] })).body.find((r) => r.requestId !== null);
    const refunds = await staff.list<Row[]>('refunds', { filter: { requestId: refund!.requestId } });
    expect(refunds.body.map((r) => r.id)).toContain(refund!.id);
    expect(refunds.body.every((r) => r.requestId === refund!.requestId)).toBe(true);
    const orders = await staff.list<Row[]>('orders', { filter: { accountId: req!.accountId } });
    expect(orders.body.length).toBeGreaterThan(0);
    expect(orders.body.every((r) => r.accountId === req!.accountId)).toBe(true);
  });

  it('accounts search by holder name and phone; sort by balance', async () => {
    const [a] = (await staff.list<Row[]>('accounts', { range: [0, 0] })).body;
    // The answer masks the phone; a search is by the number the customer gives.
    const { phone } = await database.db
      .selectFrom('accounts')
      .select('phone')
      .where('id', '=', a!.id)
      .executeTakeFirstOrThrow();
    for (const q of [a!.holderName, phone]) {
      const res = await staff.list<Row[]>('accounts', { filter: { q } });
      expect(res.body.map((r) => r.id)).toContain(a!.id);
    }
    const sorted = await staff.list<Row[]>('accounts', { sort: ['balanceFen', 'DESC'], range: [0, 9] });
    const balances = sorted.body.map((r) => r.balanceFen);
    expect(balances).toEqual([...balances].sort((x, y) => y - x));
  });

  it('the OpenAPI document lists every resource with its filter schema', async () => {
    const doc = await staff.get<Row>('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    for (const r of ['requests', 'accounts', 'orders', 'documents', 'refunds', 'audit-events', 'users']) {
      expect(doc.body.paths).toHaveProperty(`/api/${r}`);
      expect(doc.body.paths).toHaveProperty(`/api/${r}/{id}`);
    }
    const filter = doc.body.paths['/api/requests'].get.parameters.find((p: Row) => p.name === 'filter');
    expect(Object.keys(filter.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['status', 'q', 'assigneeId', 'slaState']),
    );
  });
});
