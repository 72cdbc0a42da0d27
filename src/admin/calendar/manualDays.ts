import type { CalendarYearInput } from '../../domain/dashboardApi.ts';
import type { CalendarDayKind } from '../../domain/vocabulary.ts';

export type ManualDay = NonNullable<CalendarYearInput['days']>[number];

export interface ManualDaysResult {
  days: ManualDay[];
  /** 1-based line numbers that could not be read, or fell outside the year. */
  badLines: number[];
}

const LINE = /^(\d{4}-\d{2}-\d{2})\s+(holiday|workday|休|班)(?:\s+(.+))?$/;
const KIND: Record<string, CalendarDayKind> = { holiday: 'holiday', workday: 'workday', 休: 'holiday', 班: 'workday' };

/**
 * A year typed by hand, one day a line: "2027-10-01 holiday 国庆节" or
 * "2027-09-26 workday 国庆节调休" (休 / 班 also read). Blank lines are skipped;
 * a line that is not a day of `year` is reported, never guessed at.
 */
export const parseManualDays = (text: string, year: number): ManualDaysResult => {
  const days: ManualDay[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = LINE.exec(line);
    const date = match?.[1];
    const valid = date !== undefined && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
    if (
      !match ||
      !valid ||
      !date.startsWith(`${year}-`) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    ) {
      badLines.push(index + 1);
      return;
    }
    const name = match[3]?.trim();
    days.push({ date, kind: KIND[match[2]!]!, ...(name ? { name } : {}) });
  });
  return { days, badLines };
};
