import assert from 'node:assert/strict';
import { request, type Page } from 'playwright-core';
import { formatFen } from '../../src/domain/money.ts';
import type { ApiRefund } from '../../src/domain/refundRecord.ts';
import { shot } from './harness.ts';
import { TIMEOUT, api, login, q, type Scenario } from './support.ts';

// Finance's side of a refund: four eyes above the threshold, then the payout and the customer's message.

/** Signs the page out (drops the session cookie) and in as `username`, once their home page shows. */
async function switchTo(page: Page, url: string, username: string) {
  await page.context().clearCookies();
  await login(page, url, username);
  // Their home, whatever it is (finance: the refunds queue, the manager: the dashboard).
  await page.locator('.RaMenuItemLink-root').first().waitFor({ timeout: TIMEOUT });
}

/**
 * A refund above the ¥1,000 threshold with no approval yet that both finance
 * and finance2 may approve (neither requested it nor decided its request).
 * The demo data has some; when none is left the manager asks for one.
 */
async function aLargeRefundForBothFinance(page: Page, url: string): Promise<ApiRefund> {
  const staff = (await api<{ id: number; roles: string[] }[]>(page, `/api/users?range=${q([0, 99])}`)).json;
  const finance = new Set(staff.filter((s) => s.roles.includes('finance')).map((s) => s.id));
  const candidates = (
    await api<ApiRefund[]>(page, `/api/refunds?filter=${q({ status: 'pending_approval' })}&range=${q([0, 199])}`)
  ).json.filter(
    (r) =>
      r.approvalsNeeded === 2 &&
      r.approvals.length === 0 &&
      ![r.requestedBy, r.requestDecidedBy, r.amendedBy].some((id) => id !== null && finance.has(id)),
  );
  if (candidates[0]) return candidates[0];

  await switchTo(page, url, 'manager');
  const accounts = (
    await api<{ id: number; balanceFen: number }[]>(
      page,
      `/api/accounts?sort=${q(['balanceFen', 'DESC'])}&range=${q([0, 19])}`,
    )
  ).json;
  for (const account of accounts) {
    const created = await api<ApiRefund>(page, '/api/refunds', {
      method: 'POST',
      body: { accountId: account.id, amountFen: 100_001, reason: '浏览器测试：客户来电申请退还余额' },
    });
    if (created.status === 201 || created.status === 200) {
      await switchTo(page, url, 'finance');
      return created.json;
    }
  }
  throw new Error('no account has ¥1,000.01 left to refund');
}

async function openRefund(page: Page, url: string, id: number) {
  await page.goto(`${url}/#/refunds/${id}/show`);
  await page.getByRole('heading', { name: `退款 #${id}` }).waitFor({ timeout: TIMEOUT });
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: '退款操作' });

