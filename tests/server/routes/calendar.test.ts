import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import type { CalendarDayRow, CalendarDayState, CalendarStatus } from '../../../src/domain/dashboardApi.ts';
import { DAY_MS } from '../../../src/domain/workingDays.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { aRequest } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { sh } from '../../domain/calendar2026.ts';

type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())('the working-day calendar API on %s', (engine) => {
  let database: Database;
  let admin: Client;
  let reviewer: Client;
  let open: number;
  let decided: number;
  const stored = (id: number) =>
    database.db
      .selectFrom('cancellationRequests')
      .select(['riskAt', 'dueAt', 'turnaroundMs', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    admin = await api.login('admin');
    reviewer = await api.login('reviewer');
    // Submitted Mon 28 Dec 2026 10:00: its deadlines fall in 2027, which has no
    // calendar yet, so they are unknown (null), as submitRequest stores them.
    open = (await aRequest(database.db, { status: 'in_review', submittedAt: sh('2026-12-28 10:00') })).id;
    decided = (await aRequest(database.db, { status: 'approved', submittedAt: sh('2027-01-04 09:00') })).id;
    await database.db
      .updateTable('cancellationRequests')
      .set({ riskAt: null, dueAt: null })
      .where('id', '=', open)
      .execute();
    await database.db
      .updateTable('cancellationRequests')
      .set({ decidedAt: sh('2027-01-06 09:00'), turnaroundMs: null, riskAt: null, dueAt: null })
      .where('id', '=', decided)
      .execute();
  });
  afterAll(() => database.close());

  /** A day edit as the dialog makes it: the day's version first, then the change with If-Match. */
  const putDay = async (date: string, body: Record<string, unknown>) => {
    const { version } = (await admin.get<CalendarDayState>(`/api/calendar/${date}`)).body;
    return admin.put(`/api/calendar/${date}`, body, { 'If-Match': `"${version}"` });
  };

  it("lists a year's holidays and 调休 days for an admin only", async () => {
    const res = await admin.list<CalendarDayRow[]>('calendar', { filter: { year: 2026 }, range: [0, 99] });
    expect(res.status).toBe(200);
    expect(totalOf(res)).toBe(res.body.length);
    expect(res.body).toContainEqual(expect.objectContaining({ id: '2026-10-01', kind: 'holiday', year: 2026 }));
    expect(res.body).toContainEqual(expect.objectContaining({ date: '2026-10-10', kind: 'workday' }));
    expect((await reviewer.list('calendar', { filter: { year: 2026 } })).status).toBe(403);
    expect((await reviewer.put('/api/calendar/2026-12-31', { kind: 'holiday' })).status).toBe(403);
  });

  it('tells everyone signed in that 2027 is missing', async () => {
    const res = await reviewer.get<CalendarStatus>('/api/calendar/status');
    expect(res.status).toBe(200);
    expect(res.body.missingCalendarYears).toEqual([2027]);
    expect(res.body.bundledYears).toContain(2026);
    expect(res.body.bundledYears).not.toContain(2027);
  });

  it('refuses 2027 from the bundled data (it has none) and days outside the year', async () => {
    const bundled = await admin.post('/api/calendar/years', { year: 2027, source: 'bundled' });
    expect(bundled.status).toBe(400);
    expect(bundled.body.errors).toHaveProperty('source');
    const wrong = await admin.post('/api/calendar/years', {
      year: 2027,
      source: 'manual',
      days: [
        { date: '2028-01-01', kind: 'holiday' },
        { date: '2027-01-06', kind: 'workday' },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.errors)).toEqual(['days.0', 'days.1']);
    expect((await admin.put('/api/calendar/2027-01-05', { kind: 'holiday' })).status).toBe(409);
  });

  it('adds 2027 by hand, audited, and computes the deadlines and turnarounds that waited for it', async () => {
    const res = await admin.post('/api/calendar/years', {
      year: 2027,
      source: 'manual',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ year: 2027, days: 1 });
    expect(res.body.openRecomputed).toBeGreaterThanOrEqual(1);
    expect(res.body.decidedRecomputed).toBeGreaterThanOrEqual(1);
    // Mon 28 Dec 10:00: 14 + 24 + 24 = 62h by Wed 30 24:00, + 10 = 72h on Thu 31 10:00;
    // Thu 86, 1 Jan off, 2-3 Jan weekend, Mon 4 110, Tue 134, Wed 158, Thu 7 Jan +10 = 168h.
    expect(await stored(open)).toMatchObject({ riskAt: sh('2026-12-31 10:00'), dueAt: sh('2027-01-07 10:00') });
    // Mon 4 Jan 09:00 → Wed 6 Jan 09:00: 48 working hours.
    expect((await stored(decided)).turnaroundMs).toBe(2 * DAY_MS);
    expect((await reviewer.get<CalendarStatus>('/api/calendar/status')).body.missingCalendarYears).toEqual([]);
    const audit = await database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'calendar.year_added')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'calendar', entityId: '2027', actorName: expect.any(String) });
    expect(audit.after).toMatchObject({ days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] });
    expect((await admin.post('/api/calendar/years', { year: 2027, source: 'manual' })).status).toBe(409);
  });

  it('a 2027 holiday moves an open request’s due date and a decided one’s turnaround, in the same save', async () => {
    const before = await stored(open);
    const res = await putDay('2027-01-05', { kind: 'holiday', name: '测试假日' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: '2027-01-05', kind: 'holiday', name: '测试假日' });
    expect(await stored(open)).toMatchObject({ dueAt: sh('2027-01-08 10:00'), version: before.version });
    expect((await stored(decided)).turnaroundMs).toBe(DAY_MS);
    // The request's own page reads the new calendar at once, not after the cache's minute.
    const page = await reviewer.get(`/api/requests/${open}`);
    expect(Date.parse(page.body.dueAt)).toBe(sh('2027-01-08 10:00').getTime());
    const audit = await database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'calendar.day_changed')
      .where('entityId', '=', '2027-01-05')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ before: { kind: 'normal' }, after: { kind: 'holiday', name: '测试假日' } });

    const back = await putDay('2027-01-05', { kind: 'normal' });
    expect(back.body).toMatchObject({ id: '2027-01-05', kind: 'normal' });
    expect(await stored(open)).toMatchObject({ dueAt: sh('2027-01-07 10:00') });
  });

  it('refuses a weekday as a 调休 working day and a malformed date', async () => {
    const weekday = await admin.put('/api/calendar/2027-01-06', { kind: 'workday' });
    expect(weekday.status).toBe(400);
    expect(weekday.body.errors).toHaveProperty('kind');
    expect((await admin.put('/api/calendar/2027-02-30', { kind: 'holiday' })).status).toBe(400);
    expect((await putDay('2027-01-09', { kind: 'workday', name: '调休' })).status).toBe(200);
  });

  it('a day edit needs the version of the year it was made on: 428 without, 412 when stale, with the day as it stands', async () => {
    const seen = await admin.get<CalendarDayState>('/api/calendar/2027-03-01');
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: '2027-03-01', kind: 'normal', year: 2027 });
    expect(seen.headers.get('ETag')).toBe(`"${seen.body.version}"`);
    expect((await admin.put('/api/calendar/2027-03-01', { kind: 'holiday' })).status).toBe(428);
    // Another admin saves a day of 2027 in between: the first one's view is stale.
    const other = await putDay('2027-03-02', { kind: 'holiday', name: '别人的' });
    expect(other.body.version).toBe(seen.body.version + 1);
    expect(other.headers.get('ETag')).toBe(`"${other.body.version}"`);
    const stale = await admin.put(
      '/api/calendar/2027-03-01',
      { kind: 'holiday' },
      { 'If-Match': `"${seen.body.version}"` },
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      currentVersion: other.body.version,
      current: { id: '2027-03-01', kind: 'normal' },
    });
    expect((await admin.get<CalendarDayState>('/api/calendar/2027-03-01')).body.kind).toBe('normal');
    // The version in the body, as react-admin's update sends the record.
    const ok = await admin.put('/api/calendar/2027-03-01', {
      kind: 'holiday',
      name: '测试',
      version: other.body.version,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ kind: 'holiday', version: other.body.version + 1 });
    expect((await admin.get('/api/calendar/2028-01-01')).status).toBe(404);
    expect((await reviewer.get('/api/calendar/2027-03-01')).status).toBe(403);
  });
});
