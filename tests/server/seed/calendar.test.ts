import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { CALENDAR_SOURCE, coveredYears, seedCalendar } from '../../../src/server/seed/calendar.ts';
import { freshDatabase } from './freshDatabase.ts';

const days = (database: Database) =>
  database.db
    .selectFrom('calendarDays')
    .select((eb) => [eb.fn<string>('to_char', ['day', eb.val('YYYY-MM-DD')]).as('day'), 'kind', 'name', 'year'])
    .orderBy('day')
    .execute();

describe('seedCalendar', { timeout: 60_000 }, () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('pglite');
  });
  afterAll(async () => {
    await database.close();
  });

  it('loads the previous, current and next year that the package covers, and never a year it lacks', async () => {
    expect(coveredYears().has(2027)).toBe(false); // when the package learns 2027, this test says so
    const result = await seedCalendar(database.db, { now: new Date('2026-11-25T02:00:00Z') });
    expect(result.years).toEqual([2025, 2026]);
    const years = await database.db.selectFrom('calendarYears').selectAll().orderBy('year').execute();
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(years.every((y) => y.source === CALENDAR_SOURCE)).toBe(true);
    expect(CALENDAR_SOURCE).toBe('chinese-days 1.5.7');
  });

  it('stores holidays and 调休 working days with their Chinese names', async () => {
    const rows = await days(database);
    expect(rows.length).toBe(72);
    expect(rows).toContainEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节', year: 2026 });
    expect(rows).toContainEqual({ day: '2026-01-04', kind: 'workday', name: '元旦', year: 2026 });
    expect(rows).toContainEqual({ day: '2025-01-28', kind: 'holiday', name: '春节', year: 2025 });
  });

  it('is idempotent and keeps what an admin changed', async () => {
    await database.db
      .updateTable('calendarDays')
      .set({ name: '国庆节（公司）' })
      .where('day', '=', '2026-10-02')
      .execute();
    const again = await seedCalendar(database.db, { now: new Date('2026-11-25T02:00:00Z') });
    expect(again.years).toEqual([2025, 2026]);
    const rows = await days(database);
    expect(rows.length).toBe(72);
    expect(rows.find((r) => r.day === '2026-10-02')?.name).toBe('国庆节（公司）');
  });

  it('in January covers last year too, for the 60 days of history', async () => {
    const other = await freshDatabase('pglite');
    try {
      const result = await seedCalendar(other.db, { now: new Date('2026-01-05T02:00:00Z') });
      expect(result.years).toEqual([2025, 2026]);
      const mid2025 = await seedCalendar(other.db, { now: new Date('2025-06-01T02:00:00Z') });
      expect(mid2025.years).toEqual([2024, 2025, 2026]);
    } finally {
      await other.close();
    }
  });
});