export const refundScenarios: Scenario[] = [
  [
    'finance approves a large refund, finance2 gives the second approval, finance pays it: the customer is told in Chinese',
    async (page, url) => {
      await login(page, url, 'finance');
      // Finance lands on the refunds queue, on the refunds waiting for them.
      await page.getByRole('tab', { name: /待我审批/, selected: true }).waitFor({ timeout: TIMEOUT });
      const refund = await aLargeRefundForBothFinance(page, url);
      await page.reload();
      const row = page.locator('tbody tr', { hasText: `#${refund.id}` });
      await row.waitFor({ timeout: TIMEOUT });
      await shot(page, 'refunds-01-queue');
      await row.getByText(`#${refund.id}`).click();
      await page.getByRole('heading', { name: `退款 #${refund.id}` }).waitFor({ timeout: TIMEOUT });

      // First approval: the dialog says it stays pending until someone else approves.
      await toolbar(page).getByRole('button', { name: '审批通过' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByText('你的是第一次').waitFor({ timeout: TIMEOUT });
      await shot(page, 'refunds-02-first-approval-dialog');
      await dialog.getByRole('button', { name: '审批通过' }).click();
      await page.getByText(`退款 #${refund.id} 已记录第一次审批`).waitFor({ timeout: TIMEOUT });
      await page.getByText('审批 1/2').first().waitFor({ timeout: TIMEOUT });
      // The same person cannot give the second: the button says why.
      await toolbar(page).locator('[data-disabled-reason*="你已给出第一次审批"]').waitFor({ timeout: TIMEOUT });

      // In the whole list, the row tells finance why it is not theirs any more.
      await page.goto(`${url}/#/refunds`);
      await page.getByRole('tab', { name: /全部/ }).click();
      await page
        .getByTestId(`why-not-${refund.id}`)
        .waitFor({ timeout: TIMEOUT })
        .catch(async () => {
          // Not on the first page of 全部: narrow it to the account.
          await page.goto(`${url}/#/refunds?filter=${q({ accountId: refund.accountId })}`);
          await page.getByTestId(`why-not-${refund.id}`).waitFor({ timeout: TIMEOUT });
        });
      assert.match(await page.getByTestId(`why-not-${refund.id}`).innerText(), /你已给出第一次审批/);
      await shot(page, 'refunds-03-why-not');

      // The second approval, by another finance colleague.
      await switchTo(page, url, 'finance2');
      await page.locator('tbody tr', { hasText: `#${refund.id}` }).waitFor({ timeout: TIMEOUT });
      await openRefund(page, url, refund.id);
      await toolbar(page).getByRole('button', { name: '审批通过' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByText('你的是第二次').waitFor({ timeout: TIMEOUT });
      await dialog.getByRole('button', { name: '审批通过' }).click();
      await page.getByText(`退款 #${refund.id} 已审批，可以付款`).waitFor({ timeout: TIMEOUT });
      await page.locator('h1 ~ *', { hasText: '已审批' }).first().waitFor({ timeout: TIMEOUT });
      await page.getByText('审批 2/2').first().waitFor({ timeout: TIMEOUT });

      // Finance pays it out. A double click on the confirm button pays once (one Idempotency-Key per form).
      await switchTo(page, url, 'finance');
      await openRefund(page, url, refund.id);
      await toolbar(page).getByRole('button', { name: '付款', exact: true }).click();
      dialog = page.getByRole('dialog');
      const reference = `E2E-${refund.id}-${Date.now()}`;
      await dialog.getByRole('textbox', { name: /付款凭证号/ }).fill(reference);
      await shot(page, 'refunds-04-pay-dialog');
      await dialog.getByRole('button', { name: /^付款 ¥/ }).dblclick();
      await page.getByText(`退款 #${refund.id} 已付款`).first().waitFor({ timeout: TIMEOUT });
      await page.getByText(reference).waitFor({ timeout: TIMEOUT });
      await shot(page, 'refunds-05-paid');
      const paid = await api<ApiRefund>(page, `/api/refunds/${refund.id}`);
      assert.equal(paid.json.status, 'paid');
      assert.equal(paid.json.payoutReference, reference);

      // The customer's outbox (read by a manager): one email and one SMS, in Chinese, with the reference.
      await switchTo(page, url, 'manager');
      const outbox = await api<{ event: string; channel: string; language: string; body: string }[]>(
        page,
        `/api/notifications?filter=${q({ accountId: refund.accountId, event: 'refund_paid' })}&range=${q([0, 99])}`,
      );
      assert.equal(outbox.status, 200, JSON.stringify(outbox.json));
      const messages = outbox.json.filter((n) => n.body.includes(reference));
      assert.deepEqual(messages.map((n) => n.channel).sort(), ['email', 'sms']);
      for (const n of messages) {
        assert.equal(n.language, 'zh-CN');
        assert.match(n.body, /已支付|已退款/);
      }
    },
  ],

  [
    'a refund changed by someone else is never approved as it was: finance is told and refreshes',
    async (page, url) => {
      await login(page, url, 'finance');
      await page.getByRole('tab', { name: /待我审批/, selected: true }).waitFor({ timeout: TIMEOUT });
      const [refund] = (
        await api<ApiRefund[]>(
          page,
          `/api/refunds?filter=${q({ status: 'pending_approval', actionable: true })}&range=${q([0, 0])}`,
        )
      ).json;
      assert.ok(refund, 'finance has a refund to approve');
      await openRefund(page, url, refund.id);
      await toolbar(page).getByRole('button', { name: '审批通过' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '审批通过' }).waitFor({ timeout: TIMEOUT });

      // Meanwhile finance2 changes the amount (its approvals are void): the page still shows the old version.
      const finance2 = await request.newContext({ baseURL: url });
      const signedIn = await finance2.post('/api/auth/login', { data: { username: 'finance2', password: 'demo1234' } });
      assert.equal(signedIn.status(), 200, await signedIn.text());
      const amended = await finance2.post(`/api/refunds/${refund.id}/amend`, {
        data: { amountFen: refund.amountFen - 1, reason: '浏览器测试：金额更正' },
        headers: { 'If-Match': `"${refund.version}"`, Origin: url },
      });
      assert.equal(amended.status(), 200, await amended.text());
      await finance2.dispose();

      await dialog.getByRole('button', { name: '审批通过' }).click();
      const notice = dialog.getByRole('alert').filter({ hasText: '此退款在您打开后已被修改' });
      await notice.waitFor({ timeout: TIMEOUT });
      await shot(page, 'refunds-06-changed-since-opened');
      const unchanged = await api<ApiRefund>(page, `/api/refunds/${refund.id}`);
      assert.equal(unchanged.json.approvals.length, 0, 'nothing was approved');
      await notice.getByRole('button', { name: '刷新' }).click();
      await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
      await page.getByRole('heading', { name: `退款 #${refund.id}` }).waitFor({ timeout: TIMEOUT });
      await page
        .getByText(formatFen(refund.amountFen - 1))
        .first()
        .waitFor({ timeout: TIMEOUT });
    },
  ],
];
