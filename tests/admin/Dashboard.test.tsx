import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { WorkloadAnswer } from '../../src/domain/dashboardApi.ts';
import { shanghaiYear } from '../../src/domain/workingDays.ts';
import type { TurnaroundStatsAnswer } from '../../src/domain/turnaroundStatsTypes.ts';
import { lastDays } from '../../src/admin/dashboard/dashboardRange.ts';
import { aRequest, staffId } from '../support/fixtures.ts';
import { openPage, openRequest, startApp } from './appHarness.tsx';

const LONG = { timeout: 45_000 };

/** The figure a KPI card shows, once it has loaded. */
const kpiValue = async (container: HTMLElement, id: string) => {
  const card = await waitFor(() => {
    const found = container.querySelector<HTMLElement>(`[data-kpi=${id}] [data-value]`);
    expect(found).not.toBeNull();
    return found!;
  }, LONG);
  return card.textContent ?? '';
};

const shown = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);

/** The manager's dashboard against the real API on the seeded demo data. */
describe('dashboard (manager)', () => {
  let api: MockApi;
  let database: Database;
  let get: <T>(path: string) => Promise<T>;

  beforeAll(async () => {
    ({ api, database, get } = await startApp('manager'));
  });
  afterAll(() => api.close());

  it("shows the server's figures for the last 30 days, the team's workload and whose figures to pick", async () => {
    const range = lastDays(30);
    const figures = await get<TurnaroundStatsAnswer>(`/api/stats/turnaround?from=${range.from}&to=${range.to}`);
    const workload = await get<WorkloadAnswer>('/api/stats/workload');
    const view = openPage('/dashboard');
    expect(await kpiValue(view.container, 'median')).toBe(`${shown(figures.medianWorkingDays)}工作日`);
    expect(await kpiValue(view.container, 'p90')).toBe(`${shown(figures.p90WorkingDays)}工作日`);
    const table = await screen.findByTestId('workload', {}, LONG);
    for (const row of workload.rows) {
      const line = within(table).getByRole('link', { name: row.displayName }).closest('tr')!;
      expect(line).toHaveTextContent(`${row.inReview}${row.awaitingCustomer}${row.breached}${row.decidedThisWeek}`);
    }
    expect(screen.getByRole('combobox', { name: '审核员' })).toHaveTextContent('全体');
    for (const chart of ['histogram', 'weekly', 'backlog', 'throughput', 'refunds']) {
      expect(view.container.querySelector(`[data-chart=${chart}] h2`)).not.toBeNull();
    }
    view.unmount();
  }, 90_000);

  it('opens a shared view: the range and reviewer come from the URL', async () => {
    const reviewer = await staffId(database.db, 'reviewer');
    const figures = await get<TurnaroundStatsAnswer>(
      `/api/stats/turnaround?from=2026-09-01&to=2026-11-15&reviewerId=${reviewer}`,
    );
    const view = openPage(`/dashboard?from=2026-09-01&to=2026-11-15&reviewerId=${reviewer}`);
    expect(await kpiValue(view.container, 'median')).toBe(`${shown(figures.medianWorkingDays)}工作日`);
    expect(screen.getByLabelText('开始日期')).toHaveValue('2026-09-01');
    expect(screen.getByLabelText('结束日期')).toHaveValue('2026-11-15');
    expect(screen.getByRole('combobox', { name: '审核员' })).toHaveTextContent('王芳');
    view.unmount();
  }, 90_000);

  it("says when the next year has no working-day calendar, without the admin's link", async () => {
    // This database's own copy: next year's calendar is taken away (a no-op while it was never there).
    const next = shanghaiYear(new Date()) + 1;
    await database.db.deleteFrom('calendarDays').where('year', '=', next).execute();
    await database.db.deleteFrom('calendarYears').where('year', '=', next).execute();
    const view = openPage('/dashboard');
    const banner = await screen.findByTestId('calendar-gap-banner', {}, LONG);
    expect(banner).toHaveTextContent(`缺少 ${next} 年工作日历`);
    expect(banner).toHaveTextContent('请联系管理员添加');
    expect(within(banner).queryByRole('link')).toBeNull();
    view.unmount();
  }, 90_000);

  it("the reassign picker shows each reviewer's workload", async () => {
    const request = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    const workload = await get<WorkloadAnswer>('/api/stats/workload');
    const view = await openRequest(request.id, request.number);
    await userEvent.click(await screen.findByRole('button', { name: '改派' }, LONG));
    await userEvent.click(await screen.findByRole('combobox', { name: /审核员/ }, LONG));
    const other = workload.rows.find((row) => row.displayName === '李强')!;
    const option = await screen.findByRole('option', { name: /李强/ }, LONG);
    expect(option).toHaveTextContent(`审核中 ${other.inReview} · 待补充 ${other.awaitingCustomer}`);
    view.unmount();
  }, 90_000);
});
