import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

// Every bad input gets a 4xx JSON `{message, errors?}`: never a 5xx, never SQL from user text.
describe.each(testEngines())('bad input on %s', (engine) => {
  let database: Database;
  let staff: Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    staff = await apiClient(database).login('manager');
  });
  afterAll(() => database.close());

  const cases: [string, string, number][] = [
    ['unknown sort field', '/api/requests?sort=["password_hash","ASC"]', 400],
    ['sort field as SQL', '/api/requests?sort=["id; DROP TABLE accounts","ASC"]', 400],
    ['bad sort order', '/api/requests?sort=["id","SIDEWAYS"]', 400],
    ['sort not JSON', '/api/requests?sort=id', 400],
    ['filter not JSON', '/api/requests?filter={status:', 400],
    ['filter not an object', '/api/requests?filter=[1,2]', 400],
    ['unknown filter', '/api/requests?filter={"password":"x"}', 400],
    ['bad filter value', '/api/requests?filter={"status":"exploded"}', 400],
    ['bad date filter', '/api/requests?filter={"submittedFrom":"yesterday"}', 400],
    ['range not JSON', '/api/requests?range=[0,', 400],
    ['negative range', '/api/requests?range=[-5,10]', 400],
    ['reversed range', '/api/requests?range=[10,5]', 400],
    ['huge range', '/api/requests?range=[0,100000000]', 400],
    ['fractional range', '/api/requests?range=[0.5,10]', 400],
    ['unknown query parameter', '/api/requests?limit=10', 400],
    ['unknown id', '/api/requests/999999', 404],
    ['non-numeric id', '/api/requests/abc', 404],
    ['id too large for integer', '/api/requests/99999999999999999999', 404],
    ['unknown route', '/api/nothing-here', 404],
    ['unknown nested route', '/api/requests/1/explode', 404],
    ['accounts unknown sort', '/api/accounts?sort=["balance; --","ASC"]', 400],
    ['orders bad accountId', '/api/orders?filter={"accountId":"1 OR 1=1"}', 400],
    ['documents unknown id', '/api/documents/424242', 404],
    ['audit negative range', '/api/audit-events?range=[-1,2]', 400],
  ];

  it.each(cases)('%s → %i JSON', async (_name, path, status) => {
    const res = await staff.get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(typeof (res.body as { message: unknown }).message).toBe('string');
  });

  it('writes to read-only resources and deletes are refused with 404/405-class JSON, never 5xx', async () => {
    for (const [method, path] of [
      ['DELETE', '/api/requests/1'],
      ['POST', '/api/accounts'],
      ['PUT', '/api/audit-events/1'],
      ['DELETE', '/api/accounts/1'],
    ] as const) {
      const res =
        method === 'DELETE'
          ? await staff.delete(path)
          : method === 'POST'
            ? await staff.post(path, {})
            : await staff.put(path, {});
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.body).toHaveProperty('message');
    }
  });

  it('a PUT with a non-JSON body is 400', async () => {
    const api = apiClient(database);
    const res = await api.call('PUT', '/api/requests/1', {
      cookie: staff.cookie,
      body: 'not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
  });

  it('a JSON body sent as another content type is 400 JSON', async () => {
    const api = apiClient(database);
    for (const [method, path] of [
      ['PUT', '/api/requests/1'],
      ['POST', '/api/requests/1/reject'],
    ] as const) {
      const res = await api.call(method, path, {
        cookie: staff.cookie,
        body: 'internalNote=x',
        headers: { 'content-type': 'text/plain', 'if-match': '"1"' },
      });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toHaveProperty('message');
    }
  });

  it('a malformed If-Match is 400', async () => {
    const res = await staff.put('/api/requests/1', { internalNote: 'x' }, { 'If-Match': 'whatever' });
    expect(res.status).toBe(400);
  });

  it('the audit log refuses UPDATE and DELETE in the database itself', async () => {
    await expect(database.db.updateTable('auditEvents').set({ action: 'tampered' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(database.db.deleteFrom('auditEvents').execute()).rejects.toThrow(/append-only/);
  });
});
