import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { shot } from './harness.ts';
import { TIMEOUT, login, queueRows, type Scenario } from './support.ts';

// Any window, any language; exports; accessibility; offline and missing pages.

/** Neither the page, the queue's table box nor its tab strip scrolls sideways (no tab out of sight). */
async function assertNoSidewaysScroll(page: Page, where: string) {
  const boxes = await page.evaluate(() =>
    [
      document.scrollingElement!,
      document.querySelector('.RaList-content'),
      document.querySelector('.RaDataTable-root'),
      document.querySelector('[role=tablist]'),
    ]
      .filter((el): el is Element => !!el)
      .map((el) => ({ name: el.className || 'document', scroll: el.scrollWidth, client: el.clientWidth })),
  );
  assert.equal(boxes.length, 4, `${where}: the page, the list, its table and its tabs`);
  for (const box of boxes) {
    assert.ok(box.scroll <= box.client, `${where}: ${box.name} ${box.scroll} > ${box.client}`);
  }
}

async function switchToEnglish(page: Page) {
  await page
    .getByRole('button', { name: /简体中文|language|语言/i })
    .first()
    .click();
  await page.getByRole('menuitem', { name: /English/ }).click();
  await page.getByRole('tab', { name: /Submitted/ }).waitFor({ timeout: TIMEOUT });
}

/** The export button and the next-request button are on screen, not pushed off it. */
async function assertActionsVisible(page: Page, next: RegExp, exportLabel: RegExp) {
  const width = page.viewportSize()!.width;
  for (const name of [next, exportLabel]) {
    const box = await page.getByRole('button', { name }).first().boundingBox();
    assert.ok(box && box.x + box.width <= width, `${name} inside the ${width} px window`);
  }
}

async function goAndWait(page: Page, url: string, hash: string, ready: () => Promise<unknown>) {
  await page.goto(`${url}/#${hash}`);
  await ready();
  // Let tooltips, chips and counts settle before axe reads the page.
  await page.waitForTimeout(500);
}

