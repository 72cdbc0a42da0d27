import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { turnaroundStats } from '../../../src/domain/turnaroundStats.ts';
import { seedCalendar } from '../../../src/server/seed/calendar.ts';
import { turnaroundStatsSql } from '../../../src/server/sql/stats/turnaroundStats.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { LI_LEI, WANG_FANG, infoRequests, now, range, requests } from '../../domain/turnaroundStatsSet.ts';
import { insertInfoRequests, insertStaff, insertStatsRequests } from './statsRows.ts';

// The hand-built set (tests/domain/turnaroundStatsSet.ts: National Day, a 调休
// Saturday, a pause for information, a request decided the minute it came in)
// stored as the server stores it: the SQL figures must be the domain's, whose
// numbers turnaroundStats.test.ts checks against the hand-worked answers.
describe.each(testEngines())('the hand-built set through SQL on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
    await seedCalendar(database.db, { now });
    await insertStaff(database.db, [WANG_FANG, LI_LEI]);
    await insertStatsRequests(database.db, requests);
    await insertInfoRequests(database.db, infoRequests);
  });
  afterAll(() => database.close());

  it('gives the team figures the domain gives', async () => {
    const sqlFigures = await turnaroundStatsSql(database.db, { range, now });
    expect(sqlFigures).toEqual(turnaroundStats(requests, infoRequests, { range, now }));
    // The hand-worked answers, repeated so a change on both sides cannot pass unseen.
    expect(sqlFigures).toMatchObject({ decided: 5, withdrawn: 1, medianWorkingDays: 3.25, p90WorkingDays: 6.5 });
    expect(sqlFigures.withinSla).toEqual({ met: 4, missed: 1, openBreached: 1, share: 0.6667 });
  });

  it.each([
    ['王芳', WANG_FANG],
    ['李雷', LI_LEI],
  ])("gives %s's own figures as the domain does", async (_name, reviewerId) => {
    expect(await turnaroundStatsSql(database.db, { range, now, reviewerId })).toEqual(
      turnaroundStats(requests, infoRequests, { range, now, reviewerId }),
    );
  });

  it('agrees on one-day ranges at the edges and a range with nothing in it', async () => {
    for (const r of [
      { from: '2026-10-09', to: '2026-10-09' },
      { from: '2026-10-10', to: '2026-10-12' },
      { from: '2026-10-14', to: '2026-10-14' },
      { from: '2026-01-05', to: '2026-01-11' },
    ]) {
      expect(await turnaroundStatsSql(database.db, { range: r, now }), `${r.from}..${r.to}`).toEqual(
        turnaroundStats(requests, infoRequests, { range: r, now }),
      );
    }
  });
});
