import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, addIntakeKey, auditFor, outboxFor } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;

describe.each(testEngines())('intake API on %s', (engine) => {
  let database: Database;
  let key: string;
  let clock = TEST_NOW;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    key = await addIntakeKey(database.db);
    api = apiClient(database, () => clock);
  });
  afterAll(() => database.close());

  const customer = (method: string, path: string, json?: unknown, headers: Record<string, string> = {}) =>
    api.call<Row>(method, `/api/intake${path}`, { json, headers: { authorization: `Bearer ${key}`, ...headers } });

  async function freshAccount(overrides: Record<string, unknown> = {}) {
    const r = await aRequest(database.db, { status: 'withdrawn', ...overrides });
    return r.accountNumber;
  }

  it('refuses without a key, with a wrong key, and with only a staff session', async () => {
    expect((await api.call('GET', '/api/intake/requests/ZX261125-00001')).status).toBe(401);
    expect(
      (await api.call('GET', '/api/intake/requests/ZX261125-00001', { headers: { authorization: 'Bearer nope' } }))
        .status,
    ).toBe(401);
    const staff = await api.login('reviewer');
    expect((await api.call('GET', '/api/intake/requests/ZX261125-00001', { cookie: staff.cookie })).status).toBe(401);
    expect((await api.call('GET', '/api/requests', { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
  });

  it("a key bound to an account reaches that account only: another account's requests are 404, its submits 403", async () => {
    const mine = await aRequest(database.db, { status: 'awaiting_customer' });
    const theirs = await aRequest(database.db, { status: 'awaiting_customer' });
    const accountKey = await addIntakeKey(database.db, undefined, mine.accountId);
    const as = (method: string, path: string, json?: unknown) =>
      api.call<Row>(method, `/api/intake${path}`, { json, headers: { authorization: `Bearer ${accountKey}` } });
    expect((await as('GET', `/requests/${mine.number}`)).status).toBe(200);
    // Another account's request answers exactly as a number nobody was given: no probing.
    const nobody = await as('GET', '/requests/ZX261125-99999');
    expect(nobody.status).toBe(404);
    for (const [method, path, json] of [
      ['GET', `/requests/${theirs.number}`, undefined],
      ['POST', `/requests/${theirs.number}/answer`, {}],
      ['POST', `/requests/${theirs.number}/withdraw`, undefined],
    ] as const) {
      const res = await as(method, path, json);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual(nobody.body);
    }
    for (const [method, path, json] of [
      ['POST', '/requests', { accountNumber: theirs.accountNumber, accountType: 'personal', reasonCode: 'cost' }],
      ['POST', '/requests', { accountNumber: 'NO-SUCH-ACCOUNT', accountType: 'personal', reasonCode: 'cost' }],
    ] as const) {
      const res = await as(method, path, json);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('key_account_mismatch');
    }
    const untouched = await database.db
      .selectFrom('cancellationRequests')
      .select(['status', 'version'])
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(untouched).toEqual({ status: 'awaiting_customer', version: theirs.version });
    expect((await as('POST', `/requests/${mine.number}/answer`, {})).status).toBe(200);
    // A revoked account key is no key at all.
    await database.db
      .updateTable('intakeApiKeys')
      .set({ revokedAt: TEST_NOW })
      .where('accountId', '=', mine.accountId)
      .execute();
    expect((await as('GET', `/requests/${mine.number}`)).status).toBe(401);
  });

  it('submit creates a request with SLA deadlines, an audit event and the received email + SMS', async () => {
    const accountNumber = await freshAccount();
    const res = await customer('POST', '/requests', {
      accountNumber,
      accountType: 'personal',
      reasonCode: 'moving_abroad',
      reasonText: '出国定居',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', number: expect.stringMatching(/^ZX261125-\d{5}$/) });
    // Wednesday 10:00 + 3 working days = Monday 10:00 (weekend skipped); + 7 = next Friday 10:00.
    const row = await database.db
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('number', '=', res.body.number)
      .executeTakeFirstOrThrow();
    expect(row.riskAt!.toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(row.dueAt!.toISOString()).toBe('2026-12-04T02:00:00.000Z');
    expect(await auditFor(database.db, row.id, 'request.submitted')).toHaveLength(1);
    expect((await outboxFor(database.db, row.id)).map((m) => `${m.event}/${m.channel}`).sort()).toEqual([
      'request_received/email',
      'request_received/sms',
    ]);
  });

  it('submit is idempotent: the same Idempotency-Key answers the same request, also when sent concurrently', async () => {
    const accountNumber = await freshAccount();
    const body = { accountNumber, accountType: 'personal', reasonCode: 'cost' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        customer('POST', '/requests', body, { 'Idempotency-Key': `k-${accountNumber}` }),
      ),
    );
    expect(new Set(results.map((r) => r.body.number)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(9);
    const account = await database.db
      .selectFrom('accounts')
      .select('id')
      .where('accountNumber', '=', accountNumber)
      .executeTakeFirstOrThrow();
    const rows = await database.db
      .selectFrom('cancellationRequests')
      .select('id')
      .where('accountId', '=', account.id)
      .where('status', '=', 'submitted')
      .execute();
    expect(rows).toHaveLength(1);
    expect(await outboxFor(database.db, rows[0]!.id)).toHaveLength(2);
  });

  it("an Idempotency-Key is its sender's: another key's holder with the same string gets its own request", async () => {
    const otherKey = await addIntakeKey(database.db);
    const mine = { accountNumber: await freshAccount(), accountType: 'personal', reasonCode: 'cost' };
    const theirs = { accountNumber: await freshAccount(), accountType: 'personal', reasonCode: 'moving_abroad' };
    const first = await customer('POST', '/requests', mine, { 'Idempotency-Key': 'order-1' });
    const other = await api.call<Row>('POST', '/api/intake/requests', {
      json: theirs,
      headers: { authorization: `Bearer ${otherKey}`, 'Idempotency-Key': 'order-1' },
    });
    expect([first.status, other.status]).toEqual([201, 201]);
    expect(other.body.number).not.toBe(first.body.number);
    const retry = await customer('POST', '/requests', mine, { 'Idempotency-Key': 'order-1' });
    expect([retry.status, retry.body.number]).toEqual([200, first.body.number]);
  });

  it('the same Idempotency-Key with a different body is 422 and creates nothing', async () => {
    const accountNumber = await freshAccount();
    const body = { accountNumber, accountType: 'personal', reasonCode: 'cost' };
    const first = await customer('POST', '/requests', body, { 'Idempotency-Key': `d-${accountNumber}` });
    expect(first.status).toBe(201);
    const changed = await customer(
      'POST',
      '/requests',
      { ...body, reasonCode: 'moving_abroad' },
      {
        'Idempotency-Key': `d-${accountNumber}`,
      },
    );
    expect(changed.status).toBe(422);
    expect(changed.body.code).toBe('idempotency_key_reused');
    // The same fields in another order are the same body.
    const reordered = { reasonCode: 'cost', accountType: 'personal', accountNumber };
    const again = await customer('POST', '/requests', reordered, { 'Idempotency-Key': `d-${accountNumber}` });
    expect([again.status, again.body.number]).toEqual([200, first.body.number]);
  });
});
