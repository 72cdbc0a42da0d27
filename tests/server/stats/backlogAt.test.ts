import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { backlogAtRange } from '../../../src/domain/backlogAt.ts';
import { backlogAtRangeSql } from '../../../src/server/sql/stats/backlogAt.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { LI_LEI, WANG_FANG, now, range, requests } from '../../domain/turnaroundStatsSet.ts';
import { insertStaff, insertStatsRequests, readStatsRequests } from './statsRows.ts';

describe.each(testEngines())('the backlog at the range edges through SQL on %s', (engine) => {
  describe('the hand-built set', () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(engine, 'empty');
      await insertStaff(database.db, [WANG_FANG, LI_LEI]);
      await insertStatsRequests(database.db, requests);
    });
    afterAll(() => database.close());

    it.each([
      ['the team', undefined, { backlogAtStart: 2, backlogAtEnd: 4 }],
      ['李雷', LI_LEI, { backlogAtStart: 1, backlogAtEnd: 1 }],
      ['王芳', WANG_FANG, { backlogAtStart: 0, backlogAtEnd: 1 }],
    ])('gives %s the hand-worked answer, as the domain does', async (_who, reviewerId, expected) => {
      const sqlAnswer = await backlogAtRangeSql(database.db, { range, now, reviewerId });
      expect(sqlAnswer).toEqual(expected);
      expect(sqlAnswer).toEqual(backlogAtRange(requests, { range, now, reviewerId }));
    });

    it('a range reaching past now ends now', async () => {
      const later = { range: { from: '2026-10-05', to: '2026-10-25' }, now };
      expect(await backlogAtRangeSql(database.db, later)).toEqual({ backlogAtStart: 5, backlogAtEnd: 4 });
    });
  });

  describe('the demo data', () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(engine);
    });
    afterAll(() => database.close());

    it.each([
      { from: '2026-10-26', to: '2026-11-24' },
      { from: '2026-09-01', to: '2026-11-25' },
      { from: '2026-11-20', to: '2026-12-31' },
    ])('agrees with the domain over the stored rows for $from..$to', async (r) => {
      const rows = await readStatsRequests(database.db);
      const expected = backlogAtRange(rows, { range: r, now: TEST_NOW });
      expect(await backlogAtRangeSql(database.db, { range: r, now: TEST_NOW })).toEqual(expected);
      expect(expected.backlogAtEnd).toBeGreaterThan(0);
    });

    it("agrees with the domain on one reviewer's backlog", async () => {
      const reviewerId = await staffId(database.db, 'reviewer');
      const q = { range: { from: '2026-10-26', to: '2026-11-24' }, now: TEST_NOW, reviewerId };
      expect(await backlogAtRangeSql(database.db, q)).toEqual(backlogAtRange(await readStatsRequests(database.db), q));
    });
  });
});
