import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
const DAY = 86_400_000;

describe.each(testEngines())('"next request" on %s', (engine) => {
  let database: Database;
  let reviewer3: Client;
  let reviewer3Id: number;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    reviewer3 = await apiClient(database).login('reviewer3');
    reviewer3Id = await staffId(database.db, 'reviewer3');
  });
  afterAll(() => database.close());

  /** reviewer3 starts with nothing in review, so each test says exactly what is theirs. */
  async function nothingOfMine() {
    await database.db
      .updateTable('cancellationRequests')
      .set({ status: 'submitted', assigneeId: null })
      .where('assigneeId', '=', reviewer3Id)
      .where('status', '=', 'in_review')
      .execute();
  }
  async function mineDueIn(days: number, status: 'in_review' | 'awaiting_customer' = 'in_review') {
    const r = await aRequest(database.db, { assignee: 'reviewer3', status });
    await database.db
      .updateTable('cancellationRequests')
      .set({ dueAt: new Date(TEST_NOW.getTime() + days * DAY) })
      .where('id', '=', r.id)
      .execute();
    return r;
  }

  it('opens my own most urgent request in review first, unchanged (no claim)', async () => {
    await nothingOfMine();
    await mineDueIn(5);
    const urgent = await mineDueIn(-1);
    await mineDueIn(-10, 'awaiting_customer');
    const res = await reviewer3.post<Row>('/api/requests/next');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: urgent.id, status: 'in_review', version: urgent.version, nextReason: 'own' });
  });

  it('passes over the request on screen (skip)', async () => {
    await nothingOfMine();
    const later = await mineDueIn(5);
    const urgent = await mineDueIn(-1);
    const res = await reviewer3.post<Row>(`/api/requests/next?skip=${urgent.id}`);
    expect(res.body).toMatchObject({ id: later.id, nextReason: 'own' });
  });

  it('with nothing of mine in review, claims the unclaimed request due soonest', async () => {
    await nothingOfMine();
    const soonest = await database.db
      .selectFrom('cancellationRequests')
      .select(['id'])
      .where('status', '=', 'submitted')
      .orderBy('dueAt', (ob) => ob.asc().nullsLast())
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const res = await reviewer3.post<Row>('/api/requests/next');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: soonest.id,
      status: 'in_review',
      assigneeId: reviewer3Id,
      nextReason: 'claimed',
    });
  });

  it('我的 sorted by urgency: running clocks due soonest first, paused ones after them', async () => {
    await nothingOfMine();
    await database.db
      .updateTable('cancellationRequests')
      .set({ status: 'in_review', pausedAt: null })
      .where('assigneeId', '=', reviewer3Id)
      .where('status', '=', 'awaiting_customer')
      .execute();
    await nothingOfMine();
    const paused = await mineDueIn(-10, 'awaiting_customer');
    const later = await mineDueIn(5);
    const urgent = await mineDueIn(-1);
    const res = await reviewer3.list<Row[]>('requests', {
      sort: ['urgency', 'ASC'],
      range: [0, 9],
      filter: { assigneeId: 'mine', status: ['in_review', 'awaiting_customer'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.map((r) => r.id)).toEqual([urgent.id, later.id, paused.id]);
  });

  it('a bad skip is 400', async () => {
    expect((await reviewer3.post('/api/requests/next?skip=abc')).status).toBe(400);
  });
});
