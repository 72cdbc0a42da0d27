import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { CalendarDayRow } from '../../src/domain/dashboardApi.ts';
import { shanghaiYear } from '../../src/domain/workingDays.ts';
import { openPage, startApp } from './appHarness.tsx';

const LONG = { timeout: 45_000 };
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** A day's button in the year view, once the year's days have loaded. */
const dayCell = (container: HTMLElement, date: string) =>
  waitFor(() => {
    const cell = container.querySelector<HTMLElement>(`[data-date="${date}"]`);
    expect(cell).not.toBeNull();
    return cell!;
  }, LONG);

/** The working-day calendar as the admin keeps it. */
describe('calendar (admin)', () => {
  let api: MockApi;
  let database: Database;
  let get: <T>(path: string) => Promise<T>;
  const year = shanghaiYear(new Date());

  beforeAll(async () => {
    ({ api, database, get } = await startApp('admin'));
  });
  afterAll(() => api.close());

  const daysOf = (y: number) =>
    get<CalendarDayRow[]>(`/api/calendar?filter=${q({ year: y })}&range=${q([0, 399])}&sort=${q(['date', 'ASC'])}`);

  it("shows the year's holidays and 调休 working days, and one day can be made a holiday", async () => {
    const days = await daysOf(year);
    const holiday = days.find((d) => d.kind === 'holiday')!;
    const view = openPage(`/calendar?year=${year}`);
    await waitFor(async () => expect((await dayCell(view.container, holiday.date)).dataset.kind).toBe('holiday'), LONG);
    // A weekday of the year with no exception yet: 1 December is never a public holiday.
    const weekday = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => `${year}-12-0${d}`)
      .find((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))!;
    await userEvent.click(await dayCell(view.container, weekday));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    await userEvent.click(within(dialog).getByLabelText(/法定节假日/));
    await userEvent.type(within(dialog).getByLabelText(/名称/), '测试假日');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await dayCell(view.container, weekday)).dataset.kind).toBe('holiday'), LONG);
    expect((await daysOf(year)).find((d) => d.date === weekday)).toMatchObject({ kind: 'holiday', name: '测试假日' });
    view.unmount();
  }, 90_000);

  it('a save made on a stale view of the year is refused: nothing saved, the day shown as it is now', async () => {
    const date = [8, 9, 10, 11, 12, 13, 14]
      .map((d) => `${year}-12-${String(d).padStart(2, '0')}`)
      .find((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))!;
    const view = openPage(`/calendar?year=${year}`);
    await userEvent.click(await dayCell(view.container, date));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    const save = within(dialog).getByRole('button', { name: '保存' });
    await waitFor(() => expect(save).toBeEnabled(), LONG);
    // Another admin saves this day while the dialog is open.
    await database.db
      .insertInto('calendarDays')
      .values({ day: date, kind: 'holiday', name: '别人改的', year })
      .execute();
    await database.db
      .updateTable('calendarYears')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('year', '=', year)
      .execute();
    await userEvent.click(within(dialog).getByLabelText(/法定节假日/));
    await userEvent.type(within(dialog).getByLabelText(/名称/), '我的');
    await userEvent.click(save);
    expect(await screen.findByText(/另一位管理员修改了该年日历/, {}, LONG)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText(/名称/)).toHaveValue('别人改的'), LONG);
    expect((await daysOf(year)).find((d) => d.date === date)).toMatchObject({ kind: 'holiday', name: '别人改的' });
    view.unmount();
  }, 90_000);

  it('adds next year by hand when it is missing', async () => {
    const next = year + 1;
    await database.db.deleteFrom('calendarDays').where('year', '=', next).execute();
    await database.db.deleteFrom('calendarYears').where('year', '=', next).execute();
    const view = openPage('/calendar');
    await screen.findByRole('tab', { name: `${next}（缺失）` }, LONG);
    await userEvent.click(screen.getByRole('button', { name: '添加年份' }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByLabelText('年份')).toHaveValue(next);
    await userEvent.click(within(dialog).getByLabelText(/手动录入/));
    const text = within(dialog).getByRole('textbox', { name: /每行一天/ });
    await userEvent.type(text, `${next}-13-01 holiday`);
    expect(within(dialog).getByText(/第 1 行无法识别/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '添加年份' })).toBeDisabled();
    await userEvent.clear(text);
    await userEvent.type(text, `${next}-10-01 holiday 国庆节`);
    await userEvent.click(within(dialog).getByRole('button', { name: '添加年份' }));
    await screen.findByRole('tab', { name: String(next), selected: true }, LONG);
    await waitFor(
      async () => expect((await dayCell(view.container, `${next}-10-01`)).dataset.kind).toBe('holiday'),
      LONG,
    );
    expect(await daysOf(next)).toEqual([expect.objectContaining({ date: `${next}-10-01`, kind: 'holiday' })]);
    view.unmount();
  }, 90_000);
});
