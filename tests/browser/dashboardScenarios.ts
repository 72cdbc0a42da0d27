import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CalendarStatus } from '../../src/domain/dashboardApi.ts';
import type { TurnaroundStatsAnswer } from '../../src/domain/turnaroundStatsTypes.ts';
import { addDays, shanghaiDay } from '../../src/domain/workingDays.ts';
import { shot } from './harness.ts';
import { TIMEOUT, api, login, q, queueRows, type Scenario } from './support.ts';

// The manager's dashboard draws every chart from the demo data and a bar opens
// the queue it counts; the admin's calendar edits move open requests' due dates.

const CHARTS = ['histogram', 'weekly', 'backlog', 'throughput', 'refunds'];

async function signOut(page: Page, url: string) {
  await api(page, '/api/auth/logout', { method: 'POST' });
  await page.context().clearCookies();
  await page.goto(url);
}

/** Every chart card holds an SVG with at least one drawn bar. */
async function everyChartDraws(page: Page) {
  for (const chart of CHARTS) {
    const bars = page.locator(`[data-chart=${chart}] svg .recharts-bar-rectangle`);
    await bars.first().waitFor({ timeout: TIMEOUT });
    assert.ok((await bars.count()) > 0, `${chart} draws bars`);
  }
}

/** Clicks the backlog's ">7" column at the height of its top segment. */
async function clickBreachedBacklogBar(page: Page) {
  const card = page.locator('[data-chart=backlog]');
  // Coordinates below are the viewport's: the card must be on screen.
  await card.scrollIntoViewIfNeeded();
  const tick = card.locator('svg text', { hasText: '> 7' });
  const tickBox = (await tick.boundingBox())!;
  const centre = tickBox.x + tickBox.width / 2;
  const boxes = await card.locator('.recharts-bar-rectangle path').evaluateAll((paths) =>
    paths.map((p) => {
      const r = p.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const bar = boxes.find((b) => b.height > 2 && b.x <= centre && centre <= b.x + b.width);
  assert.ok(bar, 'the ">7" column has a bar');
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
}

/** Clicks the tallest bar (or segment) of a chart; what it stands for is read back from the URL it opens. */
async function clickTallestBar(page: Page, chart: string) {
  const card = page.locator(`[data-chart=${chart}]`);
  await card.scrollIntoViewIfNeeded();
  const boxes = await card.locator('.recharts-bar-rectangle path').evaluateAll((paths) =>
    paths.map((p) => {
      const r = p.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const bar = boxes.sort((a, b) => b.height - a.height)[0];
  assert.ok(bar && bar.height > 2, 'the histogram has a bar');
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
}

export const dashboardScenarios: Scenario[] = [
  [
    'manager lands on the dashboard, every chart draws, a ">7" backlog bar opens the breached queue',
    async (page, url) => {
      await login(page, url, 'manager');
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      await everyChartDraws(page);
      for (const kpi of ['median', 'p90', 'share', 'openBreached', 'backlog']) {
        assert.match(await page.locator(`[data-kpi=${kpi}] [data-value]`).innerText(), /\d/, `${kpi} shows a figure`);
      }
      await page.getByTestId('workload').locator('tbody tr').first().waitFor();
      await shot(page, '60-dashboard-manager');

      // The range travels in the URL: a preset changes it, and the view can be shared.
      await page.getByRole('button', { name: '近 90 天' }).click();
      await page.waitForURL((u) => u.hash.includes('from='), { timeout: TIMEOUT });
      const shared = page.url();
      await page.goto(shared);
      await everyChartDraws(page);
      assert.equal(await page.getByRole('button', { name: '近 90 天', pressed: true }).count(), 1);

      await clickBreachedBacklogBar(page);
      await page.waitForURL((u) => u.hash.startsWith('#/requests'), { timeout: TIMEOUT });
      const filter = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('filter')!) as {
        status: string;
        slaState: string;
      };
      assert.equal(filter.slaState, 'breached');
      const rows = await queueRows(page);
      assert.ok((await rows.count()) > 0, 'the queue lists the breached requests');
      const listed = await api<{ slaState: string; status: string }[]>(
        page,
        `/api/requests?filter=${q(filter)}&range=${q([0, 49])}`,
      );
      assert.ok(listed.json.every((r) => r.status === filter.status && r.slaState === 'breached'));
      await shot(page, '61-dashboard-breached-queue');
    },
  ],
  [
    'manager clicks a histogram bar: the queue lists exactly that bar, its filters shown and removable',
    async (page, url) => {
      await login(page, url, 'manager');
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      await everyChartDraws(page);
      await clickTallestBar(page, 'histogram');
      await page.waitForURL((u) => u.hash.startsWith('#/requests'), { timeout: TIMEOUT });
      const filter = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('filter')!) as {
        decidedFrom: string;
        decidedTo: string;
        turnaroundFrom?: number;
        turnaroundTo?: number;
      };
      assert.ok(filter.turnaroundFrom !== undefined || filter.turnaroundTo !== undefined, 'the bar names its bucket');
      const stats = await api<TurnaroundStatsAnswer>(
        page,
        `/api/stats/turnaround?from=${filter.decidedFrom}&to=${filter.decidedTo}`,
      );
      const bucket = stats.json.histogram!.find(
        (b) =>
          (b.from === 0 ? undefined : b.from) === filter.turnaroundFrom && (b.to ?? undefined) === filter.turnaroundTo,
      );
      assert.ok(bucket, 'the filter is one of the bars');
      const listed = await api<unknown[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 999])}`);
      assert.equal(listed.json.length, bucket.count, 'the list holds what the bar counts');
      // The bucket is on screen as inputs the reviewer can read and clear.
      const from = page.getByLabel('用时超过（工作日）');
      const to = page.getByLabel('用时至多（工作日）');
      if (filter.turnaroundTo !== undefined) await to.waitFor({ timeout: TIMEOUT });
      if (filter.turnaroundFrom !== undefined) await from.waitFor({ timeout: TIMEOUT });
      const rows = await queueRows(page);
      assert.equal(await rows.count(), Math.min(bucket.count, 25));
      await shot(page, '64-histogram-bar-queue');

      // A throughput segment: that reviewer's decisions of that kind over the range.
      await page.goBack();
      await everyChartDraws(page);
      await clickTallestBar(page, 'throughput');
      await page.waitForURL((u) => u.hash.startsWith('#/requests'), { timeout: TIMEOUT });
      const segment = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('filter')!) as {
        decidedFrom: string;
        decidedTo: string;
        decidedBy: number;
        status: string[];
      };
      assert.equal(segment.status.length, 1, 'the segment names its decision');
      const kind = ({ approved: 'approved', rejected: 'rejected', paused_instead: 'pausedInstead' } as const)[
        segment.status[0] as 'approved'
      ];
      const weeks = await api<TurnaroundStatsAnswer>(
        page,
        `/api/stats/turnaround?from=${segment.decidedFrom}&to=${segment.decidedTo}`,
      );
      const counted = weeks.json
        .throughput!.filter((t) => t.reviewerId === segment.decidedBy)
        .reduce((sum, t) => sum + t[kind], 0);
      const decided = await api<unknown[]>(page, `/api/requests?filter=${q(segment)}&range=${q([0, 999])}`);
      assert.equal(decided.json.length, counted, 'the list holds what the segment counts');
      await page.getByLabel('决定人').waitFor({ timeout: TIMEOUT });
      await queueRows(page);
      await shot(page, '65-throughput-segment-queue');
    },
  ],
  [
    "dashboard calendar: admin adds 2027 and a holiday; an open request's due date moves",
    async (page, url) => {
      // As the manager: an open request and the last working day before its due date.
      await login(page, url, 'manager');
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      const open = await api<{ id: number; number: string; dueAt: string | null }[]>(
        page,
        `/api/requests?filter=${q({ status: 'in_review' })}&sort=${q(['dueAt', 'DESC'])}&range=${q([0, 0])}`,
      );
      const request = open.json[0]!;
      assert.ok(request.dueAt, 'the request has a due date');
      // dueAt is the end (24:00) of its last working day: that day, in Shanghai.
      const lastDay = shanghaiDay(new Date(request.dueAt).getTime() - 1);
      await signOut(page, url);

      await login(page, url, 'admin');
      await page.waitForURL((u) => u.hash.startsWith('#/users'), { timeout: TIMEOUT });
      const status = (await api<CalendarStatus>(page, '/api/calendar/status')).json;
      if (status.missingCalendarYears.includes(2027)) {
        // The banner leads the admin to the calendar, where 2027 is added by hand.
        await page.getByTestId('calendar-gap-banner').getByRole('link', { name: '添加日历' }).click();
        await page.getByTestId('year-view').waitFor({ timeout: TIMEOUT });
        await page.getByRole('button', { name: '添加年份' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('年份').fill('2027');
        await dialog
          .getByRole('textbox', { name: /每行一天/ })
          .fill('2027-01-01 holiday 元旦\n2027-10-01 holiday 国庆节');
        await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
        await shot(page, '62-calendar-add-2027');
        await dialog.getByRole('button', { name: '添加年份' }).click();
        await page.getByRole('tab', { name: '2027', selected: true }).waitFor({ timeout: TIMEOUT });
        await page.locator('[data-date="2027-10-01"][data-kind=holiday]').waitFor({ timeout: TIMEOUT });
        assert.equal(await page.getByTestId('calendar-gap-banner').count(), 0);
      }

      // The request's last working day becomes a holiday: its due date moves a working day later.
      await page.goto(`${url}/#/calendar?year=${lastDay.slice(0, 4)}`);
      const day = page.locator(`[data-date="${lastDay}"]`);
      await day.waitFor({ timeout: TIMEOUT });
      assert.notEqual(await day.getAttribute('data-kind'), 'holiday');
      await day.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/法定节假日/).check();
      await dialog.getByLabel(/名称/).fill('测试假日');
      await shot(page, '63-calendar-edit-day');
      await dialog.getByRole('button', { name: '保存' }).click();
      await page.locator(`[data-date="${lastDay}"][data-kind=holiday]`).waitFor({ timeout: TIMEOUT });
      await signOut(page, url);

      await login(page, url, 'manager');
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      const after = await api<{ dueAt: string }>(page, `/api/requests/${request.id}`);
      assert.ok(new Date(after.json.dueAt) > new Date(request.dueAt), `${request.number}: due later than before`);
      assert.ok(shanghaiDay(new Date(after.json.dueAt).getTime() - 1) >= addDays(lastDay, 1));
    },
  ],
];
