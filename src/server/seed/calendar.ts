import type { Kysely } from 'kysely';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import pkg from 'chinese-days/package.json' with { type: 'json' };
import type { DB } from '../db/schema.ts';
import type { CalendarDayKind } from '../../domain/vocabulary.ts';
import { shanghaiYear } from '../../domain/workingDays.ts';

// The working-day calendar comes from the maintained chinese-days package (the
// State Council's yearly notice, transcribed). Only years the package covers are
// loaded: a year it lacks stays absent so the app flags it instead of guessing.
export const CALENDAR_SOURCE = `chinese-days ${pkg.version}`;

type DayMap = Record<string, string>;

export interface CalendarSeedResult {
  years: number[];
  days: number;
}

/** Years the package data covers (any holiday or 调休 workday listed in it). */
export function coveredYears(): Set<number> {
  const years = new Set<number>();
  for (const map of [data.holidays, data.workdays] as DayMap[]) {
    for (const day of Object.keys(map)) years.add(Number(day.slice(0, 4)));
  }
  return years;
}

/** "National Day,国庆节,3" → "国庆节": the column is shown to Chinese-speaking staff. */
function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

export interface BundledDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
  year: number;
}

/** The package's holidays and 调休 working days of these years, by date. */
export function bundledDays(years: Iterable<number>): BundledDay[] {
  const wanted = new Set(years);
  const rows: BundledDay[] = [];
  for (const [kind, map] of [
    ['holiday', data.holidays],
    ['workday', data.workdays],
  ] as const) {
    for (const [day, value] of Object.entries(map as DayMap)) {
      const year = Number(day.slice(0, 4));
      if (wanted.has(year)) rows.push({ day, kind, name: chineseName(value), year });
    }
  }
  return rows.sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Loads the previous, current and next year (Shanghai) as far as the data has them.
 * The previous year is there so a January backlog's 60 days of history are covered.
 * Idempotent: rows already present (perhaps edited by an admin) are left alone.
 */
export async function seedCalendar(db: Kysely<DB>, opts: { now?: Date } = {}): Promise<CalendarSeedResult> {
  const current = shanghaiYear(opts.now ?? new Date());
  const covered = coveredYears();
  const years = [current - 1, current, current + 1].filter((y) => covered.has(y));
  const rows = bundledDays(years);
  if (years.length === 0) return { years, days: 0 };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendarYears')
      .values(years.map((year) => ({ year, source: CALENDAR_SOURCE })))
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
    if (rows.length > 0) {
      await trx
        .insertInto('calendarDays')
        .values(rows)
        .onConflict((oc) => oc.column('day').doNothing())
        .execute();
    }
  });
  return { years, days: rows.length };
}
