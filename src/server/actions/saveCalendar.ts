import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import type { CalendarDayInput, CalendarDayRow, CalendarSaveResult } from '../../domain/dashboardApi.ts';
import type { CalendarDayKind } from '../../domain/vocabulary.ts';
import { ApiError } from '../http/errors.ts';
import { requiredVersion } from '../http/etag.ts';
import { writeAudit } from '../sql/audit.ts';
import { forgetCalendar, readCalendar } from '../sql/calendar.ts';
import { getCalendarDay, getCalendarDayState, insertCalendarYear, writeCalendarDay } from '../sql/calendarDays.ts';
import { recomputeForYear } from '../sql/calendarRecompute.ts';

/**
 * Sets one day of a covered year, audited (before/after), and moves the
 * deadlines and turnarounds it changes, all in one transaction. The year's
 * row is locked first so two edits of a year recompute one after the other,
 * and an edit made on a stale view of the year (another admin saved a day of
 * it since) is refused with 412 and the day as it stands, as request actions are.
 */
export async function saveCalendarDay(
  db: Kysely<DB>,
  day: string,
  input: CalendarDayInput,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
): Promise<{ day: CalendarDayRow | null; version: number } & CalendarSaveResult> {
  const year = Number(day.slice(0, 4));
  const result = await db.transaction().execute(async (trx) => {
    const covered = await trx
      .selectFrom('calendarYears')
      .select(['year', 'version'])
      .where('year', '=', year)
      .forUpdate()
      .executeTakeFirst();
    if (!covered)
      throw new ApiError(409, `${year} has no calendar yet: add the year first`, { date: 'year not added' });
    // After the year check: a year with no calendar has no version to send.
    if (requiredVersion(expectedVersion, 'calendar') !== covered.version) {
      throw new ApiError(
        412,
        `the ${year} calendar changed since you opened it: check the day and save again`,
        undefined,
        {
          currentVersion: covered.version,
          current: await getCalendarDayState(trx, day),
        },
      );
    }
    const before = await getCalendarDay(trx, day);
    await writeCalendarDay(trx, day, { kind: input.kind, name: input.name ?? '' }, now);
    const after = await getCalendarDay(trx, day);
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'calendar.day_changed',
      entityType: 'calendar',
      entityId: day,
      before: before ? { kind: before.kind, name: before.name } : { kind: 'normal' },
      after: after ? { kind: after.kind, name: after.name } : { kind: 'normal' },
      at: now,
    });
    const recomputed = await recomputeForYear(trx, await readCalendar(trx), year);
    return { day: after, version: covered.version + 1, ...recomputed };
  });
  forgetCalendar(db);
  return result;
}

/** Adds a whole year (bundled or entered by hand), audited, with the same recomputation. */
export async function addCalendarYear(
  db: Kysely<DB>,
  year: number,
  source: string,
  days: readonly { day: string; kind: CalendarDayKind; name: string }[],
  user: StaffIdentity,
  now: Date,
): Promise<{ year: number; days: number } & CalendarSaveResult> {
  const result = await db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('calendarYears').select('year').where('year', '=', year).executeTakeFirst();
    if (exists) throw new ApiError(409, `${year} already has a calendar: edit its days instead`, { year: 'exists' });
    await insertCalendarYear(trx, year, source, days, now);
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'calendar.year_added',
      entityType: 'calendar',
      entityId: String(year),
      after: { source, days: days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })) },
      at: now,
    });
    const recomputed = await recomputeForYear(trx, await readCalendar(trx), year);
    return { year, days: days.length, ...recomputed };
  });
  forgetCalendar(db);
  return result;
}
