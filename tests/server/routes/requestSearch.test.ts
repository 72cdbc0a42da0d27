import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())('searching the queue on %s', (engine) => {
  let database: Database;
  let reviewer: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    reviewer = await apiClient(database).login('reviewer');
  });
  afterAll(() => database.close());

  async function withPhone(phone: string, status: 'submitted' | 'in_review' | 'approved', assignee?: string) {
    const r = await aRequest(database.db, {
      status,
      assignee: status === 'submitted' ? null : (assignee ?? 'reviewer'),
    });
    // The account's trigger carries the new phone into the request's search_text.
    await database.db.updateTable('accounts').set({ phone }).where('id', '=', r.accountId).execute();
    return r;
  }

  it('the counts for a search say how many matches each tab holds, mine included', async () => {
    await withPhone('13990427001', 'submitted');
    await withPhone('13990427002', 'in_review');
    await withPhone('13990427003', 'approved');
    const res = await reviewer.get<Row>(`/api/requests/counts?q=${encodeURIComponent('9904270')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ submitted: 1, in_review: 1, approved: 1, open: 2, all: 3, mine: 1 });
    const plain = await reviewer.get<Row>('/api/requests/counts');
    expect(plain.body.all).toBeGreaterThan(3);
  });

  it('a match on part of the phone says which part, masked otherwise', async () => {
    const r = await withPhone('13755501234', 'submitted');
    const res = await reviewer.list<Row[]>('requests', { filter: { q: '555012' }, range: [0, 9] });
    const row = res.body.find((x) => x.id === r.id)!;
    expect(row.phone).toBe('137****1234');
    expect(row.phoneMatch).toEqual({ shown: '13755501234', start: 3, end: 9 });
  });
});