async function assertAccessible(page: Page, name: string) {
  // The app bar's spinner is there only while a call is under way.
  await page.locator('.RaLoadingIndicator-loader').waitFor({ state: 'detached', timeout: TIMEOUT });
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${name}: axe WCAG 2 A/AA violations`);
}

export const layoutScenarios: Scenario[] = [
  [
    'the queue fits 1024 × 700 in Chinese: nothing scrolls sideways, next and export on screen',
    async (page, url) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await login(page, url, 'reviewer2');
      await queueRows(page);
      await page.getByRole('tab', { name: /全部/ }).waitFor({ timeout: TIMEOUT });
      await assertNoSidewaysScroll(page, 'zh-CN 1024');
      await assertActionsVisible(page, /下一个申请/, /导出/);
      await shot(page, 'layout-queue-zh-1024');
      await page.getByRole('tab', { name: /全部/ }).click();
      await queueRows(page);
      await assertNoSidewaysScroll(page, 'zh-CN 1024, all tab');
    },
  ],

  [
    'the queue fits 1440 in English, and 1024 and 1920 in both languages',
    async (page, url) => {
      await login(page, url, 'reviewer2');
      await queueRows(page);
      for (const width of [1440, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await assertNoSidewaysScroll(page, `zh-CN ${width}`);
        await shot(page, `layout-queue-zh-${width}`);
      }
      await switchToEnglish(page);
      for (const width of [1024, 1440, 1920]) {
        await page.setViewportSize({ width, height: width === 1024 ? 700 : 900 });
        await queueRows(page);
        await assertNoSidewaysScroll(page, `en ${width}`);
        await assertActionsVisible(page, /Next request/, /Export/);
        await shot(page, `layout-queue-en-${width}`);
      }
    },
  ],

  [
    'the request page stacks its side panels at 1024 and sets them beside the evidence at 1440',
    async (page, url) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await login(page, url, 'reviewer2');
      const rows = await queueRows(page);
      await rows.first().click();
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT });
      await page.getByText('证明材料').first().waitFor({ timeout: TIMEOUT });
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      assert.ok(width <= 1024, `request page ${width} px wide in a 1024 px window`);
      await shot(page, 'layout-request-zh-1024');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.waitForTimeout(300);
      await shot(page, 'layout-request-zh-1440');
    },
  ],

  [
    'an exported queue CSV opens with Chinese headers and masked phones',
    async (page, url) => {
      await login(page, url, 'reviewer2');
      await queueRows(page);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('button', { name: /导出/ }).first().click(),
      ]);
      const path = await download.path();
      const csv = readFileSync(path!, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 byte order mark for Excel');
      const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
      const columns = header!.split(',');
      for (const name of ['申请编号', '持有人', '手机号', '状态', '提交时间', '余额（元）']) {
        assert.ok(columns.includes(name), `column ${name} in ${header}`);
      }
      assert.ok(columns.includes('内部备注'), 'a reviewer may read internal notes');
      assert.ok(rows.length >= 10, 'one row per request');
      const phone = columns.indexOf('手机号');
      const status = columns.indexOf('状态');
      for (const row of rows.slice(0, 50)) {
        const cells = row.split(',');
        assert.match(cells[phone]!, /^\d{3}\*{4}\d{4}$/, `masked phone in ${row}`);
        assert.doesNotMatch(cells[status]!, /^[a-z_]+$/, 'status label, not code');
      }
    },
  ],

  [
    'offline, the queue says so with a retry and no total; back online it loads',
    async (page, url) => {
      await login(page, url, 'reviewer2');
      await queueRows(page);
      await page.context().setOffline(true);
      await page.getByRole('tab', { name: /已驳回/ }).click();
      await page.getByText('网络已断开').waitFor({ timeout: TIMEOUT });
      assert.equal(await page.locator('tbody tr').count(), 0);
      assert.equal(await page.getByText(/共 \d+ 条|\d+-\d+ \/ \d+/).count(), 0, 'no total over the message');
      await page.getByRole('button', { name: '重试' }).waitFor();
      await shot(page, 'layout-queue-offline');
      // Back online, react-query resumes the paused call by itself.
      await page.context().setOffline(false);
      await queueRows(page);
    },
  ],

  [
    'a request id that does not exist shows a page with the way back',
    async (page, url) => {
      await login(page, url, 'reviewer2');
      await queueRows(page);
      await page.goto(`${url}/#/requests/99999999/show`);
      await page.getByRole('heading', { name: '找不到该注销申请' }).waitFor({ timeout: TIMEOUT });
      await shot(page, 'layout-request-not-found');
      await page.getByRole('link', { name: '返回注销队列' }).click();
      await queueRows(page);
    },
  ],

  [
    'axe finds no WCAG 2 A/AA violation on any page',
    async (page, url) => {
      await page.goto(url);
      await page.locator('input[name=username]').waitFor({ timeout: TIMEOUT });
      await assertAccessible(page, 'login');

      await login(page, url, 'reviewer2');
      await queueRows(page);
      await assertAccessible(page, 'queue');
      await (await queueRows(page)).first().click();
      await page.getByText('证明材料').first().waitFor({ timeout: TIMEOUT });
      await page.waitForTimeout(500);
      await assertAccessible(page, 'request');
      // Every request asks for the holder's ID card: its row opens the viewer.
      await page.locator('tbody tr', { hasText: '身份证' }).first().click();
      await page.getByRole('dialog').waitFor({ timeout: TIMEOUT });
      await page.waitForTimeout(800);
      await assertAccessible(page, 'viewer');
      await page.keyboard.press('Escape');
      for (const [hash, name] of [
        ['/accounts', 'accounts'],
        ['/notifications', 'notifications'],
        ['/refunds', 'refunds'],
      ] as const) {
        await goAndWait(page, url, hash, () => queueRows(page));
        await assertAccessible(page, name);
      }
      await goAndWait(page, url, '/profile', () =>
        page.locator('input[type=password]').first().waitFor({ timeout: TIMEOUT }),
      );
      await assertAccessible(page, 'profile');

      await page.context().clearCookies();
      await login(page, url, 'manager');
      // Managers land on their dashboard.
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      await goAndWait(page, url, '/audit-events', () => queueRows(page));
      await assertAccessible(page, 'audit');

      await page.context().clearCookies();
      await login(page, url, 'admin');
      // Signed in before moving on: a route change while the login call is under way asks
      // react-admin's checkAuth, whose refusal logs out the session that call then opens.
      await page.waitForURL((u) => u.hash.startsWith('#/users'), { timeout: TIMEOUT });
      await goAndWait(page, url, '/users', () => queueRows(page));
      await assertAccessible(page, 'users');
    },
  ],
];
