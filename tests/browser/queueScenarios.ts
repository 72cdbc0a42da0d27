import assert from 'node:assert/strict';
import { shot } from './harness.ts';
import { TIMEOUT, login, queueRows, requestNumber, type Scenario } from './support.ts';

// The queue, search, language and the account pages.
export const queueScenarios: Scenario[] = [
  [
    'a wrong password is refused on the login page',
    async (page, url) => {
      await login(page, url, 'reviewer', 'wrong-password');
      await page
        .getByText(/登录失败|用户名或密码/)
        .first()
        .waitFor({ timeout: TIMEOUT });
      await shot(page, '01-login-refused');
      assert.ok(await page.locator('input[name=username]').isVisible());
    },
  ],

  [
    'the reviewer logs in and sees the queue in Chinese, due soonest first',
    async (page, url) => {
      await login(page, url);
      const rows = await queueRows(page);
      assert.ok((await rows.count()) >= 10, 'a page of requests');
      await page.getByText('待审核').first().waitFor();
      const first = await rows.first().innerText();
      assert.match(first, requestNumber);
      assert.match(first, /\d{3}\*{4}\d{4}/, 'phone is masked');
      assert.match(first, /¥/, 'balance in yuan');
      assert.match(first, /工作日|暂停/, 'SLA chip');
      await shot(page, '02-queue');
    },
  ],

  [
    'a status tab shows only that status, with its count',
    async (page, url) => {
      await login(page, url);
      await queueRows(page);
      const tab = page.getByRole('tab', { name: /审核中/ });
      const label = await tab.innerText();
      const count = Number(/(\d+)/.exec(label)?.[1]);
      assert.ok(count > 0, `tab shows a count: ${label}`);
      await tab.click();
      await page.waitForFunction(
        () => {
          const rows = [...document.querySelectorAll('tbody tr')];
          return rows.length > 0 && rows.every((r) => (r as HTMLElement).innerText.includes('审核中'));
        },
        null,
        { timeout: TIMEOUT },
      );
      await shot(page, '03-tab-in-review');
    },
  ],

  [
    'searching by holder name finds the request',
    async (page, url) => {
      await login(page, url);
      const rows = await queueRows(page);
      const text = await rows.nth(2).innerText();
      const number = requestNumber.exec(text)![0];
      const name = text
        .split('\n')
        .map((s) => s.trim())
        .find((s) => /^[\u4e00-\u9fa5]{2,4}$/.test(s));
      assert.ok(name, `a holder name in: ${text}`);
      const search = page.getByPlaceholder(/编号|搜索/).first();
      await search.fill(name!);
      await page.waitForFunction(
        (n) => {
          const found = [...document.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).innerText);
          return found.length > 0 && found.every((t) => t.includes(n));
        },
        name!,
        { timeout: TIMEOUT },
      );
      assert.ok((await page.locator('tbody tr', { hasText: number }).count()) === 1, `${number} is among the results`);
      await shot(page, '04-search');
    },
  ],

  [
    'opening a request shows the account, the approve checklist, documents and timeline',
    async (page, url) => {
      await login(page, url);
      const rows = await queueRows(page);
      const number = requestNumber.exec(await rows.first().innerText())![0];
      await rows.first().click();
      await page.getByText(number).first().waitFor({ timeout: TIMEOUT });
      for (const heading of ['批准前检查', '证明材料', '账户', '处理记录']) {
        await page.getByText(heading).first().waitFor({ timeout: TIMEOUT });
      }
      await page.getByText('提交了注销申请').first().waitFor({ timeout: TIMEOUT });
      await shot(page, '05-request-show');
    },
  ],

  [
    'English is one click away',
    async (page, url) => {
      await login(page, url);
      await queueRows(page);
      await page
        .getByRole('button', { name: /简体中文|language|语言/i })
        .first()
        .click();
      await page.getByRole('menuitem', { name: /English/ }).click();
      await page
        .getByText(/Pending review|Submitted/)
        .first()
        .waitFor({ timeout: TIMEOUT });
      await shot(page, '06-queue-english');
    },
  ],

  [
    'accounts list and an account with its requests',
    async (page, url) => {
      await login(page, url);
      await queueRows(page);
      await page.getByRole('menuitem', { name: /账户/ }).first().click();
      const rows = await queueRows(page);
      await rows.first().click();
      await page.getByText(requestNumber).first().waitFor({ timeout: TIMEOUT });
      await shot(page, '07-account-show');
    },
  ],
];
