import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../domain/workingDays.ts';

// ISO weeks of Asia/Shanghai days as integers: Shanghai is a fixed UTC+8
// (workingDays.ts), so the week an instant falls in is plain arithmetic on its
// epoch, much cheaper per row than date_trunc over AT TIME ZONE. Week 0 starts
// Monday 1969-12-29 00:00 Shanghai: 288000 s = 8 h (the offset) + 3 days
// (1970-01-01 was a Thursday).

/** SQL: the week number of a timestamptz column or expression. */
export const weekNumberSql = (instant: RawBuilder<unknown>) =>
  sql<number>`floor((date_part('epoch', ${instant}) + 288000) / 604800)::int`;

/** The Monday ('YYYY-MM-DD') of a week number from weekNumberSql. */
export const mondayOfWeekNumber = (week: number) => addDays('1969-12-29', 7 * week);
