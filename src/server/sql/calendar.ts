import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { calendarFromRows, type WorkingCalendar } from '../../domain/workingDays.ts';

// The calendar changes a few times a year; reading it once a minute per process
// keeps list queries at one round trip while edits still show up quickly.
const TTL_MS = 60_000;
const cache = new WeakMap<Kysely<DB>, { at: number; calendar: Promise<WorkingCalendar> }>();

export function loadCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.calendar;
  const calendar = readCalendar(db);
  cache.set(db, { at: Date.now(), calendar });
  calendar.catch(() => cache.delete(db));
  return calendar;
}

/** Drops this process's cached calendar, after an edit, so the next read sees it. */
export function forgetCalendar(db: Kysely<DB>): void {
  cache.delete(db);
}

/** The calendar as stored now, uncached: for a reader that has just written it (the seed). */
export async function readCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendarYears').select('year').execute(),
    // A SQL date read as a JS Date would shift with the process time zone.
    db
      .selectFrom('calendarDays')
      .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind'])
      .execute(),
  ]);
  return calendarFromRows(
    years.map((y) => y.year),
    days,
  );
}
