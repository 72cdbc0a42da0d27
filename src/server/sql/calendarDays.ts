import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CalendarDayRow } from '../../domain/dashboardApi.ts';
import type { CalendarDayKind } from '../../domain/vocabulary.ts';

const dayRow = (r: { day: string; kind: CalendarDayKind; name: string; year: number }): CalendarDayRow => ({
  id: r.day,
  date: r.day,
  kind: r.kind,
  name: r.name,
  year: r.year,
});

function daysQuery(db: Kysely<DB> | Transaction<DB>) {
  // A SQL date read as a JS Date would shift with the process time zone.
  return db
    .selectFrom('calendarDays')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind', 'name', 'year']);
}

/** One year's exceptions (or every year's), by date. */
export async function listCalendarDays(
  db: Kysely<DB>,
  f: { year?: number; kind?: CalendarDayKind },
  page: { offset: number; limit: number; order: 'asc' | 'desc' },
) {
  let q = daysQuery(db);
  let count = db.selectFrom('calendarDays').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.year !== undefined) {
    q = q.where('year', '=', f.year);
    count = count.where('year', '=', f.year);
  }
  if (f.kind !== undefined) {
    q = q.where('kind', '=', f.kind);
    count = count.where('kind', '=', f.kind);
  }
  const rows = await q.orderBy('day', page.order).offset(page.offset).limit(page.limit).execute();
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  return { rows: rows.map(dayRow), total };
}

export async function getCalendarDay(db: Kysely<DB> | Transaction<DB>, day: string) {
  const row = await daysQuery(db).where('day', '=', day).executeTakeFirst();
  return row ? dayRow(row) : null;
}

export async function calendarYearExists(db: Kysely<DB> | Transaction<DB>, year: number) {
  return (
    (await db.selectFrom('calendarYears').select('year').where('year', '=', year).executeTakeFirst()) !== undefined
  );
}

/**
 * One day of a covered year as the edit dialog needs it: its exception or
 * 'normal', and the year's version. null when the year has no calendar.
 */
export async function getCalendarDayState(db: Kysely<DB> | Transaction<DB>, day: string) {
  const year = Number(day.slice(0, 4));
  const covered = await db.selectFrom('calendarYears').select('version').where('year', '=', year).executeTakeFirst();
  if (!covered) return null;
  const row = await getCalendarDay(db, day);
  return {
    ...(row ?? { id: day, date: day, kind: 'normal' as const, name: '', year }),
    version: covered.version,
  };
}

/** Sets or (kind 'normal') removes one day's exception; the year's row records when it last changed, and its version moves. */
export async function writeCalendarDay(
  trx: Transaction<DB>,
  day: string,
  input: { kind: CalendarDayKind | 'normal'; name: string },
  now: Date,
) {
  const year = Number(day.slice(0, 4));
  if (input.kind === 'normal') {
    await trx.deleteFrom('calendarDays').where('day', '=', day).execute();
  } else {
    await trx
      .insertInto('calendarDays')
      .values({ day, kind: input.kind, name: input.name, year })
      .onConflict((oc) => oc.column('day').doUpdateSet({ kind: input.kind as CalendarDayKind, name: input.name }))
      .execute();
  }
  await trx
    .updateTable('calendarYears')
    .set({ updatedAt: now, version: sql<number>`version + 1` })
    .where('year', '=', year)
    .execute();
}

/** A whole new year: its row and its exceptions. */
export async function insertCalendarYear(
  trx: Transaction<DB>,
  year: number,
  source: string,
  days: readonly { day: string; kind: CalendarDayKind; name: string }[],
  now: Date,
) {
  await trx.insertInto('calendarYears').values({ year, source, updatedAt: now }).execute();
  if (days.length > 0) {
    await trx
      .insertInto('calendarDays')
      .values(days.map((d) => ({ ...d, year })))
      .execute();
  }
}
