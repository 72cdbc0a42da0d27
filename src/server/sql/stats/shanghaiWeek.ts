import { addDays } from '../../../domain/workingDays.ts';

// ISO weeks of Asia/Shanghai days as integers: Shanghai is a fixed UTC+8
// (workingDays.ts), so a week is arithmetic on days. Week 0 starts Monday
// 1969-12-29; in SQL a count row's day gives `(day - date '1969-12-29') / 7`,
// and an instant's `shanghai_week(t)` (migration 013).

/** The Monday ('YYYY-MM-DD') of a week number. */
export const mondayOfWeekNumber = (week: number) => addDays('1969-12-29', 7 * week);
