import { missingCalendarYears } from '../../../domain/calendarStatus.ts';
import { calendarDayError, calendarYearDaysErrors, calendarYearError } from '../../../domain/calendarEdit.ts';
import type { CalendarDaySaved, CalendarStatus } from '../../../domain/dashboardApi.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { setEtag } from '../../http/etag.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { addCalendarYear, saveCalendarDay } from '../../actions/saveCalendar.ts';
import { readCalendar } from '../../sql/calendar.ts';
import { getCalendarDayState, listCalendarDays } from '../../sql/calendarDays.ts';
import { bundledDays, CALENDAR_SOURCE, coveredYears } from '../../seed/calendar.ts';
import { calendarFilter } from './calendar.routes.ts';
import type * as routes from './calendar.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const params = parseListParams(c.req.valid('query'), {
    sortable: ['id', 'date'],
    defaultSort: ['date', 'ASC'],
    filter: calendarFilter,
  });
  const { rows, total } = await listCalendarDays(c.var.db, params.filter, { ...params, order: params.sort.order });
  c.header('Content-Range', contentRange('calendar', params.offset, rows.length, total));
  return c.json(rows, 200);
};

export const status: AppRouteHandler<typeof routes.status> = async (c) => {
  // Uncached: the banner must go as soon as an admin adds the year.
  const calendar = await readCalendar(c.var.db);
  const covered = [...calendar.coveredYears].sort((a, b) => a - b);
  const answer: CalendarStatus = {
    coveredYears: covered,
    missingCalendarYears: missingCalendarYears(covered, c.var.deps.now()),
    bundledYears: [...coveredYears()].sort((a, b) => a - b),
  };
  return c.json(answer, 200);
};

export const getDay: AppRouteHandler<typeof routes.getDay> = async (c) => {
  const day = await getCalendarDayState(c.var.db, c.req.valid('param').date);
  if (!day) throw notFound('calendar year');
  setEtag(c, day.version);
  return c.json(day, 200);
};

export const setDay: AppRouteHandler<typeof routes.setDay> = async (c) => {
  const { date } = c.req.valid('param');
  const input = c.req.valid('json');
  const error = calendarDayError(date, input.kind);
  if (error) throw badRequest(error, { kind: error });
  // Two admins editing one year must not overwrite each other silently: the
  // version they saw is required (If-Match, or `version` in the body as
  // react-admin's update sends the record); 428 without, 412 when stale.
  const expected = c.req.valid('header')['If-Match'] ?? input.version ?? null;
  const saved = await saveCalendarDay(c.var.db, date, input, expected, c.var.user, c.var.deps.now());
  const day = saved.day ?? { id: date, date, kind: 'normal', name: '', year: Number(date.slice(0, 4)) };
  setEtag(c, saved.version);
  const answer: CalendarDaySaved = {
    ...day,
    version: saved.version,
    openRecomputed: saved.openRecomputed,
    decidedRecomputed: saved.decidedRecomputed,
  };
  return c.json(answer, 200);
};

export const addYear: AppRouteHandler<typeof routes.addYear> = async (c) => {
  const input = c.req.valid('json');
  const yearError = calendarYearError(input.year);
  if (yearError) throw badRequest('invalid year', { year: yearError });
  let days: { day: string; kind: 'holiday' | 'workday'; name: string }[];
  let source: string;
  if (input.source === 'bundled') {
    if (input.days !== undefined) throw badRequest('bundled years take no days', { days: 'not with source bundled' });
    if (!coveredYears().has(input.year)) {
      throw badRequest(`the bundled data (${CALENDAR_SOURCE}) has no ${input.year}: enter it by hand`, {
        source: `no bundled data for ${input.year}`,
      });
    }
    days = bundledDays([input.year]);
    source = CALENDAR_SOURCE;
  } else {
    const entered = input.days ?? [];
    const errors = calendarYearDaysErrors(input.year, entered);
    if (Object.keys(errors).length) throw badRequest('invalid days', errors);
    days = entered.map((d) => ({ day: d.date, kind: d.kind, name: d.name ?? '' }));
    source = `manual (${c.var.user.username})`;
  }
  const saved = await addCalendarYear(c.var.db, input.year, source, days, c.var.user, c.var.deps.now());
  return c.json(saved, 201);
};
