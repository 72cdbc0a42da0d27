import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { DAY_MS } from '../../../src/domain/workingDays.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, addIntakeKey, auditFor } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;

describe.each(testEngines())('intake API: bad submits, answers, withdrawals and status on %s', (engine) => {
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

  it('bad submits are 4xx JSON: unknown account, wrong type, agent without a name, open request, bad JSON', async () => {
    expect(
      (await customer('POST', '/requests', { accountNumber: 'NOPE', accountType: 'personal', reasonCode: 'cost' }))
        .status,
    ).toBe(422);
    const accountNumber = await freshAccount();
    const wrongType = await customer('POST', '/requests', {
      accountNumber,
      accountType: 'business',
      reasonCode: 'cost',
    });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.errors).toHaveProperty('accountType');
    const agent = await customer('POST', '/requests', {
      accountNumber,
      accountType: 'personal',
      reasonCode: 'cost',
      filedBy: 'agent',
    });
    expect(agent.status).toBe(400);
    expect(agent.body.errors).toHaveProperty('agentName');
    expect(
      (await customer('POST', '/requests', { accountNumber, accountType: 'personal', reasonCode: 'cost', extra: 1 }))
        .status,
    ).toBe(400);
    expect(
      (await customer('POST', '/requests', { accountNumber, accountType: 'personal', reasonCode: 'cost' })).status,
    ).toBe(201);
    const again = await customer('POST', '/requests', { accountNumber, accountType: 'personal', reasonCode: 'cost' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/open cancellation request/);
    const badJson = await api.call('POST', '/api/intake/requests', {
      body: '{',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    });
    expect(badJson.status).toBe(400);
  });

  it('the customer answers an info request: back to in_review with the same assignee; the pause moves the deadlines', async () => {
    // Paused Wednesday 2026-11-25 10:00, answered Thursday 2026-11-26 16:00: 30 h of working time paused.
    const r = await aRequest(database.db, {
      status: 'awaiting_customer',
      assignee: 'reviewer2',
      submittedAt: new Date('2026-11-24T02:00:00Z'),
    });
    await database.db
      .updateTable('cancellationRequests')
      .set({ riskAt: new Date('2026-11-27T02:00:00Z'), dueAt: new Date('2026-12-03T02:00:00Z') })
      .where('id', '=', r.id)
      .execute();
    const before = await database.db
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    clock = new Date('2026-11-26T08:00:00Z');
    try {
      const res = await customer('POST', `/requests/${r.number}/answer`, { message: '已上传' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('in_review');
    } finally {
      clock = TEST_NOW;
    }
    const after = await database.db
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(after.assigneeId).toBe(before.assigneeId);
    expect(after.pausedAt).toBeNull();
    expect(after.slaPausedMs).toBe(30 * 3600_000);
    // Submitted Tue 10:00: 3 working days + 30 h paused → Monday 16:00 (weekend skipped).
    expect(after.riskAt!.toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(after.dueAt!.getTime() - after.riskAt!.getTime()).toBeGreaterThanOrEqual(4 * DAY_MS);
    expect(await auditFor(database.db, r.id, 'request.customer_answered')).toHaveLength(1);
  });

  it('answering when nothing was asked is 409; withdraw works on any open status and is final', async () => {
    const r = await aRequest(database.db, { status: 'in_review' });
    expect((await customer('POST', `/requests/${r.number}/answer`, {})).status).toBe(409);
    const w = await customer('POST', `/requests/${r.number}/withdraw`);
    expect(w.status).toBe(200);
    expect(w.body.status).toBe('withdrawn');
    expect((await customer('POST', `/requests/${r.number}/withdraw`)).status).toBe(409);
  });

  it('status and timeline for the customer, without staff names', async () => {
    const r = await aRequest(database.db, { status: 'submitted', assignee: null });
    const staff = await api.login('reviewer');
    await staff.post(`/api/requests/${r.id}/claim`, {}, { 'If-Match': `"${r.version}"` });
    const res = await customer('GET', `/requests/${r.number}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('in_review');
    expect(res.body.timeline.map((e: Row) => e.event)).toContain('request.claimed');
    expect(JSON.stringify(res.body)).not.toMatch(/王|reviewer/);
    expect((await customer('GET', '/requests/ZX000000-00000')).status).toBe(404);
    // A path that climbs out of /intake is normalised away and never reaches a handler with a key.
    const climbing = await customer('GET', '/requests/../../etc');
    expect([401, 404]).toContain(climbing.status);
  });
});

describe.each(testEngines())('withdrawing while paused on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('the open pause joins slaPausedMs, so the turnaround leaves it out', async () => {
    const key = await addIntakeKey(database.db);
    // Submitted Tue 24 Nov 10:00, paused Wed 25 Nov 10:00, withdrawn Thu 26 Nov 10:00: 24 h worked, 24 h paused.
    const r = await aRequest(database.db, {
      status: 'awaiting_customer',
      submittedAt: new Date('2026-11-24T02:00:00Z'),
    });
    await database.db
      .updateTable('cancellationRequests')
      .set({ pausedAt: new Date('2026-11-25T02:00:00Z') })
      .where('id', '=', r.id)
      .execute();
    const api = apiClient(database, () => new Date('2026-11-26T02:00:00Z'));
    const res = await api.call('POST', `/api/intake/requests/${r.number}/withdraw`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const row = await database.db
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.slaPausedMs).toBe(24 * 3600_000);
    expect(row.turnaroundMs).toBe(24 * 3600_000);
    expect(row.pausedAt).toBeNull();
  });
});
