import { z } from '@hono/zod-openapi';
import { CALENDAR_DAY_KINDS } from '../../../domain/vocabulary.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { ifMatchHeaders } from '../../http/etag.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { jsonContent, refusals } from '../../http/responses.ts';

const tags = ['calendar'];

export const calendarFilter = z.strictObject({
  year: z.number().int().optional(),
  kind: z.enum(CALENDAR_DAY_KINDS).optional(),
});

const dayRowSchema = z
  .object({ id: z.string(), date: z.string(), kind: z.string(), name: z.string(), year: z.number().int() })
  .openapi('CalendarDay', { description: 'a holiday or 调休 working day; id = date' });

const dayInput = z.strictObject({
  kind: z.enum([...CALENDAR_DAY_KINDS, 'normal']),
  name: z.string().trim().max(50).optional(),
  version: z.number().int().positive().optional().openapi({ description: 'the version you saw, if not in If-Match' }),
});

const dayStateSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    kind: z.string(),
    name: z.string(),
    year: z.number().int(),
    version: z.number().int(),
  })
  .openapi('CalendarDayState', { description: "a day as it stands ('normal' included) and its year's version" });

const yearInput = z.strictObject({
  year: z.number().int(),
  source: z.enum(['bundled', 'manual']),
  days: z
    .array(
      z.strictObject({
        date: z.iso.date(),
        kind: z.enum(CALENDAR_DAY_KINDS),
        name: z.string().trim().max(50).optional(),
      }),
    )
    .max(366)
    .optional(),
});

const saveResult = { openRecomputed: z.number().int(), decidedRecomputed: z.number().int() };

export const list = defineRoute('calendar.read', {
  method: 'get',
  path: '/',
  summary: "a year's holidays and 调休 working days (filter {year})",
  tags,
  request: { query: listQuery(calendarFilter) },
  responses: listResponses(dayRowSchema, 'calendar'),
});

export const status = defineRoute('signedIn', {
  method: 'get',
  path: '/status',
  summary: 'which years have a calendar; the current or next year missing one is shown as a banner',
  tags,
  responses: {
    200: jsonContent(
      z
        .object({
          coveredYears: z.array(z.number().int()),
          missingCalendarYears: z.array(z.number().int()),
          bundledYears: z.array(z.number().int()),
        })
        .openapi('CalendarStatus'),
      'CalendarStatus',
    ),
    ...refusals(401),
  },
});

export const addYear = defineRoute('calendar.edit', {
  method: 'post',
  path: '/years',
  summary: 'add a whole year, from the bundled data or entered by hand; open deadlines are recomputed',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: yearInput } } } },
  responses: {
    201: jsonContent(
      z.object({ year: z.number().int(), days: z.number().int(), ...saveResult }).openapi('CalendarYearAdded'),
      'the year and what was recomputed',
    ),
    ...refusals(400, 401, 403, 409),
  },
});

export const getDay = defineRoute('calendar.read', {
  method: 'get',
  path: '/{date}',
  summary: "one day of a covered year ('normal' when it has no exception); its year's version is the ETag",
  tags,
  request: { params: z.object({ date: z.iso.date() }) },
  responses: {
    200: jsonContent(dayStateSchema, 'the day and the version an edit must send'),
    ...refusals(400, 401, 403, 404),
  },
});

export const setDay = defineRoute('calendar.edit', {
  method: 'put',
  path: '/{date}',
  summary:
    "set one day (kind 'normal' removes its exception) with the year's version you saw (If-Match or body version); deadlines and turnarounds are recomputed",
  tags,
  request: {
    params: z.object({ date: z.iso.date() }),
    headers: ifMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: dayInput } } },
  },
  responses: {
    200: jsonContent(
      z
        .object({
          id: z.string(),
          date: z.string(),
          kind: z.string(),
          name: z.string(),
          version: z.number().int(),
          ...saveResult,
        })
        .openapi('CalendarDaySaved'),
      'the day as stored, the new version (also the ETag) and what was recomputed',
    ),
    ...refusals(400, 401, 403, 409, 412, 428),
  },
});
