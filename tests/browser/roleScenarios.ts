import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { shot } from './harness.ts';
import { TIMEOUT, login, type Scenario } from './support.ts';

// Each role sees its own menu and home; a page its role may not open (typed,
// bookmarked, or left by the previous person) explains and leads home.

/** The sidebar's entries, as the pages they open ('#/refunds'). */
async function menuEntries(page: Page): Promise<string[]> {
  const items = page.locator('.RaMenuItemLink-root');
  await items.first().waitFor({ timeout: TIMEOUT });
  // Each entry appears once its access check answers: let the menu settle.
  await page.waitForTimeout(1000);
  return items.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function landsOn(page: Page, hash: string) {
  await page.waitForURL((u) => u.hash.split('?')[0] === hash, { timeout: TIMEOUT });
  await page.locator('tbody tr').first().waitFor({ timeout: TIMEOUT });
}

/** Types a URL the role may not open: a page that says so, and its button leads home. */
async function forbidden(page: Page, url: string, hash: string, home: { hash: string; button: RegExp }, name: string) {
  await page.goto(`${url}/${hash}`);
  await page.getByRole('heading', { name: '无权访问' }).waitFor({ timeout: TIMEOUT });
  await page.getByText(/此页面不对您的角色/).waitFor();
  const back = page.getByRole('link', { name: home.button });
  await back.waitFor();
  await shot(page, name);
  await back.click();
  await landsOn(page, home.hash);
}

const ROLES: {
  user: string;
  home: string;
  menu: string[];
  forbiddenHash: string;
  button: RegExp;
}[] = [
  {
    user: 'reviewer',
    home: '#/requests',
    menu: ['#/dashboard', '#/requests', '#/refunds', '#/accounts', '#/notifications'],
    forbiddenHash: '#/users',
    button: /回到注销队列/,
  },
  {
    user: 'finance',
    home: '#/refunds',
    menu: ['#/dashboard', '#/requests', '#/refunds', '#/accounts'],
    forbiddenHash: '#/notifications',
    button: /回到退款/,
  },
  {
    user: 'manager',
    home: '#/dashboard',
    menu: ['#/dashboard', '#/requests', '#/refunds', '#/accounts', '#/notifications', '#/audit-events'],
    forbiddenHash: '#/users',
    button: /回到概览/,
  },
  {
    user: 'admin',
    home: '#/users',
    menu: ['#/accounts', '#/users', '#/audit-events', '#/calendar', '#/settings'],
    forbiddenHash: '#/requests',
    button: /回到员工/,
  },
];

export const roleScenarios: Scenario[] = [
  ...ROLES.map(({ user, home, menu, forbiddenHash, button }): Scenario => [
    `${user} lands on their home, sees only their menu, and a page they may not open leads home`,
    async (page, url) => {
      await login(page, url, user);
      await landsOn(page, home);
      assert.deepEqual(await menuEntries(page), menu);
      await shot(page, `40-role-${user}-home`);
      await forbidden(page, url, forbiddenHash, { hash: home, button }, `41-role-${user}-forbidden`);
    },
  ]),

  [
    'finance logging in after a reviewer logged out lands on refunds, not the reviewer’s page',
    async (page, url) => {
      await login(page, url, 'reviewer');
      await landsOn(page, '#/requests');
      await page.goto(`${url}/#/notifications`);
      await page.locator('tbody tr').first().waitFor({ timeout: TIMEOUT });
      await page.getByRole('button', { name: '个人资料' }).click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.locator('input[name=username]').fill('finance', { timeout: TIMEOUT });
      await page.locator('input[name=password]').fill('demo1234');
      await page.locator('button[type=submit]').click();
      await landsOn(page, '#/refunds');
      assert.equal(await page.getByRole('heading', { name: '无权访问' }).count(), 0);
      await shot(page, '42-role-finance-after-reviewer');
    },
  ],
];

/** Admin creates a reviewer; the newcomer's temporary password only opens the change form, then the queue. */
export const staffAdminScenario: Scenario = [
  'admin creates a user who logs in and must change the password',
  async (page, url) => {
    const username = `newbie${Date.now().toString(36)}`;
    await login(page, url, 'admin');
    await landsOn(page, '#/users');
    await page.goto(`${url}/#/users/create`);
    await page.locator('input[name=username]').fill(username, { timeout: TIMEOUT });
    await page.locator('input[name=displayName]').fill('新同事');
    await shot(page, '43-admin-creates-user');
    await page.getByRole('button', { name: '保存' }).click();
    const temporary = page.getByTestId('temporary-password');
    await temporary.waitFor({ timeout: TIMEOUT });
    const password = (await temporary.textContent())?.trim() ?? '';
    assert.ok(password.length >= 12, `temporary password shown once: "${password}"`);
    await shot(page, '44-admin-temporary-password');
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('cell', { name: username }).waitFor({ timeout: TIMEOUT });

    await page.getByRole('button', { name: '个人资料' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('input[name=username]').fill(username, { timeout: TIMEOUT });
    await page.locator('input[name=password]').fill(password);
    await page.locator('button[type=submit]').click();
    // Only the change form, whatever page the app would otherwise open.
    await page.getByRole('heading', { name: '修改密码' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('tbody tr').count(), 0);
    await page.getByText('你正在使用临时密码').waitFor();
    await shot(page, '45-newcomer-must-change-password');
    await page.getByLabel('当前密码').fill(password);
    await page.getByLabel('新密码').fill('short');
    await page.getByText('至少 12 个字符').first().waitFor();
    await page.getByLabel('新密码').fill('晨光-流量卡-审核-2026');
    await page.getByRole('button', { name: '修改密码' }).click();
    await landsOn(page, '#/requests');
    await shot(page, '46-newcomer-queue');
  },
];
